/**
 * 《西吉县政府信息依申请公开制度》（西政办发〔2018〕47号） as a zwgk rule module: clause table, events, deadlines, notices, state machine
 *
 * @module @zwgk/rule-disclosure-request
 */
export * from '@zwgk/rule-disclosure-request';
