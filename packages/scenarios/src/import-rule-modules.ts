import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AnyRuleModule } from '@zwgk/core';

const TYPESCRIPT = new Set(['.ts', '.mts', '.cts']);

/** A value that `defineRuleModule` returned: what a module file exports. */
export function isRuleModule(value: unknown): value is AnyRuleModule {
  const v = value as Partial<AnyRuleModule> | null;
  return (
    !!v &&
    typeof v === 'object' &&
    typeof v.id === 'string' &&
    typeof v.key === 'string' &&
    !!v.machine &&
    Array.isArray(v.transitions) &&
    !!v.clauses
  );
}

/**
 * Imports a file an integrator wrote and returns every rule module it exports (directly, or in an
 * exported array). TypeScript files are loaded through tsx, so an integrator need not build first.
 */
export async function importRuleModules(path: string): Promise<AnyRuleModule[]> {
  const absolute = resolve(path);
  const url = pathToFileURL(absolute).href;
  let exports: Record<string, unknown>;
  if (TYPESCRIPT.has(extname(absolute))) {
    const { tsImport } = await import('tsx/esm/api');
    // The parent URL only anchors resolution, and the path is absolute: the file itself will do.
    // (Not `import.meta.url`, which is empty in this package's CommonJS build.)
    exports = (await tsImport(url, url)) as Record<string, unknown>;
  } else {
    exports = (await import(url)) as Record<string, unknown>;
  }
  const found = new Map<string, AnyRuleModule>();
  for (const value of Object.values(exports)) {
    for (const candidate of Array.isArray(value) ? value : [value]) if (isRuleModule(candidate)) found.set(candidate.key, candidate);
  }
  return [...found.values()];
}
