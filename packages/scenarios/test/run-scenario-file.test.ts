import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { xiji2018No47 } from '@zwgk/preset-xiji-2018-47';
import { type CaseTimeline, NAMED_CALENDARS, runScenarioFile, ScenarioFileError } from '@zwgk/scenarios';
import { afterAll, describe, expect, it } from 'vitest';

const catalog = { modules: xiji2018No47.modules, presets: { 'xiji-2018-47': xiji2018No47.modules } };
const repo = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'zwgk-scenarios-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const opening = `modules: [xiji-2018-47]
start: 2020-09-29 09:00
actors:
  clerk: { id: clerk-ma, role: clerk }
steps:
  - at: 2020-09-29 10:00
    open: disclosure-request
    as: app
    actor: clerk
    input:
      channel: writing
      applicant: { kind: citizen, name: 马明, contact: '13909541234', identity: { document: residentIdCard, number: '640422198503120027' } }
      request: { kind: disclosure, description: 补助资金分配明细, form: paper }
`;

const find = (cases: readonly CaseTimeline[], alias: string): CaseTimeline | undefined =>
  cases.flatMap((c) => [c, ...c.children]).find((c) => c.alias === alias);

describe('runScenarioFile', () => {
  it('replays the worked example: reply met after a clock stop and an extension; the silent agency deemed to consent', async () => {
    const report = await runScenarioFile(
      join(repo, 'examples/scenarios/disclosure-request/national-day-review-consultation-extension.yaml'),
      catalog,
    );
    expect(report).toMatchObject({ ok: true, checked: 5, failures: [], refusals: [] });
    const application = find(report.cases, 'application')!;
    expect(application.deadlines).toEqual([
      expect.objectContaining({
        name: 'reply',
        verdict: 'met',
        endedAt: '2020-10-27T10:00:00+08:00',
        dueAt: '2020-11-24T00:00:00+08:00',
        pauses: [{ from: '2020-10-13T16:00:00+08:00', to: '2020-10-19T09:00:00+08:00' }],
        extensions: [15],
        citation: '《西吉县政府信息依申请公开制度》第八条',
      }),
      // The third party answered within its own 15 working days (parameter thirdPartyWorkingDays, 条例2019第三十二条).
      expect.objectContaining({ name: 'thirdParty:马某', verdict: 'met', dueAt: '2020-11-04T00:00:00+08:00' }),
    ]);
    // 《西吉县政府政务信息发布协调制度》第八条: the consulted agency had 5 working days to answer and did not;
    // 第十条 deems its silence consent, so its period ends deemed, not missed.
    const coordination = find(report.cases, 'application/coordination')!;
    expect(coordination.deadlines.find((d) => d.name === 'replyApplication')).toMatchObject({
      verdict: 'deemed',
      dueAt: '2020-10-16T00:00:00+08:00',
    });
    // Every entry that changed a deadline names the clause behind it.
    const deadlineEntries = application.entries.filter((e) => e.kind === 'deadline.changed');
    expect(deadlineEntries.map((e) => e.clauses.map((c) => c.clause))).toEqual([
      ['第八条'],
      ['条例2019第三十二条'],
      expect.arrayContaining(['第八条']),
      ['条例2019第三十二条'],
      expect.arrayContaining(['第八条']),
      ['第八条'],
      ['第八条'],
    ]);
  });

  it('refuses an application dated after the Xiji rules ceased to be in force, as the scenario expects', async () => {
    const report = await runScenarioFile(join(repo, 'examples/scenarios/disclosure-request/out-of-force-2023.yaml'), catalog);
    expect(report.ok).toBe(true);
    expect(report.cases).toEqual([]);
    expect(report.refusals).toEqual([
      expect.objectContaining({
        step: 0,
        line: 11,
        code: 'NOT_IN_FORCE',
        expected: true,
        message: expect.stringContaining('2018-04-01…2022-04-30'),
      }),
    ]);
  });

  it('loads an integrator’s module from a path relative to the scenario file', async () => {
    const report = await runScenarioFile(join(repo, 'examples/custom-rule-module/scenarios/national-day-extension.yaml'), catalog);
    expect(report.ok).toBe(true);
    expect(report.cases[0]!.module).toMatchObject({ id: 'national-disclosure-request-2019', regulation: '中华人民共和国政府信息公开条例' });
    expect(report.cases[0]!.deadlines[0]!.explanation[0]).toContain('2019-09-29、2019-10-12调休上班计入');
  }, 60_000); // tsx compiles the module on first load: seconds on a busy machine

  it('collects every expectation that fails, each with its step and line, instead of stopping at the first', async () => {
    const path = file(
      'wrong.yaml',
      `scenario: wrong on purpose\n${opening}    expect:
      deadlines: { reply: { dueAt: 2020-10-20 24:00 } }
  - at: 2020-09-30 09:00
    tick: true
    expect: [{ case: app, state: refused }, { case: app, status: done }]
`,
    );
    const report = await runScenarioFile(path, catalog);
    expect(report.ok).toBe(false);
    expect(report.checked).toBe(3);
    expect(report.failures).toEqual([
      { step: 0, line: 7, message: 'case app deadline reply.dueAt is "2020-10-28T00:00:00+08:00", expected "2020-10-21T00:00:00+08:00"' },
      {
        step: 1,
        line: 17,
        message: 'case app is in state handling.(main.examining|review.none|agencies.none|thirdParty.none), expected refused',
      },
      { step: 1, line: 17, message: 'case app is open, expected done' },
    ]);
  });

  it('counts an unexpected refusal as a failure and reports it', async () => {
    const path = file(
      'refused.yaml',
      `scenario: refused\n${opening}  - at: 2020-09-30 09:00\n    send: reply.extended\n    actor: clerk\n    payload: { reason: 需要 }\n`,
    );
    const report = await runScenarioFile(path, catalog);
    expect(report.ok).toBe(false);
    expect(report.refusals).toEqual([expect.objectContaining({ step: 1, line: 15, code: 'ROLE_NOT_ALLOWED', expected: false })]);
    expect(report.failures[0]!.message).toMatch(/^was rejected unexpectedly: ROLE_NOT_ALLOWED/);
  });

  // Problems found after parsing (what the names in the file refer to) still name the line.
  it.each([
    [
      'an unknown module',
      opening.replace('[xiji-2018-47]', '[xiji-2018-47, disclosure-requests]'),
      /bad\.yaml:2:25: modules\.1: no module or preset disclosure-requests; known: xiji-2018-47, /,
    ],
    [
      'an actor nobody declared',
      opening.replace('    actor: clerk', '    actor: clark'),
      /bad\.yaml:10:12: steps\.0\.actor: no actor clark under actors \(declared: clerk\)/,
    ],
    [
      'a module file that does not exist',
      opening.replace('[xiji-2018-47]', '[./missing-module.ts]'),
      /bad\.yaml:2:11: modules\.0: cannot load \.\/missing-module\.ts/,
    ],
    [
      'a calendar that is neither named nor a schedule file',
      `calendar: lunar\n${opening}`,
      /bad\.yaml:2:11: calendar: calendar lunar is neither china nor china-2020-as-first-announced/,
    ],
    [
      'a step before the start',
      opening.replace('at: 2020-09-29 10:00', 'at: 2020-09-28 10:00'),
      /bad\.yaml:7:9: steps\.0\.at: step at 2020-09-28T10:00:00\+08:00 is before the scenario's start/,
    ],
  ])('%s', async (_, body, message) => {
    const path = file('bad.yaml', `scenario: bad\n${body}`);
    const error = await runScenarioFile(path, catalog).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScenarioFileError);
    expect((error as Error).message).toMatch(message);
  });

  it('offers the 2020 calendar as first announced, before the Spring Festival was extended (国办发明电〔2020〕1号)', () => {
    expect(NAMED_CALENDARS.china!().isWorkingDay('2020-01-31')).toBe(false);
    expect(NAMED_CALENDARS['china-2020-as-first-announced']!().isWorkingDay('2020-01-31')).toBe(true);
  });
});
