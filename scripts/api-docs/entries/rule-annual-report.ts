/**
 * 《西吉县政府政务公开工作年度报告制度》（西政办发〔2018〕47号） as a zwgk rule module: clause table, events, deadlines, notices, state machine
 *
 * @module @zwgk/rule-annual-report
 */
export * from '@zwgk/rule-annual-report';
