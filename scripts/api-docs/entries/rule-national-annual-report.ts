/**
 * 《中华人民共和国政府信息公开条例》（国务院令第711号）第四十九条、第五十条: the yearly report case, its deadline (31 January or 31 March) and the figures the office adds to those derived from the cases
 *
 * @module @zwgk/rule-national-annual-report
 */
export * from '@zwgk/rule-national-annual-report';
