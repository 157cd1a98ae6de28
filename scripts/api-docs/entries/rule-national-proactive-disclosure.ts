/**
 * 《中华人民共和国政府信息公开条例》（国务院令第711号）第三章 主动公开: publication within 20 working days of the information being formed or changed (第二十六条)
 *
 * @module @zwgk/rule-national-proactive-disclosure
 */
export * from '@zwgk/rule-national-proactive-disclosure';
