/**
 * 《西吉县政务公开考核制度》（西政办发〔2018〕47号） as a zwgk rule module: clause table, events, deadlines, notices, state machine
 *
 * @module @zwgk/rule-assessment
 */
export * from '@zwgk/rule-assessment';
