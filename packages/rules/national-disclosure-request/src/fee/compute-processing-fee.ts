/**
 * How the information processing fee is counted (国办函〔2020〕109号 第三条): by item (按件,
 * 第四条) or by volume (按量, 第五条), never both for one application.
 */
export type FeeBasis =
  | {
      readonly basis: 'perItem';
      /** Items this applicant already applied for in the same natural month, before this application (第四条). */
      readonly earlierItemsThisMonth: number;
      /** Items this application counts for, split by “一事一申请” at the smallest reasonable unit (第四条). */
      readonly items: number;
    }
  | {
      readonly basis: 'perVolume';
      /** Pages provided, on paper, by e-mail or as copied electronic data (第五条). */
      readonly pages: number;
    };

/** One band of the progressive scale: how many units fell in it, at what price, for what sum. */
export interface FeeBand {
  /** The band in the text's words, e.g. `11—30件（含30件）的部分`. */
  readonly band: string;
  readonly units: number;
  readonly unitPriceYuan: number;
  readonly amountYuan: number;
  /** The clause that sets the band, e.g. `国办函〔2020〕109号 第四条第二款第（二）项`. */
  readonly clause: string;
}

/** The computed fee: the total in yuan and the bands it is made of. */
export interface ProcessingFee {
  readonly basis: FeeBasis['basis'];
  readonly amountYuan: number;
  readonly bands: readonly FeeBand[];
}

const PER_ITEM = '国办函〔2020〕109号 第四条';
const PER_VOLUME = '国办函〔2020〕109号 第五条';

/** The price in yuan of the nth item of a natural month (1-based), by 第四条第二款. */
export function perItemPrice(n: number): number {
  if (n <= 10) return 0;
  if (n <= 30) return 100;
  // 31件以上：以10件为一档，每增加一档，收费标准提高100元/件 (31–40: 200, 41–50: 300, …).
  return 200 + Math.floor((n - 31) / 10) * 100;
}

/** The price in yuan of the nth page of one application (1-based), by 第五条第二款. */
export function perPagePrice(n: number): number {
  if (n <= 30) return 0;
  if (n <= 100) return 10;
  if (n <= 200) return 20;
  return 40;
}

function perItemBandName(price: number): string {
  if (price === 0) return '10件以下（含10件）';
  if (price === 100) return '11—30件（含30件）的部分';
  const from = 31 + ((price - 200) / 100) * 10;
  return `${from}—${from + 9}件的部分（31件以上，每10件一档）`;
}

function perVolumeBandName(price: number): string {
  return (
    { 0: '30页以下（含30页）', 10: '31—100页（含100页）的部分', 20: '101—200页（含200页）的部分', 40: '201页以上的部分' }[price] ??
    String(price)
  );
}

/**
 * Computes the information processing fee of 《政府信息公开信息处理费管理办法》 (国办函〔2020〕109号):
 * progressive by item within the applicant's natural month (第四条) or by page (第五条). Pure; the
 * amount is never typed in by a clerk.
 *
 * @example
 * computeProcessingFee({ basis: 'perItem', earlierItemsThisMonth: 28, items: 5 }).amountYuan
 * //=> 2 × 100 + 3 × 200 = 800
 * computeProcessingFee({ basis: 'perVolume', pages: 120 }).amountYuan
 * //=> 70 × 10 + 20 × 20 = 1100
 */
export function computeProcessingFee(basis: FeeBasis): ProcessingFee {
  const [first, count, price, bandName, clause] =
    basis.basis === 'perItem'
      ? [basis.earlierItemsThisMonth + 1, basis.items, perItemPrice, perItemBandName, PER_ITEM]
      : [1, basis.pages, perPagePrice, perVolumeBandName, PER_VOLUME];
  const bands: FeeBand[] = [];
  for (let n = first; n < first + count; n++) {
    const unitPriceYuan = price(n);
    const last = bands.at(-1);
    if (last && last.unitPriceYuan === unitPriceYuan) {
      bands[bands.length - 1] = { ...last, units: last.units + 1, amountYuan: last.amountYuan + unitPriceYuan };
    } else {
      bands.push({ band: bandName(unitPriceYuan), units: 1, unitPriceYuan, amountYuan: unitPriceYuan, clause });
    }
  }
  return { basis: basis.basis, amountYuan: bands.reduce((sum, b) => sum + b.amountYuan, 0), bands };
}
