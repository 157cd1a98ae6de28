import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { runCli } from '@zwgk/cli';
import { afterAll, describe, expect, it } from 'vitest';
import { codeBlocks } from './guides/regions.js';

const root = join(import.meta.dirname, '../..');
const guide = readFileSync(join(root, 'docs/guides/auditor-scenarios.md'), 'utf8');
const scenarioFile = join(import.meta.dirname, 'guides/reply-overdue.yaml');
const dir = mkdtempSync(join(tmpdir(), 'zwgk-auditor-guide-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI as a user would and returns the exit code and what it printed, paths shortened to file names. */
async function zwgk(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: (t) => (out += `${t}\n`), stderr: (t) => (err += `${t}\n`) });
  const short = (text: string) => text.replaceAll(scenarioFile, basename(scenarioFile)).replaceAll(`${dir}/`, '');
  return { code, out: short(out), err: short(err) };
}

describe('docs/guides/auditor-scenarios.md', () => {
  it('shows the scenario file the test runs', () => {
    expect(codeBlocks(guide, 'yaml')).toEqual([readFileSync(scenarioFile, 'utf8').trimEnd()]);
  });

  it('its scenario holds, and the timeline it shows is what zwgk run prints', async () => {
    const { code, out } = await zwgk('run', scenarioFile);
    expect(code).toBe(0);
    const shown = codeBlocks(guide, 'text')[0]!
      .split('\n')
      .filter((line) => !line.includes('…'));
    expect(shown.length).toBeGreaterThan(5);
    expect(
      shown.filter((line) => !out.includes(line)),
      'lines of the guide that zwgk run no longer prints',
    ).toEqual([]);
  });

  it('a wrong expectation fails with exit code 1 and the message the guide shows', async () => {
    const wrong = join(dir, 'reply-overdue.yaml');
    writeFileSync(wrong, readFileSync(scenarioFile, 'utf8').replace('dueAt: 2021-10-25 24:00', 'dueAt: 2021-10-26 24:00'));
    const { code, out } = await zwgk('run', wrong);
    expect(code).toBe(1);
    for (const line of codeBlocks(guide, 'text')[1]!.split('\n').filter(Boolean)) expect(out).toContain(line);
  });

  it('writes the HTML report and the JSON the guide describes', async () => {
    const report = join(dir, 'report.html');
    const { code, out } = await zwgk('run', scenarioFile, '--json', '--report', report);
    expect(code).toBe(0);
    const json = JSON.parse(out) as {
      ok: boolean;
      scenarios: {
        ok: boolean;
        checked: number;
        cases: { entries: { clauses: unknown[] }[]; deadlines: { verdict: string; explanation: string[] }[] }[];
      }[];
    };
    expect(json.ok).toBe(true);
    expect(json.scenarios[0]).toMatchObject({ ok: true, checked: 3 });
    expect(json.scenarios[0]!.cases[0]!.deadlines[0]).toMatchObject({ verdict: 'overdue' });
    expect(readFileSync(report, 'utf8')).toContain('依申请公开：国庆前受理的申请逾期未答复');
  });

  it('a malformed file exits 2 with the file, line and column', async () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(
      bad,
      'scenario: x\nmodules: [xiji-2018-47]\nstart: 2021-09-28 09:00\nsteps:\n  - at: 2021-09-28 10:00\n    sned: reply.disclosed\n',
    );
    const { code, err } = await zwgk('run', bad);
    expect(code).toBe(2);
    expect(guide).toContain(err.trim());
  });
});
