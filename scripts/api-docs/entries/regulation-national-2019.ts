/**
 * 国务院令第711号 (《中华人民共和国政府信息公开条例》, in force 2019-05-15) and 国办函〔2020〕109号: their texts and citations, declared once for every national rule module
 *
 * @module @zwgk/regulation-national-2019
 */
export * from '@zwgk/regulation-national-2019';
