// Build step of every rule package (run from the package directory after tsup):
//   tsx ../../../scripts/json-schemas/write.ts
// Loads the package's own build output and writes the JSON Schemas of the rule module it exports
// into ./schemas/ (build output: gitignored, listed in `files`, exported as `./schemas/*`).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { moduleJsonSchemas } from '@zwgk/core';
import { isRuleModule, writeSchemaFiles } from './schema-files.js';

const packageDir = resolve(process.argv[2] ?? process.cwd());
const { name } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { name: string };
const built = (await import(pathToFileURL(join(packageDir, 'dist/index.js')).href)) as Record<string, unknown>;
const modules = Object.values(built).filter(isRuleModule);
if (modules.length !== 1) {
  console.error(`${name}: expected dist/index.js to export exactly one rule module, found ${modules.length}`);
  process.exit(1);
}
const files = writeSchemaFiles(join(packageDir, 'schemas'), moduleJsonSchemas(modules[0]!));
console.log(`${name}: wrote ${files.length} JSON Schemas to schemas/`);
