/**
 * 《西吉县政务公开责任追究制度》（西政办发〔2018〕47号） as a zwgk rule module: clause table, events, deadlines, notices, state machine
 *
 * @module @zwgk/rule-accountability
 */
export * from '@zwgk/rule-accountability';
