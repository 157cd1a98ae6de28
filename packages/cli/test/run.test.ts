import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from './fixtures/in-process.js';

const repo = resolve(import.meta.dirname, '../../..');
const walkthrough = join(repo, 'examples/scenarios/disclosure-request/national-day-review-consultation-extension.yaml');
const outOfForce = join(repo, 'examples/scenarios/disclosure-request/out-of-force-2023.yaml');
const dir = mkdtempSync(join(tmpdir(), 'zwgk-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...argv: string[]) => runInProcess(argv, { progress: true });

describe('zwgk run', () => {
  it('prints each case’s timeline with the clause behind every deadline, and exits 0 when every expectation holds', async () => {
    const { code, out, err } = await cli('run', walkthrough);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('■ 政府信息依申请公开 (disclosure-request@1.0.0) application [case-0001]: done, 已公开');
    expect(out).toContain('#2 2020-09-29 10:00  期限  答复期限起算，2020-10-27 24:00届满  ← 《西吉县政府信息依申请公开制度》第八条');
    // States and events in the module's own words, not xstate paths and event types.
    expect(out).toContain('#16 2020-10-20 09:00  事件 head-li(officeHead)  延长答复期限（机构负责人同意）：');
    // One party's own period (a keyed family) in the family's words with the party.
    expect(out).toContain('#9 2020-10-13 16:00  期限  第三方提出意见期限（马某）起算，2020-11-03 24:00届满');
    expect(out).not.toContain('handling.(');
    // Every count of the reply: the start's, the resume's after the third party answered, the extension's.
    expect(out).toMatch(/ {8}起算 started: 自2020-09-29次日起算15个工作日.*\n {8}恢复计时 resumed: .*\n {8}延长 extended: /);
    expect(out).toContain(
      '答复期限 reply: 15个工作日 from 2020-09-29 10:00, extended +15, paused 2020-10-13 16:00 – 2020-10-19 09:00, due 2020-11-23 24:00, ✔ met 按期 2020-10-27 10:00 · 《西吉县政府信息依申请公开制度》第八条',
    );
    expect(out).toContain(
      '依申请公开信息书面函复期限 replyApplication: 5个工作日 from 2020-10-09 08:45, due 2020-10-15 24:00, ≈ deemed consent 视为同意 2020-10-15 24:00',
    ); // 发布协调制度第十条: silence is consent
    expect(out).toContain('✔ 5 expectations hold');
    expect(out).toMatch(/1 scenario: 1 passed, 0 failed$/);
  });

  it('runs every scenario under a directory, with a progress bar on a terminal', async () => {
    const { code, out, progress } = await cli('run', join(repo, 'examples/scenarios/disclosure-request'));
    expect(code).toBe(0);
    expect(out).toContain('拒绝 step 1 (line 11) refused as expected: NOT_IN_FORCE');
    expect(progress[0]).toMatch(/^\r\[\.+\] 0\/\d+ /);
    expect(progress.at(-1)).toMatch(/^\r +\r$/);
  });

  it('answers in JSON for machines', async () => {
    const { code, out } = await cli('run', walkthrough, outOfForce, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out) as {
      ok: boolean;
      scenarios: { ok: boolean; cases: { deadlines: { verdict: string }[] }[]; refusals: { code: string }[] }[];
    };
    expect(json.ok).toBe(true);
    expect(json.scenarios.map((s) => s.ok)).toEqual([true, true]);
    expect(json.scenarios[0]!.cases[0]!.deadlines.map((d) => d.verdict)).toEqual(['met', 'met']); // the reply, the third party's answer
    expect(json.scenarios[1]!.refusals.map((r) => r.code)).toEqual(['NOT_IN_FORCE']);
  });

  it('exits 1 and names the file and line of each expectation that fails', async () => {
    const wrong = join(dir, 'wrong.yaml');
    writeFileSync(
      wrong,
      readFileSync(walkthrough, 'utf8').replace(
        'reply: { dueAt: 2020-10-28T00:00:00+08:00, status: running }',
        'reply: { dueAt: 2020-10-21T00:00:00+08:00, status: running }',
      ),
    );
    const { code, out } = await cli('run', wrong);
    expect(code).toBe(1);
    expect(out).toContain(
      `✘ step 1 (${wrong}:22): case application deadline reply.dueAt is "2020-10-28T00:00:00+08:00", expected "2020-10-21T00:00:00+08:00"`,
    );
    expect(out).toMatch(/1 scenario: 0 passed, 1 failed$/);
  });

  it('reports a malformed scenario file on stderr with its line, exit 2, no stack trace', async () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(
      bad,
      'scenario: x\nmodules: [disclosure-request]\nstart: 2020-09-29 09:00\nsteps:\n  - at: 2020-09-31 10:00\n    tick: true\n',
    );
    const { code, out, err } = await cli('run', bad);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(
      `zwgk: ${bad}:5:9: steps.0.at: not a Beijing date-time: "2020-09-31 10:00" (write e.g. 2020-09-29 10:00 or 2020-09-29T10:00:00+08:00)`,
    );
    expect((await cli('run', join(dir, 'absent.yaml'))).err).toBe(`zwgk: ${join(dir, 'absent.yaml')}:1:1: no such file`);
    expect((await cli('run')).err).toMatch(/^zwgk: run needs scenario files or directories/);
  });

  it('loads an integrator’s module given with --module, for scenarios that name it by id', async () => {
    const scenario = join(dir, 'national.yaml');
    const text = readFileSync(join(repo, 'examples/custom-rule-module/scenarios/national-day-extension.yaml'), 'utf8').replace(
      'modules: [../src/index.ts]',
      'modules: [national-disclosure-request-2019]',
    );
    writeFileSync(scenario, text);
    expect((await cli('run', scenario)).err).toMatch(/modules\.0: no module or preset national-disclosure-request-2019/);
    const { code, out } = await cli('run', scenario, '--module', join(repo, 'examples/custom-rule-module/src/index.ts'));
    expect(code).toBe(0);
    expect(out).toContain('due 2019-11-27 24:00, ✔ met 按期 2019-11-20 10:00 · 《中华人民共和国政府信息公开条例》第三十三条');
  }, 60_000);

  it('writes a self-contained HTML report with a chart per case, in Chinese with English available', async () => {
    const report = join(dir, 'report.html');
    const { code, out } = await cli('run', walkthrough, outOfForce, '--report', report);
    expect(code).toBe(0);
    expect(out).toContain(`report: ${report}`);
    const html = readFileSync(report, 'utf8');
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=/); // nothing fetched: readable offline
    expect(html.match(/<svg class="timeline-chart"/g)).toHaveLength(3); // the application and its two children
    expect(html).toContain('data-deadline="reply" data-verdict="met"');
    expect(html).toContain('data-deadline="replyApplication" data-verdict="deemed"');
    expect(html).toContain('<span lang="zh">政务公开期限审计报告</span><span lang="en">Disclosure deadline audit report</span>');
    expect(html).toContain('NOT_IN_FORCE');
  });
});
