import { readFileSync } from 'node:fs';
import { china } from '@zwgk/calendar';
import { type Clause, createEngine, SimulatedClock } from '@zwgk/core';
import { national2019 } from '@zwgk/preset-national-2019';
import { REGULATION_TEXT_FILES } from '@zwgk/regulation-national-2019';
import { presets } from '@zwgk/scenarios';
import { describe, expect, it } from 'vitest';

const text = (file: string) => readFileSync(new URL(`../../../regulations/national-2019/${file}`, import.meta.url), 'utf8');
/** Article → its words, from a stored text (one article a line, 第X条 first). */
function articles(file: string): Map<string, string> {
  return new Map([...text(file).matchAll(/^(第[一二三四五六七八九十]+条)　(.+)$/gm)].map((m) => [m[1]!, m[2]!]));
}
const decree = articles(REGULATION_TEXT_FILES.decree711);
const feeRules = articles(REGULATION_TEXT_FILES.processingFee);

describe('the national-2019 preset (国务院令第711号)', () => {
  it('is the preset named national-2019 wherever presets are looked up', () => {
    expect(presets['national-2019']).toBe(national2019);
    expect(national2019.modules.map((m) => m.id)).toEqual([
      'national-proactive-disclosure',
      'national-disclosure-request',
      'national-consultation',
      'national-remedy',
      'national-annual-report',
    ]);
  });

  it.each(national2019.modules.map((m) => [m.id, m] as const))(
    '%s quotes the regulation word for word from the stored text, and cites it as in force since 2019-05-15',
    (_id, module) => {
      expect(module.source.documentNumber).toBe('国务院令第711号');
      expect(module.inForce.from).toBe('2019-05-15');
      for (const [id, clause] of Object.entries(module.clauses as Record<string, Clause>)) {
        if (clause.citation.startsWith('《中华人民共和国政府信息公开条例》第')) {
          expect({ id, text: clause.text }).toEqual({ id, text: decree.get(id) });
        } else if (clause.citation.startsWith('《政府信息公开信息处理费管理办法》')) {
          expect({ id, text: clause.text }).toEqual({ id, text: feeRules.get(id.replace('办法', '')) });
        } else {
          // Outside texts (行政复议法, 行政诉讼法, the report format) are quoted in part: they say so.
          expect(clause.citation).toMatch(/^《中华人民共和国(行政复议法|行政诉讼法|政府信息公开工作年度报告格式)》/);
        }
      }
    },
  );

  it('opens a case today (2026-12-02) without occurredAt: the reply is due 20 working days after the day of receipt', async () => {
    const clock = new SimulatedClock('2026-12-02T09:40:00+08:00');
    const engine = createEngine({ modules: national2019.modules, calendar: china, clock });
    const { caseId, state } = await engine.open('national-disclosure-request', {
      input: {
        applicant: { kind: 'naturalPerson', name: '蒋某', identityDocument: '居民身份证', contact: '13900000000' },
        submittedAt: '2026-12-02T09:00:00+08:00',
        receipt: { channel: 'inPerson' },
        description: '2026年度城区更新项目用地批复',
        form: '纸质',
      },
      actor: { id: 'clerk-1', role: 'clerk' },
      agency: '某县自然资源局',
    });
    expect(state).toBe('examining');
    expect((await engine.getCase(caseId)).deadlines.find((d) => d.name === 'reply')?.dueAt).toBe('2026-12-31T00:00:00+08:00');
  });
});
