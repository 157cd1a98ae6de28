import { readFileSync } from 'node:fs';
import * as national from '@zwgk/regulation-national-2019';
import { describe, expect, it } from 'vitest';

const text = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
/** Article → its words, from a stored text (one article a line, 第X条 first). */
const articles = (file: string) =>
  Object.fromEntries([...text(file).matchAll(/^(第[一二三四五六七八九十]+条)　(.+)$/gm)].map((m) => [m[1]!, m[2]!]));

describe('国务院令第711号 and 国办函〔2020〕109号', () => {
  it('quotes every stored article word for word from the texts in regulation/', () => {
    expect(national.decree711Articles).toEqual(articles(national.REGULATION_TEXT_FILES.decree711));
    expect(national.processingFeeArticles).toEqual(articles(national.REGULATION_TEXT_FILES.processingFee));
  });

  it('gives the decree as published: number, issuer, dates in force', () => {
    expect(text(national.REGULATION_TEXT_FILES.decree711)).toContain('国务院令第711号修订，自2019年5月15日起施行');
    expect(national.stateCouncilDecree711.inForce).toEqual({ from: '2019-05-15', to: '2099-12-31' });
    expect(national.informationDisclosureRegulation.source).toEqual({
      name: '中华人民共和国政府信息公开条例',
      documentNumber: '国务院令第711号',
      issuer: '国务院',
      jurisdiction: '中华人民共和国',
    });
  });

  it('derives clause tables: citation from the article, words from the stored text', () => {
    expect(national.decree711Clauses('第三十条', '第五十一条')).toEqual({
      第三十条: { citation: '《中华人民共和国政府信息公开条例》第三十条', text: national.decree711Articles.第三十条 },
      第五十一条: { citation: '《中华人民共和国政府信息公开条例》第五十一条', text: national.decree711Articles.第五十一条 },
    });
    expect(national.processingFeeClauses('第六条')).toEqual({
      办法第六条: {
        citation: '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）第六条',
        text: national.processingFeeArticles.第六条,
      },
    });
    expect(national.administrativeReconsiderationLaw.cite('第二十条')).toBe('《中华人民共和国行政复议法》（2023年修订）第二十条');
    expect(national.administrativeLitigationLaw.cite('第四十六条')).toBe('《中华人民共和国行政诉讼法》第四十六条');
    expect(national.annualReportFormat.cite('四')).toBe('《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）四');
  });
});
