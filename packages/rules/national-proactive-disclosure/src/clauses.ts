import { decree711Clauses } from '@zwgk/regulation-national-2019';

/**
 * The articles of 第三章 主动公开 and the grounds for not publishing (第十四条–第十六条), quoted
 * from @zwgk/regulation-national-2019.
 */
export const clauses = decree711Clauses(
  '第十四条',
  '第十五条',
  '第十六条',
  '第十九条',
  '第二十条',
  '第二十一条',
  '第二十二条',
  '第二十三条',
  '第二十四条',
  '第二十五条',
  '第二十六条',
);

/** A clause id of this module. */
export type ClauseId = keyof typeof clauses;
