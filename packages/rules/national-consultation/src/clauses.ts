import { decree711Clauses } from '@zwgk/regulation-national-2019';

/** The articles of 国务院令第711号 a consultation relies on, quoted from @zwgk/regulation-national-2019. */
export const clauses = decree711Clauses('第三十二条', '第三十三条', '第三十四条');

/** A clause id of this module. */
export type ClauseId = keyof typeof clauses;
