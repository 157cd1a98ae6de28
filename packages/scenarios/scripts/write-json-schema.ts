// Build step: ships the JSON Schema of scenario files in the package (schemas/scenario-file.json),
// generated from the same zod schema that checks them, for editors and systems in other languages.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scenarioFileJsonSchema } from '../src/scenario-file-schema.js';

const dir = join(import.meta.dirname, '..', 'schemas');
mkdirSync(dir, { recursive: true });
const schema = { title: 'zwgk scenario file', ...scenarioFileJsonSchema() };
writeFileSync(join(dir, 'scenario-file.json'), `${JSON.stringify(schema, null, 2)}\n`);
