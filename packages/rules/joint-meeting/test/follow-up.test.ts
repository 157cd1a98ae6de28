import { describe, expect, it } from 'vitest';
import { allItemsReported, isItemReported, mayReport, outstandingReports, recordReport, trackItems } from '../src/follow-up.js';

const items = trackItems([
  { id: '1', matter: '更新专栏', decidedBy: 'meeting', units: ['县财政局'] },
  { id: '2', matter: '设立查阅点', decidedBy: 'government', units: ['县档案局', '县财政局'] },
]);

describe('follow-up of agreed items', () => {
  it('starts every unit as not reported', () => {
    expect(items[1]!.units).toEqual([
      { unit: '县档案局', done: false, report: null },
      { unit: '县财政局', done: false, report: null },
    ]);
    expect(allItemsReported(items, 'everyUnit')).toBe(false);
  });
  it('counts an item reported when every unit, or only the lead unit, reported it done', () => {
    const lead = recordReport(items, { itemId: '2', unit: '县档案局', status: 'done', report: '已开放' });
    expect(isItemReported(lead[1]!, 'everyUnit')).toBe(false);
    expect(isItemReported(lead[1]!, 'leadUnit')).toBe(true);
    const other = recordReport(items, { itemId: '2', unit: '县财政局', status: 'done', report: '已拨付' });
    expect(isItemReported(other[1]!, 'leadUnit')).toBe(false);
  });
  it('keeps a progress report as not done but records its words', () => {
    const progress = recordReport(items, { itemId: '1', unit: '县财政局', status: 'inProgress', report: '正在更新' });
    expect(progress[0]!.units[0]).toEqual({ unit: '县财政局', done: false, report: '正在更新' });
    expect(mayReport(progress, '1', '县财政局')).toBe(true);
  });
  it('lists the units still owing a report, only the lead unit under leadUnit', () => {
    const one = recordReport(items, { itemId: '1', unit: '县财政局', status: 'done', report: '已更新' });
    expect(outstandingReports(one, 'everyUnit')).toEqual([
      { itemId: '2', matter: '设立查阅点', unit: '县档案局' },
      { itemId: '2', matter: '设立查阅点', unit: '县财政局' },
    ]);
    expect(outstandingReports(one, 'leadUnit')).toEqual([{ itemId: '2', matter: '设立查阅点', unit: '县档案局' }]);
    expect(mayReport(one, '1', '县财政局')).toBe(false);
    expect(mayReport(one, '2', '县教育局')).toBe(false);
  });
  it('treats no items as all reported, and does not change its input', () => {
    expect(allItemsReported([], 'everyUnit')).toBe(true);
    const copy = JSON.parse(JSON.stringify(items));
    recordReport(items, { itemId: '1', unit: '县财政局', status: 'done', report: 'x' });
    expect(items).toEqual(copy);
  });
});
