/**
 * All fifteen rule modules of 西政办发〔2018〕47号 (西吉县政务公开相关制度) in one preset
 *
 * @module @zwgk/preset-xiji-2018-47
 */
export * from '@zwgk/preset-xiji-2018-47';
