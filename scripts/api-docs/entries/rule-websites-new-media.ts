/**
 * 《西吉县政府网站及政务新媒体建设运营管理制度》（西政办发〔2018〕47号） as a zwgk rule module: clause table, events, deadlines, notices, state machine
 *
 * @module @zwgk/rule-websites-new-media
 */
export * from '@zwgk/rule-websites-new-media';
