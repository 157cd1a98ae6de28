/**
 * 《西吉县政务公开联席会议制度》（西政办发〔2018〕47号） as a zwgk rule module: clause table, events, deadlines, notices, state machine
 *
 * @module @zwgk/rule-joint-meeting
 */
export * from '@zwgk/rule-joint-meeting';
