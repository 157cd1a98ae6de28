import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// docs/api/ is committed; this regenerates it from the TSDoc of the sources and fails when the
// committed copy is stale, so the reference never silently drifts from the code.
const root = resolve(import.meta.dirname, '../..');
const committed = join(root, 'docs/api');
const regenerate = 'bash scripts/api-docs/generate.sh';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

describe('API reference (docs/api)', () => {
  const out = mkdtempSync(join(tmpdir(), 'zwgk-api-docs-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('matches what typedoc generates from the current sources', () => {
    const run = spawnSync('bash', ['scripts/api-docs/generate.sh', out], { cwd: root, encoding: 'utf8' });
    const log = `${run.stdout}${run.stderr}`;
    expect(run.status, `typedoc failed:\n${log}`).toBe(0);

    // typedoc's notDocumented validation also lists members of inferred library types (xstate's machine
    // `context`/`output`); only the packages' own top-level exports must carry a TSDoc comment.
    const undocumented = log
      // biome-ignore lint/suspicious/noControlCharactersInRegex: strips the ANSI colour codes typedoc prints
      .replace(/\x1b\[[0-9;]*m/g, '')
      .split('\n')
      .map((line) => /^\[warning\] (@zwgk\/[^.\s]+\.[^.\s]+) \((\w+)\), defined in (\S+), does not have any documentation/.exec(line))
      .filter((match) => match !== null && match[2] !== 'Property')
      .map((match) => `${match![1]} (${match![3]})`);
    expect(undocumented, 'public exports without a TSDoc comment: add a short /** … */ above each').toEqual([]);

    const fresh = filesUnder(out);
    const stale = filesUnder(committed);
    expect(fresh.length, 'typedoc produced no pages').toBeGreaterThan(1);

    const missing = fresh.filter((file) => !stale.includes(file));
    const extra = stale.filter((file) => !fresh.includes(file));
    const changed = fresh.filter(
      (file) => stale.includes(file) && readFileSync(join(out, file), 'utf8') !== readFileSync(join(committed, file), 'utf8'),
    );
    const problems = [
      ...missing.map((file) => `missing: docs/api/${file}`),
      ...extra.map((file) => `no longer generated: docs/api/${file}`),
      ...changed.map((file) => `out of date: docs/api/${file}`),
    ];
    expect(problems, `docs/api differs from the sources; run \`${regenerate}\` and commit docs/api/`).toEqual([]);
  }, 180_000);
});
