import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// Tests run against each workspace package's TypeScript source, not its build output,
// so `npm test` works on a fresh clone before `npm run build`.
function workspaceSourceAliases(): Record<string, string> {
  const aliases: Record<string, string> = {};
  const roots = ['packages', 'packages/rules', 'packages/regulations', 'packages/presets', 'examples'];
  for (const root of roots) {
    const dir = resolve(import.meta.dirname, root);
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const pkgJson = join(dir, entry.name, 'package.json');
      const src = join(dir, entry.name, 'src', 'index.ts');
      if (!existsSync(pkgJson) || !existsSync(src)) continue;
      const { name } = JSON.parse(readFileSync(pkgJson, 'utf8')) as { name: string };
      aliases[name] = src;
    }
  }
  return aliases;
}

export default defineConfig({
  resolve: { alias: workspaceSourceAliases() },
  test: {
    include: ['packages/**/test/**/*.test.ts', 'examples/**/test/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    // A zone far from Beijing: any logic that leaks the machine's local time fails here.
    env: { TZ: 'America/Los_Angeles' },
  },
});
