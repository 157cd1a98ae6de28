/**
 * Engine that runs 政务公开 rule modules: durable cases, legal deadlines, hash-chained audit
 *
 * @module @zwgk/core
 */
export * from '@zwgk/core';
