/**
 * 《中华人民共和国政府信息公开条例》（国务院令第711号）第五十一条: 投诉举报, 行政复议 (60 days, 行政复议法第二十条) and 行政诉讼 (6 months, 行政诉讼法第四十六条) against an agency’s disclosure work, with their outcomes
 *
 * @module @zwgk/rule-national-remedy
 */
export * from '@zwgk/rule-national-remedy';
