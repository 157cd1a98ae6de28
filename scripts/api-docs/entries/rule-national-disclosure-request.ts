/**
 * 《中华人民共和国政府信息公开条例》（国务院令第711号）第四章 依申请公开 as a zwgk rule module, with the information processing fee of 国办函〔2020〕109号 computed
 *
 * @module @zwgk/rule-national-disclosure-request
 */
export * from '@zwgk/rule-national-disclosure-request';
