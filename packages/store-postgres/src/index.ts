export type { Migration } from '@zwgk/core';
export { migrations } from './migrations.js';
export type { PostgresStoreOptions } from './postgres-store.js';
export { PostgresStore } from './postgres-store.js';
