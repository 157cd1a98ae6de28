// The worked scenarios of examples/scenarios are the auditors' evidence: each must replay with every
// expectation holding, and together they must show what the issue asks of them for all fifteen
// regulations: deadlines met and missed, cases around 国庆 and 春节 and 调休 weekends, and an
// application dated after the Xiji rules ceased to be in force, refused.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { china, instantToMs, toBeijingDate } from '@zwgk/calendar';
import { xiji2018No47 } from '@zwgk/preset-xiji-2018-47';
import { builtInCatalog, type CaseTimeline, runScenarioFile, type ScenarioReport } from '@zwgk/scenarios';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../examples/scenarios');
// Every built-in preset: the Xiji scenarios and those of national-2019 (国务院令第711号).
const catalog = builtInCatalog();
const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(ya?ml|json)$/.test(f))
  .sort();

const reports = new Map<string, ScenarioReport>();
beforeAll(async () => {
  for (const file of files) reports.set(file, await runScenarioFile(join(root, file), catalog));
}, 120_000);

const allCases = (cases: readonly CaseTimeline[]): CaseTimeline[] => cases.flatMap((c) => [c, ...allCases(c.children)]);

/** The Beijing dates a scenario spans. */
function days(report: ScenarioReport): string[] {
  const out: string[] = [];
  // Day by day (addCalendarDays would roll a rest day forward to the next working day).
  for (let d = report.start.slice(0, 10); d <= report.end.slice(0, 10); d = toBeijingDate(instantToMs(`${d}T12:00:00+08:00`) + 86_400_000))
    out.push(d);
  return out;
}

describe('examples/scenarios', () => {
  it.each(files)('%s replays with every expectation holding', (file) => {
    const report = reports.get(file)!;
    expect(report.failures).toEqual([]);
    expect(report.checked).toBeGreaterThan(0);
  });

  it.each(xiji2018No47.modules.map((m) => m.id))('%s has at least three worked scenarios of its own', (id) => {
    const own = files.filter((f) => f.startsWith(`${id}/`));
    expect(own.length).toBeGreaterThanOrEqual(3);
    // …and they open cases of the module they are filed under.
    for (const f of own) {
      const opened = allCases(reports.get(f)!.cases).map((c) => c.module.id);
      const refused = reports.get(f)!.refusals.length > 0;
      expect(opened.includes(id) || refused).toBe(true);
    }
  });

  it('every module that sets deadlines shows one met and one missed', () => {
    for (const module of xiji2018No47.modules.filter((m) => Object.keys(m.deadlines ?? {}).length > 0)) {
      const verdicts = new Set(
        files
          .filter((f) => f.startsWith(`${module.id}/`))
          .flatMap((f) =>
            allCases(reports.get(f)!.cases)
              .filter((c) => c.module.id === module.id)
              .flatMap((c) => c.deadlines.map((d) => d.verdict)),
          ),
      );
      expect({ module: module.id, met: verdicts.has('met') }).toEqual({ module: module.id, met: true });
      expect({ module: module.id, missedOrOverdue: verdicts.has('missed') || verdicts.has('overdue') }).toEqual({
        module: module.id,
        missedOrOverdue: true,
      });
    }
  });

  it('scenarios run across the National Day and Spring Festival holidays and 调休 working weekends', () => {
    const spans = [...reports.values()].map(days);
    const holiday = (name: string) =>
      spans.filter((span) => span.some((d) => china.dayInfo(d).kind === 'holiday' && (china.dayInfo(d).holiday ?? '').includes(name)))
        .length;
    expect(holiday('国庆节')).toBeGreaterThanOrEqual(5);
    expect(holiday('春节')).toBeGreaterThanOrEqual(5);
    expect(spans.filter((span) => span.some((d) => china.dayInfo(d).kind === 'adjusted-workday')).length).toBeGreaterThanOrEqual(10);
  });

  it('an application dated after the rules ceased to be in force is refused with the period named', () => {
    const refusals = [...reports.values()].flatMap((r) => r.refusals.filter((x) => x.code === 'NOT_IN_FORCE'));
    expect(refusals).toContainEqual(expect.objectContaining({ expected: true, message: expect.stringContaining('2018-04-01…2022-04-30') }));
  });
});
