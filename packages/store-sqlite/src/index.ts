export type { Migration } from '@zwgk/core';
export { migrations } from './migrations.js';
export type { SqliteStoreOptions } from './sqlite-store.js';
export { SqliteStore } from './sqlite-store.js';
