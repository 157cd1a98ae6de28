/**
 * 《西吉县政务公开社会评议制度》（西政办发〔2018〕47号） as a zwgk rule module: clause table, events, deadlines, notices, state machine
 *
 * @module @zwgk/rule-social-evaluation
 */
export * from '@zwgk/rule-social-evaluation';
