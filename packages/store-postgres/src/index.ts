export { PostgresStore } from './postgres-store.js';
export type { PostgresStoreOptions } from './postgres-store.js';
export { migrations } from './migrations.js';
export type { Migration } from '@zwgk/core';
