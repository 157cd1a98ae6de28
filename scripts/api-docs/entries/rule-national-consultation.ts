/**
 * 《中华人民共和国政府信息公开条例》（国务院令第711号）第三十二条、第三十三条、第三十四条: one consultation of a third party, a co-making agency or another agency, each on its own 15-working-day clock
 *
 * @module @zwgk/rule-national-consultation
 */
export * from '@zwgk/rule-national-consultation';
