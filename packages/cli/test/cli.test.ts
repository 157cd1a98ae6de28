import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from './fixtures/in-process.js';

const cli = (...argv: string[]) => runInProcess(argv);

describe('zwgk deadline', () => {
  it('prints the due instant and which days were skipped and why', async () => {
    const { code, out } = await cli('deadline', '2024-09-27', '15', 'workingDays');
    expect(code).toBe(0);
    expect(out).toContain('due     2024-10-24T00:00:00+08:00  (2024-10-23 24:00 北京时间)');
    expect(out).toContain('2024-10-01(国庆节)');
    expect(out).toContain('2024-09-29(为国庆节调休, 国办发明电〔2023〕7号)');
  });

  it('counts hours on the clock and calendar days with the roll-forward, and answers in JSON', async () => {
    const hours = await cli('deadline', '2019-09-30T23:30:00+08:00', '1', 'h', '--json');
    expect(JSON.parse(hours.out)).toMatchObject({ dueAt: '2019-10-01T00:30:00+08:00', unit: 'hours' });
    // 30 days from 2019-09-03 end on 2019-10-03, a 国庆 holiday: rolled to 2019-10-08 (《民法典》第二百零三条).
    const days = await cli('deadline', '2019-09-03', '30', 'calendarDays', '--json');
    expect(JSON.parse(days.out)).toMatchObject({ dueDate: '2019-10-08', dueAt: '2019-10-09T00:00:00+08:00' });
  });

  it.each([
    [['deadline', '2027-01-05', '15', 'wd'], 'No holiday schedule is loaded for 2027'],
    [['deadline', '2024-09-27', '15', 'fortnights'], 'unit must be workingDays, calendarDays or hours'],
    [['deadline', '2024-09-27', '0', 'wd'], 'length must be a positive whole number'],
    [['deadline', '2024-09-27', '-3', 'wd'], "Unknown option '-3'"],
    [['deadline', '2024-02-30', '3', 'wd'], '2024-02-30'],
    [['frobnicate'], 'unknown command frobnicate'],
  ])('refuses %j on stderr with exit code 2 and no stack trace', async (argv, message) => {
    const { code, out, err } = await cli(...argv);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(message);
    expect(err).not.toMatch(/\n\s+at /);
  });
});

describe('zwgk rules and zwgk diagram', () => {
  it('lists the fifteen modules of 西政办发〔2018〕47号 with their periods in force and clause counts', async () => {
    const { code, out } = await cli('rules', '--json');
    expect(code).toBe(0);
    const listing = JSON.parse(out) as { preset: string; modules: { id: string; inForce: string; clauses: number }[] };
    expect(listing.preset).toBe('西政办发〔2018〕47号');
    expect(listing.modules).toHaveLength(15);
    expect(listing.modules.find((m) => m.id === 'disclosure-request')).toMatchObject({ inForce: '2018-04-01…2022-04-30' });
    expect(listing.modules.every((m) => m.clauses > 0)).toBe(true);
  });

  it('prints a module state diagram as Mermaid, and names the modules when asked for one that does not exist', async () => {
    const diagram = await cli('diagram', 'confidentiality-review');
    expect(diagram.out.split('\n')[0]).toBe('stateDiagram-v2');
    const missing = await cli('diagram', 'nope');
    expect(missing).toMatchObject({ code: 2 });
    expect(missing.err).toMatch(/modules: .*national-disclosure-request, .*proactive-disclosure, confidentiality-review/);
  });
});

describe('zwgk deadline for hours', () => {
  it('prints the instant itself, not an end of day', async () => {
    const { out } = await cli('deadline', '2019-09-30T23:30:00+08:00', '1', 'hours');
    expect(out.split('\n')[0]).toBe('due     2019-10-01T00:30:00+08:00');
  });
});

describe('zwgk schema', () => {
  it('prints the JSON Schemas of a module for systems in other languages', async () => {
    const { code, out } = await cli('schema', 'sentiment-response');
    expect(code).toBe(0);
    const schemas = JSON.parse(out) as { module: string; events: Record<string, { roles: string[]; payload: { type: string } }> };
    expect(schemas.module).toBe('sentiment-response@1.0.0');
    expect(Object.values(schemas.events).every((e) => e.payload.type === 'object' && e.roles.length > 0)).toBe(true);
  });
});

describe('--module with zwgk rules, zwgk diagram and zwgk schema', () => {
  const customModule = join(import.meta.dirname, '../../../examples/custom-rule-module/src/index.ts');

  it('lists an integrator’s module after the built-in ones, with the file it came from', async () => {
    const { code, out } = await cli('rules', '--json', '--module', customModule);
    expect(code).toBe(0);
    const listing = JSON.parse(out) as { modules: { id: string; from: string }[] };
    expect(listing.modules).toHaveLength(16);
    expect(listing.modules.at(-1)).toMatchObject({ id: 'national-disclosure-request-2019', from: customModule });
    expect(listing.modules[0]).toMatchObject({ id: 'proactive-disclosure', from: '西政办发〔2018〕47号' });
    const text = await cli('rules', '--module', customModule);
    expect(text.out).toContain(`--module ${customModule}\nnational-disclosure-request-2019`);
  }, 60_000);

  it('draws and describes the integrator’s module by its id', async () => {
    const diagram = await cli('diagram', 'national-disclosure-request-2019', '--module', customModule);
    expect(diagram).toMatchObject({ code: 0, err: '' });
    expect(diagram.out.split('\n')[0]).toBe('stateDiagram-v2');
    expect(diagram.out).toContain('examining');
    const schema = await cli('schema', 'national-disclosure-request-2019', '--module', customModule);
    expect(schema.code).toBe(0);
    expect(JSON.parse(schema.out)).toMatchObject({ module: 'national-disclosure-request-2019@1.0.0' });
  }, 60_000);

  it('refuses a file that exports no rule module, naming it', async () => {
    const notAModule = join(import.meta.dirname, '../../core/src/state-path.ts');
    const { code, err } = await cli('diagram', 'national-disclosure-request-2019', '--module', notAModule);
    expect(code).toBe(2);
    expect(err).toBe(`zwgk: ${notAModule} exports no rule module (a value returned by defineRuleModule)`);
  }, 60_000);
});
