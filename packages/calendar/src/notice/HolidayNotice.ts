/**
 * A State Council notice on holidays, as read from its text by {@link parseHolidayNotice}: the yearly
 * arrangement (国务院办公厅关于XXXX年部分节假日安排的通知), or a notice that changes one holiday of a year
 * already announced (关于调整…假期安排的通知, 关于延长…假期的通知).
 *
 * Dates may lie outside `year`: a New Year holiday announced for 2019 begins on 2018-12-30.
 *
 * @example
 * parseHolidayNotice(text2024).holidays[0]
 * //=> { name: '元旦', days: ['2024-01-01'] }
 */
export type HolidayNotice = AnnualHolidayNotice | HolidayAmendmentNotice;

/** Fields every notice has. */
interface NoticeHeading {
  /** The year whose holidays the notice arranges. */
  readonly year: number;
  /** Its document number ('国办发明电〔2023〕7号'), or its title when the text gives no number. */
  readonly notice: string;
  readonly title: string;
  /** The date the notice bears (its last line, 'YYYY年M月D日'), as YYYY-MM-DD, when the text gives it. */
  readonly dated?: string;
}

/** One holiday of a notice with every day off of its range, in date order. */
export interface NoticeHoliday {
  readonly name: string;
  readonly days: readonly string[];
}

/** A weekend day the notice makes a working day, with the holiday it makes up for. */
export interface NoticeWorkday {
  readonly date: string;
  readonly for: string;
}

/**
 * The yearly arrangement: every holiday and every 调休 working day.
 *
 * @example
 * const n: AnnualHolidayNotice = { kind: 'annual', year: 2027, notice: '国办发明电〔2026〕X号', title: '…', holidays: [], adjustedWorkdays: [] };
 * n.kind
 * //=> 'annual'
 */
export interface AnnualHolidayNotice extends NoticeHeading {
  readonly kind: 'annual';
  readonly holidays: readonly NoticeHoliday[];
  readonly adjustedWorkdays: readonly NoticeWorkday[];
}

/**
 * A later notice on one holiday of a year already announced: `replace` gives the holiday's new days
 * and 调休 days (调整2019年劳动节假期安排); `extendTo` runs the holiday on to that date, its days no
 * longer worked (延长2020年春节假期至2月2日).
 *
 * @example
 * const n: HolidayAmendmentNotice = { kind: 'amendment', year: 2020, notice: '国办发明电〔2020〕1号', title: '…', holiday: '春节', extendTo: '2020-02-02' };
 * n.extendTo
 * //=> '2020-02-02'
 */
export interface HolidayAmendmentNotice extends NoticeHeading {
  readonly kind: 'amendment';
  /** The holiday changed, as named in the schedule ('劳动节'). */
  readonly holiday: string;
  readonly replace?: { readonly days: readonly string[]; readonly adjustedWorkdays: readonly NoticeWorkday[] };
  readonly extendTo?: string;
}
