/**
 * 《西吉县政府政务公开制度》（西政办发〔2018〕47号） as a zwgk rule module: clause table, events, deadlines, notices, state machine
 *
 * @module @zwgk/rule-proactive-disclosure
 */
export * from '@zwgk/rule-proactive-disclosure';
