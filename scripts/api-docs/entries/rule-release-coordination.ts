/**
 * 《西吉县政府政务信息发布协调制度》（西政办发〔2018〕47号） as a zwgk rule module: clause table, events, deadlines, notices, state machine
 *
 * @module @zwgk/rule-release-coordination
 */
export * from '@zwgk/rule-release-coordination';
