// The paths an integrator takes before the packages are published: the built CommonJS entry of
// @zwgk/scenarios loading a TypeScript rule module, and scripts/pack-all.sh's tarballs installed in
// a project of its own. Both use the built dist/ (CI builds before it tests; run `npm run build`).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const customModule = join(root, 'examples/custom-rule-module/src/index.ts');
const work = mkdtempSync(join(tmpdir(), 'zwgk-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(() => {
  const missing = ['packages/scenarios/dist/index.cjs', 'packages/cli/dist/index.js'].filter((f) => !existsSync(join(root, f)));
  if (missing.length > 0) throw new Error(`no build output (${missing.join(', ')}): run npm run build first`);
});

/** Runs a CommonJS script with node in `cwd` and returns what it printed. */
const node = (script: string, cwd: string) => execFileSync(process.execPath, ['-e', script], { cwd, encoding: 'utf8' }).trim();

describe('the CommonJS build of @zwgk/scenarios', () => {
  it('loads a TypeScript rule module with importRuleModules, from outside the repository', () => {
    const script = `require(${JSON.stringify(join(root, 'packages/scenarios/dist/index.cjs'))})
      .importRuleModules(${JSON.stringify(customModule)})
      .then((modules) => console.log(JSON.stringify(modules.map((m) => m.key))));`;
    expect(JSON.parse(node(script, work))).toEqual(['national-disclosure-request-2019@1.0.0']);
  }, 120_000);
});

describe('scripts/pack-all.sh', () => {
  it('packs every public package, LICENSE included, and the tarballs install and run in another project', () => {
    const packs = join(work, 'packs');
    const printed = execFileSync('bash', [join(root, 'scripts/pack-all.sh'), packs], {
      env: { ...process.env, ZWGK_PACK_NO_BUILD: '1' },
      encoding: 'utf8',
    })
      .trim()
      .split('\n');
    const publicPackages = execFileSync('node', [join(root, 'scripts/workspaces.mjs'), '--public'], { encoding: 'utf8' })
      .trim()
      .split('\n');
    expect(printed).toHaveLength(publicPackages.length);
    expect(readdirSync(packs).sort()).toEqual(printed.map((p) => p.slice(packs.length + 1)).sort());
    const listing = execFileSync('tar', ['-tzf', join(packs, 'zwgk-core-0.1.0.tgz')], { encoding: 'utf8' });
    expect(listing).toContain('package/LICENSE');

    // A project of its own installs the tarballs together: their exact-version dependencies on each
    // other are met by the tarballs (better-sqlite3's native build is not needed here: --ignore-scripts).
    const project = join(work, 'project');
    execFileSync('mkdir', ['-p', project]);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'an-oa-system', private: true }));
    execFileSync('npm', ['install', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund', ...printed], {
      cwd: project,
      stdio: 'pipe',
    });
    const script = `const { china } = require('@zwgk/calendar');
      const due = china.workingDayDeadline('2019-09-27T10:00:00+08:00', 20).dueDate;
      import('@zwgk/preset-xiji-2018-47').then(({ xiji2018No47 }) => console.log(JSON.stringify({ due, modules: xiji2018No47.modules.length })));`;
    expect(JSON.parse(node(script, project))).toEqual({ due: '2019-10-30', modules: 15 });
  }, 600_000);
});
