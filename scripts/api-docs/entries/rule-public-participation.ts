/**
 * 《西吉县政务公开公众参与制度》（西政办发〔2018〕47号） as a zwgk rule module: clause table, events, deadlines, notices, state machine
 *
 * @module @zwgk/rule-public-participation
 */
export * from '@zwgk/rule-public-participation';
