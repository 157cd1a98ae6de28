/**
 * Durable SQLite case store for @zwgk/core (better-sqlite3, WAL, one transaction per event)
 *
 * @module @zwgk/store-sqlite
 */
export * from '@zwgk/store-sqlite';
