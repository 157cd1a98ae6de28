import { readFileSync } from 'node:fs';
import { china } from '@zwgk/calendar';
import { createEngine, SimulatedClock } from '@zwgk/core';
import { xiji2018No47 } from '@zwgk/preset-xiji-2018-47';
import { checkRuleModule } from '@zwgk/testing';
import { describe, expect, it } from 'vitest';

// The published text, kept in the repository with the regulation set (@zwgk/regulation-xiji-2018-47).
const notice = readFileSync(new URL('../../../regulations/xiji-2018-47/regulation/xiji-2018-47.txt', import.meta.url), 'utf8');
// The fifteen names as the notice lists them (its first paragraph).
const listed = [...(notice.split('\n').find((line) => line.includes('共15项制度')) ?? '').matchAll(/《(西吉县[^》]+)》/g)].map((m) => m[1]);

describe('the 西政办发〔2018〕47号 preset', () => {
  it('has one module for each of the fifteen regulations the notice lists, in its order', () => {
    expect(listed).toHaveLength(15);
    expect(xiji2018No47.modules).toHaveLength(15);
    // The notice's list says 政府网站及政务新媒体; the regulation's own title drops 政务.
    const names = xiji2018No47.modules.map((m) => m.source.name.replace('政府网站及新媒体', '政府网站及政务新媒体'));
    expect(names).toEqual(listed);
  });

  it.each(xiji2018No47.modules.map((m) => [m.id, m] as const))(
    '%s cites the notice, its period in force, and passes the module check',
    (_id, module) => {
      expect(module.source.documentNumber).toBe('西政办发〔2018〕47号');
      expect(module.inForce).toEqual({ from: '2018-04-01', to: '2022-04-30' });
      expect(checkRuleModule(module).problems).toEqual([]);
    },
  );

  it('loads all fifteen into one engine, and refuses a case dated after the rules expired', async () => {
    const engine = createEngine({ modules: xiji2018No47.modules, calendar: china, clock: new SimulatedClock('2022-05-05T09:00:00+08:00') });
    expect(new Set(engine.modules.map((m) => m.id)).size).toBe(15);
    await expect(engine.open('disclosure-request', { input: {}, actor: { id: 'clerk', role: 'clerk' } })).rejects.toMatchObject({
      code: 'NOT_IN_FORCE',
      message: expect.stringContaining('no version of disclosure-request is in force on 2022-05-05: loaded 1.0.0 (2018-04-01…2022-04-30)'),
    });
  });
});
