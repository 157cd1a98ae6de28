import { readFileSync } from 'node:fs';
import * as xiji from '@zwgk/regulation-xiji-2018-47';
import { describe, expect, it } from 'vitest';

const text = readFileSync(new URL('../regulation/xiji-2018-47.txt', import.meta.url), 'utf8');
const regulations = Object.entries(xiji).filter(([name]) => name.endsWith('Regulation'));

describe('西政办发〔2018〕47号', () => {
  it('gives the notice as published: title, number, dates in force', () => {
    expect(text).toContain(xiji.xiji2018No47Notice.title);
    expect(text).toContain(`文号 ${xiji.xiji2018No47Notice.documentNumber}`);
    expect(xiji.xiji2018No47Notice.inForce).toEqual({ from: '2018-04-01', to: '2022-04-30' });
  });

  it('declares each of the fifteen regulations once, by a name its text carries', () => {
    expect(regulations).toHaveLength(15);
    for (const [, regulation] of regulations) expect(text).toContain((regulation as { name: string }).name);
  });

  it('derives citations, source and dates in force', () => {
    expect(xiji.disclosureRequestRegulation.cite('第八条')).toBe('《西吉县政府信息依申请公开制度》第八条');
    expect(xiji.nationalRegulation2007.cite('第二十四条')).toBe('《中华人民共和国政府信息公开条例》（2007）第二十四条');
    expect(xiji.confidentialityReviewRegulation.source).toEqual({
      name: '西吉县政务公开保密审查制度',
      documentNumber: '西政办发〔2018〕47号',
      issuer: '西吉县人民政府办公室',
      jurisdiction: '宁夏回族自治区固原市西吉县',
    });
  });
});
