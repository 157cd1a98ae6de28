/**
 * 《中华人民共和国政府信息公开条例》（国务院令第711号，2019年5月15日起施行）: the rule modules in force today in one preset, and the national annual report (国办公开办函〔2021〕30号) derived from the cases
 *
 * @module @zwgk/preset-national-2019
 */
export * from '@zwgk/preset-national-2019';
