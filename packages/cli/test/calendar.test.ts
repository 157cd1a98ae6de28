import { readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { schedule2019, schedule2024 } from '@zwgk/calendar';
import { describe, expect, it } from 'vitest';
import { runInProcess, tempDirs } from './fixtures/in-process.js';

const notices = join(import.meta.dirname, '..', '..', 'calendar', 'test', 'notices');
const example2027 = join(import.meta.dirname, 'fixtures', 'notice-2027-example.txt');

const cli = (argv: string[], env: Record<string, string> = {}) => runInProcess(argv, { env });
const tmp = tempDirs('zwgk-cli-calendar-');

async function import2027(): Promise<string> {
  const file = join(tmp(), '2027.json');
  const { code, out } = await cli(['calendar', 'import', example2027, '--out', file]);
  expect(code).toBe(0);
  expect(out).toBe(`国务院办公厅关于2027年部分节假日安排的通知（2026-11-10）: 2027 — 28 days off, 5 调休 working days → ${file}`);
  return file;
}

describe('zwgk calendar import', () => {
  it('prints the schedule JSON of a published notice, the same as the shipped year', async () => {
    const { code, out } = await cli(['calendar', 'import', join(notices, '2024.txt')]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(schedule2024);
  });

  it('applies an amendment to the year it changes (国办发明电〔2019〕3号 on top of the 2019 notice)', async () => {
    const dir = tmp();
    const first = join(dir, '2019.json');
    expect((await cli(['calendar', 'import', join(notices, '2019.txt'), '--out', first])).code).toBe(0);
    // The 2019 notice also sets 2018-12-29…31, so its file holds 2018 and 2019.
    expect(JSON.parse(readFileSync(first, 'utf8')).map((s: { year: number }) => s.year)).toEqual([2018, 2019]);
    const { code, out } = await cli(['calendar', 'import', join(notices, '2019-labour-day-amendment.txt'), '--calendar', first]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(schedule2019);
  });

  it('refuses a notice it cannot read, naming the line, and writes nothing', async () => {
    const dir = tmp();
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, readFileSync(example2027, 'utf8').replace('1月1日（周五）', '1月1日（周四）'));
    const { code, err } = await cli(['calendar', 'import', bad, '--out', join(dir, 'out.json')]);
    expect(code).toBe(2);
    expect(err).toBe('zwgk: line 7: 2027-01-01 is a 周五, but the notice says 周四: "一、元旦：1月1日（周四）至3日（周日）放假，共3天。"');
  });
});

describe('counting into a year the package does not ship (from 2026-12-20, 15 working days)', () => {
  it('refuses without data, naming the year and the remedy', async () => {
    const { code, err } = await cli(['deadline', '2026-12-20', '15', 'workingDays']);
    expect(code).toBe(2);
    expect(err).toContain('No holiday schedule is loaded for 2027');
    expect(err).toContain(
      'zwgk calendar import <notice.txt> > 2027.json, then --calendar 2027.json (or ZWGK_CALENDAR=2027.json), or --provisional',
    );
  });

  it('counts with the imported schedule given by --calendar', async () => {
    const file = await import2027();
    const { code, out } = await cli(['deadline', '2026-12-20', '15', 'workingDays', '--calendar', file]);
    expect(code).toBe(0);
    expect(out).toContain('due     2027-01-12T00:00:00+08:00  (2027-01-11 24:00 北京时间)');
    expect(out).toContain('2027-01-01(元旦)');
    expect(out).not.toContain('暂定');
  });

  it('counts with the schedule files named by ZWGK_CALENDAR, without repeating the flag', async () => {
    const file = await import2027();
    const { code, out } = await cli(['deadline', '2026-12-20', '15', 'workingDays', '--json'], {
      ZWGK_CALENDAR: `${delimiter}${file}` /* an empty entry is skipped */,
    });
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ dueDate: '2027-01-11', provisional: false });
  });

  it('counts provisionally with --provisional, and says so', async () => {
    const { code, out } = await cli(['deadline', '2026-12-20', '15', 'workingDays', '--provisional']);
    expect(code).toBe(0);
    expect(out).toContain('due     2027-01-12T00:00:00+08:00');
    expect(out).toContain('暂定     PROVISIONAL: 2027 not announced yet, counted by 《全国年节及纪念日放假办法》（国务院令第795号修订）');
    const json = await cli(['deadline', '2026-12-20', '15', 'workingDays', '--json'], { ZWGK_PROVISIONAL: '1' });
    expect(JSON.parse(json.out)).toMatchObject({ provisional: true, explanation: { provisional: { years: [2027] } } });
  });

  it('names a schedule file it cannot read', async () => {
    const { code, err } = await cli(['deadline', '2026-12-20', '15', 'workingDays', '--calendar', '/no/such/2027.json']);
    expect(code).toBe(2);
    expect(err).toMatch(/^zwgk: --calendar \/no\/such\/2027\.json: ENOENT/);
  });
});
