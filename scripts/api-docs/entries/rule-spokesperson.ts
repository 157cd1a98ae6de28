/**
 * 《西吉县政务公开新闻发言人制度》 as a zwgk rule module: press conference applications, written replies, press approvals, emergency releases
 *
 * @module @zwgk/rule-spokesperson
 */
export * from '@zwgk/rule-spokesperson';
