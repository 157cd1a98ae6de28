import { describe, expect, it } from 'vitest';
import { computeProcessingFee, feeNoticeSchema, perItemPrice, perPagePrice } from '../src/index.js';

// 国办函〔2020〕109号 第四条 (by item, per natural month) and 第五条 (by page), progressive.
describe('the information processing fee (国办函〔2020〕109号)', () => {
  it.each([
    [1, 0],
    [10, 0],
    [11, 100],
    [30, 100],
    [31, 200],
    [40, 200],
    [41, 300],
    [50, 300],
    [51, 400],
  ])('the %ith item of a month costs %i yuan (第四条)', (n, price) => expect(perItemPrice(n)).toBe(price));

  it.each([
    [30, 0],
    [31, 10],
    [100, 10],
    [101, 20],
    [200, 20],
    [201, 40],
  ])('page %i costs %i yuan (第五条)', (n, price) => expect(perPagePrice(n)).toBe(price));

  it('counts by item from the applicant’s earlier items of the month, band by band', () => {
    // Items 29–33: 29, 30 at 100; 31, 32, 33 at 200.
    expect(computeProcessingFee({ basis: 'perItem', earlierItemsThisMonth: 28, items: 5 })).toEqual({
      basis: 'perItem',
      amountYuan: 800,
      bands: [
        { band: '11—30件（含30件）的部分', units: 2, unitPriceYuan: 100, amountYuan: 200, clause: '国办函〔2020〕109号 第四条' },
        {
          band: '31—40件的部分（31件以上，每10件一档）',
          units: 3,
          unitPriceYuan: 200,
          amountYuan: 600,
          clause: '国办函〔2020〕109号 第四条',
        },
      ],
    });
  });

  it('counts by volume: 250 pages are 0 + 70×10 + 100×20 + 50×40 = 4,700 yuan', () => {
    expect(computeProcessingFee({ basis: 'perVolume', pages: 250 }).amountYuan).toBe(4700);
  });

  it('does not change its input', () => {
    const basis = Object.freeze({ basis: 'perVolume', pages: 120 } as const);
    computeProcessingFee(basis);
    expect(basis).toEqual({ basis: 'perVolume', pages: 120 });
  });

  it('refuses a notice with a typed amount, or with nothing to charge', () => {
    const typed = feeNoticeSchema.safeParse({ basis: 'perVolume', pages: 120, reason: 'r', paymentMethod: 'p', amountYuan: 1100 });
    expect(typed.success).toBe(false);
    expect(typed.error?.issues[0]).toMatchObject({ path: ['amountYuan'], message: expect.stringContaining('computed') });
    const free = feeNoticeSchema.safeParse({ basis: 'perItem', earlierItemsThisMonth: 3, items: 2, reason: 'r', paymentMethod: 'p' });
    expect(free.error?.issues[0]?.message).toContain('free threshold');
  });
});
