import { defineRegulation } from '@zwgk/core';
import { describe, expect, it } from 'vitest';

const regulation = defineRegulation({ name: '测试县联席会议制度' });

describe('Regulation.clauses', () => {
  it('cites an item by its id: 第五条(二) is 第五条第(二)项, 第二条(8) 第二条第8项, 第四条(一)3 第四条第(一)项第3目', () => {
    const clauses = regulation.clauses({
      '第五条(二)': '督促检查',
      '第四条(一)3': { text: '纪要', inferredNumber: true },
      '第十二条(十)': '其他',
      '第二条(8)': '改进情况',
    });
    expect(clauses['第五条(二)']).toEqual({ citation: '《测试县联席会议制度》第五条第(二)项', text: '督促检查' });
    expect(clauses['第四条(一)3']).toEqual({ citation: '《测试县联席会议制度》第四条第(一)项第3目', text: '纪要', inferredNumber: true });
    expect(clauses['第十二条(十)'].citation).toBe('《测试县联席会议制度》第十二条第(十)项');
    expect(clauses['第二条(8)'].citation).toBe('《测试县联席会议制度》第二条第8项');
  });

  it('cites a part of a text divided in parts by its number: 四 is 第四部分, 二(一) is 第二部分第(一)项', () => {
    const clauses = regulation.clauses({ 四: '主动发布', '二(一)': '误解误读', '三(十二)': '其他' });
    expect(Object.values(clauses).map((c) => c.citation)).toEqual([
      '《测试县联席会议制度》第四部分',
      '《测试县联席会议制度》第二部分第(一)项',
      '《测试县联席会议制度》第三部分第(十二)项',
    ]);
  });

  it('keeps an article given beside the words, and any other id as it is', () => {
    const clauses = regulation.clauses({
      '第三条(一)': { text: '1.按时报送', article: '第三条第1项' },
      一: { text: '明确解读范围', article: '第一部分（明确解读范围）' },
      行政复议法第二十条: { text: '六十日内', article: '第二十条' },
      第八条: '答复',
    });
    expect(Object.values(clauses).map((c) => c.citation)).toEqual([
      '《测试县联席会议制度》第三条第1项',
      '《测试县联席会议制度》第一部分（明确解读范围）',
      '《测试县联席会议制度》第二十条',
      '《测试县联席会议制度》第八条',
    ]);
  });
});
