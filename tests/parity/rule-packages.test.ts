import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnyRuleModule } from '@zwgk/core';
import { national2019 } from '@zwgk/preset-national-2019';
import { xiji2018No47 } from '@zwgk/preset-xiji-2018-47';
import { describe, expect, it } from 'vitest';

/*
 * One package shape for every rule (issue 13 item 4), checked the way eslint's repository checks
 * that every rule has its doc, test and registry entry.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const RULES = join(ROOT, 'packages', 'rules');
const folders = readdirSync(RULES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/** The file set of a rule package (see docs/guides/writing-a-rule-module.md). */
const RULE_PACKAGE_FILES = [
  'package.json',
  'README.md',
  'src/index.ts',
  'src/clauses.ts',
  'src/roles.ts',
  'src/input.ts',
  'src/events.ts',
  'src/notices.ts',
  'src/deadlines.ts',
  'src/parameters.ts',
  'src/kit.ts',
  'src/machine.ts',
  'src/module.ts',
];

/**
 * Packages not yet moved to the kit's file set, each with the reason. The list only shrinks: a
 * package listed here that has the full set fails the test (remove it from the list).
 */
const MIGRATION_PENDING: Readonly<Record<string, string>> = {};

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f));

describe.each(folders)('rule package %s', (folder) => {
  const dir = join(RULES, folder);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string };

  it('has the file set of a rule package', () => {
    const missing = RULE_PACKAGE_FILES.filter((file) => !existsSync(join(dir, file)));
    if (folder in MIGRATION_PENDING) expect(missing, `${folder} has the full set: remove it from MIGRATION_PENDING`).not.toEqual([]);
    else expect(missing).toEqual([]);
  });

  it('has one name: folder, package name and module id agree', async () => {
    expect(pkg.name).toBe(`@zwgk/rule-${folder}`);
    const exports = (await import(join(dir, 'src', 'index.ts'))) as Record<string, unknown>;
    const modules = Object.values(exports).filter(
      (v): v is AnyRuleModule => typeof v === 'object' && v !== null && 'key' in v && 'machine' in v,
    );
    expect(modules.map((m) => m.id)).toEqual([folder]);
  });

  it('is in a preset', () => {
    expect([...xiji2018No47.modules, ...national2019.modules].map((m) => m.id)).toContain(folder);
  });

  it('has a test that runs describeRuleModule on it', () => {
    // The national-2019 set runs its modules' suites from its preset's tests (packages/presets/national-2019/test).
    const testDirs = [
      join(dir, 'test'),
      ...(folder.startsWith('national-') ? [join(ROOT, 'packages', 'presets', 'national-2019', 'test')] : []),
    ];
    const tests = testDirs
      .filter(existsSync)
      .flatMap(sourceFiles)
      .filter((f) => f.endsWith('.test.ts'));
    expect(tests.some((file) => /describeRuleModule\(/.test(readFileSync(file, 'utf8')))).toBe(true);
  });
});

describe('the example an integrator copies (examples/custom-rule-module)', () => {
  it('has the file set of a rule package', () => {
    const dir = join(ROOT, 'examples', 'custom-rule-module');
    expect(RULE_PACKAGE_FILES.filter((file) => !existsSync(join(dir, file)))).toEqual([]);
  });
});

/**
 * Core, the calendar, the regulation sets and every rule module are pure: time comes from an
 * injected clock, nothing reads files or the network. The one exception is named with its reason.
 */
const PURE_SOURCES = [
  join(ROOT, 'packages', 'core', 'src'),
  join(ROOT, 'packages', 'calendar', 'src'),
  ...readdirSync(join(ROOT, 'packages', 'regulations')).map((d) => join(ROOT, 'packages', 'regulations', d, 'src')),
  ...folders.map((f) => join(RULES, f, 'src')),
  join(ROOT, 'examples', 'custom-rule-module', 'src'),
];
const WALL_CLOCK_ALLOWED: Readonly<Record<string, string>> = {
  'packages/core/src/clock.ts': 'systemClock: the production clock that is injected; nothing else reads it',
};

describe('pure sources', () => {
  const files = PURE_SOURCES.filter(existsSync).flatMap(sourceFiles);
  it.each(files.map((f) => [f.slice(ROOT.length + 1)]))('%s imports no node:*, does no I/O and reads no wall clock', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    expect(text).not.toMatch(/from ['"](node:|fs['"]|path['"]|child_process|http['"]|https['"]|net['"])/);
    expect(text).not.toMatch(/\b(require\(|fetch\(|XMLHttpRequest|process\.(env|argv|cwd|stdout|stderr))/);
    if (!(file in WALL_CLOCK_ALLOWED)) expect(text).not.toMatch(/Date\.now\(|new Date\(\)|performance\.now\(/);
  });
});
