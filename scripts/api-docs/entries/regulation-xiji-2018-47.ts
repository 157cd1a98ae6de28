/**
 * 西政办发〔2018〕47号: the issuing notice and its fifteen regulations, declared once, with a citation helper for each
 *
 * @module @zwgk/regulation-xiji-2018-47
 */
export * from '@zwgk/regulation-xiji-2018-47';
