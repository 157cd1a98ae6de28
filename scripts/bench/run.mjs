// Runs a benchmark the way the packages ship: bundled by esbuild (the compiler tsup uses) from the
// workspace sources, without tsx's development transform (which keeps function names by wrapping
// every closure it creates and so slows the engine's code but not its dependencies'). Third-party
// packages stay external and load from node_modules as in production.
//
// Usage: node scripts/bench/run.mjs <bench.ts> [node flags…]   (from a package folder or the root)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const [entry, ...nodeFlags] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/bench/run.mjs <bench.ts> [node flags…]');
  process.exit(2);
}
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// Inside the repository's node_modules, so external packages resolve as they do for the sources.
const cache = join(root, 'node_modules', '.cache', 'zwgk-bench');
mkdirSync(cache, { recursive: true });
const outDir = mkdtempSync(join(cache, 'run-'));
const outfile = join(outDir, 'bench.mjs');
try {
  await build({
    entryPoints: [resolve(entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Workspace packages resolve to their sources through the root tsconfig's paths; everything
    // else under node_modules (xstate, zod, better-sqlite3, pg…) is loaded as installed.
    tsconfig: join(root, 'tsconfig.json'),
    packages: 'external',
    logLevel: 'warning',
  });
  const run = spawnSync(process.execPath, [...nodeFlags, outfile], { stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
