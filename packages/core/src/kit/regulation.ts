import type { Clause, SourceDocument } from '../manifest.js';

/** The issuing notice a regulation was published with (文号, issuer, dates in force). */
export interface RegulationNotice {
  /** The notice's title, e.g. 西吉县人民政府办公室关于印发……的通知. */
  readonly title: string;
  /** The document number, e.g. 西政办发〔2018〕47号. */
  readonly documentNumber: string;
  readonly issuer: string;
  readonly jurisdiction: string;
  /** Dates (Beijing, inclusive) on which the regulations it issues are in force. */
  readonly inForce: { readonly from: string; readonly to: string };
}

/**
 * One entry of a clause table: the clause's words, or the words with the article cited when it
 * differs from what the id gives (an item's id `第五条(二)` gives 第五条第(二)项: see `Regulation.clauses`).
 */
export type ClauseEntry = string | { readonly text: string; readonly article?: string; readonly inferredNumber?: boolean };

/** A regulation modules cite: its name, and how its clauses are cited. */
export interface Regulation {
  /** The regulation's name without brackets, e.g. 西吉县政府信息依申请公开制度. */
  readonly name: string;
  /** The notice that issued it, when it is one of a set (see `source`, `inForce`). */
  readonly notice?: RegulationNotice;
  /** The full citation of one article, e.g. `cite('第八条')` → 《西吉县政府信息依申请公开制度》第八条. */
  cite(article: string): string;
  /** One clause with its citation derived from the article. */
  clause(article: string, text: string, options?: { readonly inferredNumber?: boolean }): Clause;
  /**
   * A clause table keyed by clause id: each entry's citation is derived from its id (an item's id
   * `第五条(二)` is cited 第五条第(二)项, a sub-item's `第四条(一)3` 第四条第(一)项第3目, a part's `四`
   * 第四部分 and its item's `二(一)` 第二部分第(一)项) or from its `article`, so no module
   * types a citation out.
   */
  clauses<const T extends Record<string, ClauseEntry>>(table: T): { readonly [K in keyof T]: Clause };
}

/** A regulation issued by a notice: what a rule module's `source` and `inForce` come from. */
export interface IssuedRegulation extends Regulation {
  readonly notice: RegulationNotice;
  /** The module's `source`, derived from the regulation and its notice. */
  readonly source: SourceDocument;
  /** The module's `inForce`: the notice's dates. */
  readonly inForce: { readonly from: string; readonly to: string };
}

/**
 * The article an id cites: an item's id `第五条(二)` is 第五条第(二)项 (one numbered 1, 2… in the text,
 * `第二条(1)`, is 第二条第1项), a sub-item's `第四条(一)3` is 第四条第(一)项第3目; in a text divided in parts instead of articles, a part's id `四` is 第四部分 and
 * an item's `二(一)` 第二部分第(一)项; any other id is cited as it is. (A text that numbers its items
 * otherwise, or cites them otherwise, gives the entry's `article`.)
 */
function citedArticle(id: string): string {
  const item = /^(第[^条]+条)\(([^)]+)\)(\d*)$/.exec(id);
  if (item !== null) {
    const [, article, itemNumber, subItem] = item;
    const itemCited = /^\d+$/.test(itemNumber ?? '') ? `第${itemNumber}项` : `第(${itemNumber})项`;
    return `${article}${itemCited}${subItem === '' ? '' : `第${subItem}目`}`;
  }
  const part = /^([一二三四五六七八九十]+)(?:\(([^)]+)\))?$/.exec(id);
  if (part !== null) {
    const [, partNumber, itemNumber] = part;
    return `第${partNumber}部分${itemNumber === undefined ? '' : `第(${itemNumber})项`}`;
  }
  return id;
}

/**
 * Declares a regulation once, so every citation of it is derived. `edition` distinguishes
 * revisions cited side by side (《中华人民共和国政府信息公开条例》（2007）第二十四条).
 *
 * @example
 * const onApplication = defineRegulation({ name: '西吉县政府信息依申请公开制度', notice: xiji2018No47 });
 * export const clauses = onApplication.clauses({ 第八条: '受理机构根据收到申请的先后次序答复申请。…' });
 */
export function defineRegulation(args: {
  readonly name: string;
  readonly notice: RegulationNotice;
  readonly edition?: string;
}): IssuedRegulation;
export function defineRegulation(args: { readonly name: string; readonly edition?: string }): Regulation;
export function defineRegulation(args: {
  readonly name: string;
  readonly notice?: RegulationNotice;
  readonly edition?: string;
}): Regulation | IssuedRegulation {
  const prefix = `《${args.name}》${args.edition === undefined ? '' : `（${args.edition}）`}`;
  const cite = (article: string) => `${prefix}${article}`;
  const clause = (article: string, text: string, options: { readonly inferredNumber?: boolean } = {}): Clause =>
    options.inferredNumber ? { citation: cite(article), text, inferredNumber: true } : { citation: cite(article), text };
  const clauses = <const T extends Record<string, ClauseEntry>>(table: T) =>
    Object.fromEntries(
      Object.entries(table).map(([id, entry]) => [
        id,
        typeof entry === 'string'
          ? clause(citedArticle(id), entry)
          : clause(entry.article ?? citedArticle(id), entry.text, entry.inferredNumber ? { inferredNumber: true } : {}),
      ]),
    ) as { readonly [K in keyof T]: Clause };
  const base: Regulation = { name: args.name, cite, clause, clauses, ...(args.notice === undefined ? {} : { notice: args.notice }) };
  if (args.notice === undefined) return Object.freeze(base);
  const { notice } = args;
  return Object.freeze({
    ...base,
    notice,
    source: { name: args.name, documentNumber: notice.documentNumber, issuer: notice.issuer, jurisdiction: notice.jurisdiction },
    inForce: notice.inForce,
  });
}
