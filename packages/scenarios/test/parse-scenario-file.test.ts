import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenarioFile, ScenarioFileError, scenarioFileJsonSchema } from '@zwgk/scenarios';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';

const valid = `scenario: 依申请公开
modules: [disclosure-request]
start: 2020-09-29 09:00
actors:
  clerk: { id: clerk-ma, role: clerk }
steps:
  - at: 2020-09-29 10:00
    open: disclosure-request
    actor: clerk
    input: {}
  - at: 2020-09-30T09:00:00+08:00
    send: reply.disclosed
    actor: clerk
    payload: { form: paper }
    expect:
      deadlines:
        reply: { dueAt: 2020-10-27 24:00, outcome: met }
  - at: 2020-10-28 00:00
    tick: true
`;

function problemsOf(text: string, file = 'case.yaml') {
  try {
    parseScenarioFile(text, file);
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioFileError);
    return (error as ScenarioFileError).problems.map((p) => `${p.line}:${p.column} ${p.path} ${p.message}`);
  }
  throw new Error('expected the scenario file to be refused');
}

describe('parseScenarioFile', () => {
  it('reads Beijing wall times and 24:00 as instants at +08:00', () => {
    const { data } = parseScenarioFile(valid, 'case.yaml');
    expect(data.start).toBe('2020-09-29T09:00:00+08:00');
    expect(data.calendar).toBe('china');
    expect(data.steps.map((s) => s.at)).toEqual(['2020-09-29T10:00:00+08:00', '2020-09-30T09:00:00+08:00', '2020-10-28T00:00:00+08:00']);
    const send = data.steps[1] as unknown as { expect: { deadlines: { reply: { dueAt: string } } } };
    expect(send.expect.deadlines.reply.dueAt).toBe('2020-10-28T00:00:00+08:00');
  });

  it('reads the same scenario written as JSON', () => {
    const json = JSON.stringify(
      { scenario: 'x', modules: ['m'], start: '2020-09-29 09:00', steps: [{ at: '2020-09-29 10:00', tick: true }] },
      null,
      2,
    );
    expect(parseScenarioFile(json, 'case.json').data.steps).toEqual([{ at: '2020-09-29T10:00:00+08:00', tick: true }]);
  });

  // Each row breaks one thing in the valid file: the problem must name its line, column and path.
  it.each([
    [
      'a date that does not exist',
      ['at: 2020-09-30T09:00:00+08:00', 'at: 2020-09-31 09:00'],
      '11:9 steps.1.at not a Beijing date-time: "2020-09-31 09:00"',
    ],
    [
      'a misspelt field of a step',
      ['    payload: { form: paper }', '    paylod: { form: paper }'],
      '11:5 steps.1 Unrecognized key: "paylod"',
    ],
    [
      'a step that is neither open, send nor tick',
      ['    tick: true', '    tock: true'],
      '18:5 steps.2 a step needs one of open, send or tick',
    ],
    ['a step without its actor', ['    actor: clerk\n    payload', '    payload'], '11:5 steps.1.actor missing'],
    [
      'an unknown deadline status',
      ['outcome: met', 'outcome: late'],
      '17:52 steps.1.expect.deadlines.reply.outcome Invalid option: expected one of "met"|"missed"|"cancelled"',
    ],
    ['no steps at all', [/steps:[\s\S]*$/, 'steps: []\n'], '6:8 steps Too small: expected array to have >=1 items'],
  ] as const)('%s', (_, [from, to], expected) => {
    expect(problemsOf(valid.replace(from, to))).toContainEqual(expect.stringContaining(expected));
  });

  it('names the line of a YAML syntax error and of a duplicate key', () => {
    expect(problemsOf('scenario: x\nmodules: [a\nstart: 2020-01-01 00:00\n')[0]).toMatch(/^3:1 /);
    expect(problemsOf('scenario: x\nscenario: y\nmodules: [a]\nstart: 2020-01-01 00:00\nsteps: []\n')[0]).toMatch(
      /^2:1 .*[Mm]ap keys must be unique/,
    );
  });

  it('refuses a file that is not a mapping, and prefixes every message with the file name', () => {
    expect(problemsOf('- just\n- a list\n')).toEqual(['1:1  a scenario file is a mapping with scenario, modules, start and steps']);
    expect(() => parseScenarioFile(valid.replace('tick: true', 'tock: true'), 'dir/case.yaml')).toThrow(
      /^dir\/case\.yaml:18:5: steps\.2: a step needs one of open, send or tick$/,
    );
  });

  it('ships a JSON Schema of the format for editors and other languages', () => {
    const schema = scenarioFileJsonSchema() as { required: string[]; properties: Record<string, { anyOf?: unknown[] }> };
    expect(schema.required).toEqual(expect.arrayContaining(['scenario', 'modules', 'start', 'steps']));
    expect((schema.properties.steps as { items: { anyOf: unknown[] } }).items.anyOf).toHaveLength(3);
  });
});

describe('the shipped JSON Schema', () => {
  // Read back with zod's own JSON Schema reader: what the schema accepts and refuses must match the files.
  const fromJsonSchema = z.fromJSONSchema(scenarioFileJsonSchema() as Parameters<typeof z.fromJSONSchema>[0]);
  const examples = readdirSync(join(import.meta.dirname, '../../../examples/scenarios'), { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.yaml'),
  );

  it.each(examples.slice(0, 12))('accepts the worked scenario %s', (file) => {
    const raw = parse(readFileSync(join(import.meta.dirname, '../../../examples/scenarios', file), 'utf8')) as unknown;
    expect(fromJsonSchema.safeParse(raw).error).toBeUndefined();
  });

  it('refuses what the file reader refuses: an unknown key, a step of no kind, no steps', () => {
    const raw = parse(valid) as Record<string, unknown>;
    expect(fromJsonSchema.safeParse(raw).success).toBe(true);
    expect(fromJsonSchema.safeParse({ ...raw, stpes: [] }).success).toBe(false);
    expect(fromJsonSchema.safeParse({ ...raw, steps: [{ at: '2020-09-29 10:00', tock: true }] }).success).toBe(false);
    expect(fromJsonSchema.safeParse({ ...raw, steps: [] }).success).toBe(false);
  });
});
