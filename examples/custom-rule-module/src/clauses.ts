import { decree711Clauses } from '@zwgk/regulation-national-2019';

/**
 * The articles of the 2019 national regulation (国务院令第711号) this module implements. Their words
 * and citations come from the regulation package, which quotes them from the stored text; a module
 * for a regulation zwgk does not ship declares it with `defineRegulation` and passes the words to
 * its `clauses({...})` (see docs/guides/writing-a-rule-module.md).
 */
export const clauses = decree711Clauses('第二十七条', '第二十九条', '第三十条', '第三十二条', '第三十三条', '第三十六条');

/** A clause id of this module: what `meta.clause`, events, deadlines and notices may cite. */
export type ClauseId = keyof typeof clauses;
