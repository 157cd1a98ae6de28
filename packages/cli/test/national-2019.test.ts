// The CLI under the national-2019 preset: a case opened now (system clock, no occurredAt) on a SQLite
// store, and the national annual report printed from a store holding a year of cases.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { builtInCatalog, readScenarioFile, replayScenario, resolveScenario } from '@zwgk/scenarios';
import { SqliteStore } from '@zwgk/store-sqlite';
import { describe, expect, it } from 'vitest';
import { runInProcess, tempDirs } from './fixtures/in-process.js';

const cli = (...argv: string[]) => runInProcess(argv);
const tempDir = tempDirs('zwgk-national-');

describe('zwgk under --preset national-2019', () => {
  it('opens a case now, without occurredAt, and refuses a receipt dated before the application', async () => {
    const dir = tempDir();
    const store = join(dir, 'cases.sqlite');
    const now = new Date().toISOString();
    const application = {
      applicant: { kind: 'naturalPerson', name: '蒋某', identityDocument: '居民身份证', contact: '13900000000' },
      submittedAt: now,
      receipt: { channel: 'inPerson' },
      description: '城区更新项目用地批复',
      form: '电子邮件',
    };
    writeFileSync(join(dir, 'app.json'), JSON.stringify(application));
    const open = ['case', 'open', 'national-disclosure-request', '--preset', 'national-2019', '--store', store, '--actor', 'clerk:clerk-1'];
    const opened = await cli(...open, '--agency', '某县自然资源局', '--data', join(dir, 'app.json'), '--create');
    // A deadline running past the last announced year needs that year's schedule (issue 18): say so, not crash.
    if (opened.code !== 0) expect(opened.err).toContain('No holiday schedule is loaded');
    else
      expect(opened.out).toMatch(
        /national-disclosure-request@1\.0\.0 {2}open {2}state examining\n {2}reply +running +due \d{4}-\d\d-\d\dT00:00:00\+08:00/,
      );

    writeFileSync(
      join(dir, 'bad.json'),
      JSON.stringify({ ...application, receipt: { channel: 'online', confirmedAt: '2019-06-01T09:00:00+08:00' } }),
    );
    const bad = await cli(...open, '--data', join(dir, 'bad.json'));
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('is before the application was submitted');
  });

  it('prints the 2025 annual report of an agency from its store: text, JSON, HTML and CSV', async () => {
    const dir = tempDir();
    const file = join(dir, 'cases.sqlite');
    const store = new SqliteStore(file, { create: true });
    const scenarioFile = resolve(import.meta.dirname, '../../../examples/scenarios/national-2019/a-year-of-applications-2025.yaml');
    const scenario = await resolveScenario(await readScenarioFile(scenarioFile), builtInCatalog());
    expect((await replayScenario({ ...scenario, store })).failures).toEqual([]);
    store.close();

    const args = ['report', 'annual', '--preset', 'national-2019', '--agency', '某县自然资源局', '--year', '2025', '--store', file];
    const text = await cli(...args, '--html', join(dir, 'r.html'), '--csv', join(dir, 'r.csv'));
    expect(text.code).toBe(0);
    expect(text.out).toContain('某县自然资源局2025年政府信息公开工作年度报告');
    expect(text.out).toMatch(/二、上年结转政府信息公开申请数量\s+1\s+0\s+0\s+0\s+0\s+0\s+1/);
    expect(readFileSync(join(dir, 'r.csv'), 'utf8')).toContain('行政诉讼·未经复议直接起诉,0,0,0,1,1');
    expect(readFileSync(join(dir, 'r.html'), 'utf8')).toContain('<h2>四、政府信息公开行政复议、行政诉讼情况</h2>');
    const json = JSON.parse((await cli(...args, '--json')).out);
    expect(json.applications.total.total).toBe(19);

    const missing = await cli('report', 'annual', '--preset', 'national-2019', '--agency', 'X', '--store', file);
    expect(missing).toMatchObject({ code: 2, err: expect.stringContaining('--year') });
  });
});
