/**
 * 《西吉县政务公开保密审查制度》（西政办发〔2018〕47号） as a zwgk rule module: clause table, events, deadlines, notices, state machine
 *
 * @module @zwgk/rule-confidentiality-review
 */
export * from '@zwgk/rule-confidentiality-review';
