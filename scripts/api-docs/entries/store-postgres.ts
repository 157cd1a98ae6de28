/**
 * PostgreSQL case store for @zwgk/core (pg): several engine processes on several machines share one database
 *
 * @module @zwgk/store-postgres
 */
export * from '@zwgk/store-postgres';
