import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AnyRuleModule, ModuleJsonSchemas } from '@zwgk/core';

// The layout of a rule package's schemas/ directory (shipped, exported as `./schemas/*`):
//   module.json              everything below in one document, with the roles allowed to send each event
//   input.json               the data a case is opened with
//   events/<type>.json       each event's payload
//   notices/<name>.json      each notice's required content (when the module declares it)
//   output.json              what a parent case receives (when the module declares it)

/** Whether a package export is a rule module (what `defineRuleModule` returns). */
export function isRuleModule(value: unknown): value is AnyRuleModule {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<AnyRuleModule>;
  return typeof candidate.key === 'string' && typeof candidate.events === 'object' && candidate.machine !== undefined;
}

/** The files of a schemas/ directory, by path relative to it, for a module's JSON Schemas. */
export function schemaFiles(schemas: ModuleJsonSchemas): Map<string, unknown> {
  const files = new Map<string, unknown>([
    ['module.json', schemas],
    ['input.json', schemas.input],
  ]);
  for (const [type, event] of Object.entries(schemas.events)) files.set(`events/${safeName(type)}.json`, event.payload);
  for (const [name, content] of Object.entries(schemas.notices)) files.set(`notices/${safeName(name)}.json`, content);
  if (schemas.output !== null) files.set('output.json', schemas.output);
  return files;
}

/** Replaces `dir` with the schema files (stale files of a renamed event must not linger). */
export function writeSchemaFiles(dir: string, schemas: ModuleJsonSchemas): string[] {
  rmSync(dir, { recursive: true, force: true });
  const written: string[] = [];
  for (const [path, schema] of schemaFiles(schemas)) {
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
    written.push(path);
  }
  return written;
}

// Event and notice names are identifiers like `reply.extended`; refuse anything that could escape the directory.
function safeName(name: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) throw new Error(`cannot use "${name}" as a schema file name`);
  return name;
}
