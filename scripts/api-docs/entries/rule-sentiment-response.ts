/**
 * 《西吉县政府政务舆情回应制度》（西政办发〔2018〕47号） as a zwgk rule module: clause table, events, deadlines, notices, state machine
 *
 * @module @zwgk/rule-sentiment-response
 */
export * from '@zwgk/rule-sentiment-response';
