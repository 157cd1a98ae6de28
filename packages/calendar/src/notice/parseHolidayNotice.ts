import { daysFromCivil, daysInMonth, isoFromDays, isoWeekday } from '../_lib/days.js';
import { CalendarError } from '../CalendarError.js';
import type { AnnualHolidayNotice, HolidayAmendmentNotice, HolidayNotice, NoticeHoliday, NoticeWorkday } from './HolidayNotice.js';

// Reads the text of a State Council holiday notice as published (gov.cn, the 国务院公报, Xinhua):
//   一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
//   五、端午节：6月10日放假，与周末连休。
// Numbered items that say 放假 or 上班 are read, and must be read completely; other lines are prose.
// Anything the reader cannot take one way only is refused with the line.

const NUMBERED_ITEM = /^[一二三四五六七八九十]+、/;
const WEEKDAY_DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };
const WEEKDAY_NAMES = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];

/** Full-width punctuation as the notices print it; spaces dropped (copied texts carry stray ones). */
function normalise(line: string): string {
  return line
    .replace(/\s+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/:/g, '：')
    .replace(/,/g, '，')
    .replace(/\[/g, '〔')
    .replace(/\]/g, '〕');
}

class LineReader {
  constructor(
    readonly line: string,
    readonly lineNumber: number,
  ) {}

  /** The error that refuses this line (thrown by the caller, so the compiler sees the throw). */
  refuse(why: string): CalendarError {
    return new CalendarError('INVALID_NOTICE', `line ${this.lineNumber}: ${why}: "${this.line}"`, {
      line: this.line,
      lineNumber: this.lineNumber,
    });
  }
}

interface NoticeDate {
  readonly year?: number;
  readonly month?: number;
  readonly day: number;
  readonly weekday?: number;
  /** Characters consumed. */
  readonly length: number;
}

const DATE = /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:（([^）]*)）)?/y;

/** A date written 'YYYY年M月D日', 'M月D日' or 'D日', with an optional bracket ('（周四）', '（农历除夕、周二）'). */
function readDate(text: string, at: number, reader: LineReader): NoticeDate | undefined {
  DATE.lastIndex = at;
  const m = DATE.exec(text);
  if (!m) return undefined;
  let weekday: number | undefined;
  if (m[4] !== undefined) {
    const named = [...m[4].matchAll(/(?:周|星期)([一二三四五六日天])/g)];
    if (named.length > 1) throw reader.refuse(`the bracket （${m[4]}） names more than one weekday`);
    if (named.length === 1) weekday = WEEKDAY_DIGITS[named[0]![1]!];
    else if (!m[4].startsWith('农历')) throw reader.refuse(`the bracket （${m[4]}） after a date is neither a weekday nor a lunar date`);
  }
  return {
    ...(m[1] === undefined ? {} : { year: Number(m[1]) }),
    ...(m[2] === undefined ? {} : { month: Number(m[2]) }),
    day: Number(m[3]),
    ...(weekday === undefined ? {} : { weekday }),
    length: m[0].length,
  };
}

/** The day number of a date once its year and month are known; refuses an impossible date or a wrong weekday. */
function resolve(date: NoticeDate, year: number, month: number, reader: LineReader): number {
  if (month < 1 || month > 12 || date.day < 1 || date.day > daysInMonth(year, month))
    throw reader.refuse(`${year}年${month}月${date.day}日 is not a date`);
  const ord = daysFromCivil(year, month, date.day);
  if (date.weekday !== undefined && isoWeekday(ord) !== date.weekday) {
    throw reader.refuse(`${isoFromDays(ord)} is a ${WEEKDAY_NAMES[isoWeekday(ord)]}, but the notice says ${WEEKDAY_NAMES[date.weekday]}`);
  }
  return ord;
}

/** Day numbers of the dates a sentence lists, joined by '、', at its start; `end` is where the list stops. */
function readDateList(text: string, reader: LineReader, yearOf: (month: number) => number): { days: number[]; end: number } {
  const days: number[] = [];
  let at = 0;
  for (;;) {
    const date = readDate(text, at, reader);
    if (!date) throw reader.refuse('expected a date such as 1月4日（周日）');
    if (date.month === undefined) throw reader.refuse('a date of a list needs its month');
    days.push(resolve(date, date.year ?? yearOf(date.month), date.month, reader));
    at += date.length;
    if (text[at] !== '、') return { days, end: at };
    at++;
  }
}

interface ItemContext {
  readonly year: number;
  readonly reader: LineReader;
}

/** 'M月D日(至M月D日)放假(调休)(，共N天|，与周末连休|，不调休)': the holiday's days, or refuses. */
function readDaysOff(sentence: string, { year, reader }: ItemContext): { days: number[]; startYear: number } {
  const start = readDate(sentence, 0, reader);
  if (!start) throw reader.refuse('expected the first day off, e.g. 10月1日');
  let at = start.length;
  let first: number;
  let last: number;
  if (sentence.startsWith('至', at)) {
    const end = readDate(sentence, at + 1, reader);
    if (!end) throw reader.refuse('expected the last day off after 至');
    at += 1 + end.length;
    if (start.month === undefined) throw reader.refuse('the first day of a range needs its month');
    const endMonth = end.month ?? start.month;
    const endYear = end.year ?? (start.year !== undefined && end.month === undefined ? start.year : year);
    // A range written without years that runs back in the calendar crosses New Year: 12月31日至1月2日.
    const startYear = start.year ?? (start.month > endMonth ? endYear - 1 : endYear);
    first = resolve(start, startYear, start.month, reader);
    last = resolve(end, endYear, endMonth, reader);
    if (last < first) throw reader.refuse(`the range runs backwards, from ${isoFromDays(first)} to ${isoFromDays(last)}`);
    if (last - first > 31) throw reader.refuse(`the range from ${isoFromDays(first)} to ${isoFromDays(last)} is longer than a month`);
  } else {
    if (start.month === undefined) throw reader.refuse('a day off needs its month');
    first = last = resolve(start, start.year ?? year, start.month, reader);
  }
  if (!sentence.startsWith('放假', at)) throw reader.refuse('expected 放假 after the dates');
  at += 2;
  if (sentence.startsWith('调休', at)) at += 2;
  const stated: number[] = [];
  const count = /^(?:共)?(\d+)天/;
  const own = count.exec(sentence.slice(at));
  if (own) {
    stated.push(Number(own[1]));
    at += own[0].length;
  }
  let joinsWeekend = false;
  while (at < sentence.length) {
    if (sentence[at] !== '，') throw reader.refuse(`cannot read "${sentence.slice(at)}"`);
    at++;
    const rest = sentence.slice(at);
    const total = count.exec(rest);
    if (total) {
      stated.push(Number(total[1]));
      at += total[0].length;
    } else if (rest.startsWith('与周末连休')) {
      joinsWeekend = true;
      at += 5;
    } else if (rest.startsWith('不调休')) at += 3;
    else throw reader.refuse(`cannot read "${rest}"`);
  }
  const days: number[] = [];
  for (let d = first; d <= last; d++) days.push(d);
  // '与周末连休': the day joins the weekend. The weekend after it is listed as part of the holiday (the
  // shipped schedules, 2019's 清明节 4月5日 → 4-05…4-07, and chinese-days file it so); a weekend before it
  // stays a weekend (2024's 端午节 6月10日, a Monday, is that day alone).
  if (joinsWeekend) {
    if (first !== last) throw reader.refuse('与周末连休 follows a single day');
    const wd = isoWeekday(last);
    if (wd !== 1 && wd !== 5)
      throw reader.refuse(`${isoFromDays(last)} is a ${WEEKDAY_NAMES[wd]}: only a Monday or a Friday joins a weekend`);
    if (wd === 5) days.push(last + 1, last + 2);
  }
  for (const n of stated)
    if (n !== last - first + 1)
      throw reader.refuse(`the notice says ${n} days, but ${isoFromDays(first)}…${isoFromDays(last)} is ${last - first + 1}`);
  return { days, startYear: Number(isoFromDays(first).slice(0, 4)) };
}

/** 'M月D日（星期六）、M月D日（星期日）上班': the weekend days worked. */
function readWorkdays(
  sentence: string,
  { year, reader }: ItemContext,
  holidayStart: { year: number; month: number } | undefined,
): number[] {
  // A bare 'M月D日' in an item whose holiday began the year before (元旦 from 12月30日) is in that year.
  const yearOf = (month: number) => (holidayStart && holidayStart.year < year && month >= holidayStart.month ? holidayStart.year : year);
  const { days, end } = readDateList(sentence, reader, yearOf);
  if (sentence.slice(end) !== '上班') throw reader.refuse(`cannot read "${sentence.slice(end)}"`);
  for (const d of days)
    if (isoWeekday(d) < 6)
      throw reader.refuse(`${isoFromDays(d)} is a ${WEEKDAY_NAMES[isoWeekday(d)]}, not a weekend day, so it cannot be a 调休 working day`);
  return days;
}

/** Splits an item's body into sentences at '。' outside brackets. */
function sentences(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of body) {
    if (ch === '（') depth++;
    if (ch === '）') depth = Math.max(0, depth - 1);
    if (ch === '。' && depth === 0) {
      if (current) out.push(current);
      current = '';
    } else current += ch;
  }
  if (current) out.push(current);
  return out;
}

interface ReadItem {
  readonly name: string;
  readonly days: number[];
  readonly workdays: number[];
}

/** One numbered item that arranges a holiday: its name (from the item, or `defaultName`), days off and days worked. */
function readHolidayItem(body: string, ctx: ItemContext, defaultName: string | undefined): ReadItem {
  const colon = body.indexOf('：');
  const named = colon > 0 && !/\d/.test(body.slice(0, colon));
  const name = named ? body.slice(0, colon) : defaultName;
  if (!name) throw ctx.reader.refuse('the item names no holiday (expected e.g. 元旦：)');
  const parts = sentences(named ? body.slice(colon + 1) : body);
  let days: number[] | undefined;
  let start: { year: number; month: number } | undefined;
  const workdays: number[] = [];
  for (const sentence of parts) {
    if (sentence.includes('放假')) {
      if (days) throw ctx.reader.refuse('the item gives its days off twice');
      const read = readDaysOff(sentence, ctx);
      days = read.days;
      const [y, m] = isoFromDays(days[0]!).split('-').map(Number) as [number, number];
      start = { year: y, month: m };
    } else if (sentence.endsWith('上班')) workdays.push(...readWorkdays(sentence, ctx, start));
    else if (sentence.includes('上班')) throw ctx.reader.refuse(`cannot read "${sentence}"`);
    // Anything else is advice (鼓励…安排职工在除夕休息), not an arrangement.
  }
  if (!days) throw ctx.reader.refuse('the item gives no days off (放假)');
  for (const w of workdays) if (days.includes(w)) throw ctx.reader.refuse(`${isoFromDays(w)} is both a day off and a working day`);
  return { name, days, workdays };
}

const ANNUAL_TITLE = /国务院办公厅关于(\d{4})年部分节假日安排的通知/;
const AMENDMENT_TITLE = /国务院办公厅关于(调整|延长)(\d{4})年(.+?)假期(?:安排)?的通知/;
const NUMBER = /国办发明电〔(\d{4})〕(\d+)号/;
const SIGNED = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;

/**
 * Reads the text of a State Council holiday notice, as published, into a {@link HolidayNotice}:
 * the yearly arrangement (国务院办公厅关于XXXX年部分节假日安排的通知) or a later notice that changes
 * a holiday (关于调整2019年劳动节假期安排的通知, 关于延长2020年春节假期的通知). It cites the notice by
 * its number and the date it bears, when the text gives them.
 *
 * It refuses, with a {@link CalendarError} `INVALID_NOTICE` naming the line, whatever it cannot read
 * one way only: a weekday in brackets that disagrees with the date, a range that runs backwards, a
 * day count ('共7天') that disagrees with the range, a 上班 day that is not a Saturday or Sunday, a
 * numbered item with 放假 or 上班 it cannot read whole. A range written without years that runs back
 * in the calendar crosses New Year ('12月31日至1月2日' in the 2027 notice is 2026-12-31…2027-01-02).
 *
 * @param text - the notice, one paragraph a line (full- or half-width punctuation)
 * @returns the notice's holidays and working days, every date as YYYY-MM-DD
 *
 * @example
 * parseHolidayNotice('国务院办公厅关于2027年部分节假日安排的通知\n一、元旦：1月1日（周五）至3日（周日）放假，共3天。').holidays
 * //=> [{ name: '元旦', days: ['2027-01-01', '2027-01-02', '2027-01-03'] }]
 */
export function parseHolidayNotice(text: string): HolidayNotice {
  if (typeof text !== 'string') throw new CalendarError('INVALID_NOTICE', 'the notice must be text', { value: text });
  const lines = text
    .split(/\r?\n/)
    .map((raw, i) => new LineReader(normalise(raw), i + 1))
    .filter((l) => l.line !== '');
  // A title may be printed over two lines ('国务院办公厅关于2024年' / '部分节假日安排的通知').
  const head = lines
    .slice(0, 4)
    .map((l) => l.line)
    .join('');
  const annual = ANNUAL_TITLE.exec(head);
  const amendment = annual ? null : AMENDMENT_TITLE.exec(head);
  if (!annual && !amendment) {
    throw new CalendarError(
      'INVALID_NOTICE',
      `line 1: expected the title 国务院办公厅关于XXXX年部分节假日安排的通知 (or 关于调整/延长XXXX年…假期的通知) in the first lines: "${lines[0]?.line ?? ''}"`,
      { line: lines[0]?.line ?? '', lineNumber: 1 },
    );
  }
  const title = (annual ?? amendment)![0];
  const year = Number(annual ? annual[1] : amendment![2]);
  const number = NUMBER.exec(head) ?? lines.map((l) => NUMBER.exec(l.line)).find((m) => m !== null) ?? null;
  const signedLine = [...lines].reverse().find((l) => SIGNED.test(l.line));
  let dated: string | undefined;
  if (signedLine) {
    const [, y, m, d] = SIGNED.exec(signedLine.line)!.map(Number) as [number, number, number, number];
    dated = isoFromDays(resolve({ day: d, length: 0 }, y, m, signedLine));
  }
  const heading = { year, notice: number ? number[0] : title, title, ...(dated ? { dated } : {}) };
  const items = lines.filter((l) => NUMBERED_ITEM.test(l.line) && /放假|上班/.test(l.line));
  if (annual) return readAnnual(heading, items);
  return readAmendment(heading, amendment![1] as '调整' | '延长', amendment![3]!, items);
}

function readAnnual(
  heading: Omit<AnnualHolidayNotice, 'kind' | 'holidays' | 'adjustedWorkdays'>,
  items: LineReader[],
): AnnualHolidayNotice {
  const holidays: NoticeHoliday[] = [];
  const adjustedWorkdays: NoticeWorkday[] = [];
  const seen = new Map<number, string>();
  for (const reader of items) {
    const item = readHolidayItem(reader.line.replace(NUMBERED_ITEM, ''), { year: heading.year, reader }, undefined);
    for (const d of [...item.days, ...item.workdays]) {
      const other = seen.get(d);
      if (other) throw reader.refuse(`${isoFromDays(d)} is also set by the item on ${other}`);
      seen.set(d, item.name);
      const y = Number(isoFromDays(d).slice(0, 4));
      if (y !== heading.year && y !== heading.year - 1)
        throw reader.refuse(`${isoFromDays(d)} is outside ${heading.year - 1}–${heading.year}`);
    }
    holidays.push({ name: item.name, days: item.days.map(isoFromDays) });
    adjustedWorkdays.push(...item.workdays.map((d) => ({ date: isoFromDays(d), for: item.name })));
  }
  if (holidays.length === 0) throw new CalendarError('INVALID_NOTICE', `the notice arranges no holiday: no numbered item says 放假`, {});
  adjustedWorkdays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { kind: 'annual', ...heading, holidays, adjustedWorkdays };
}

function readAmendment(
  heading: Omit<HolidayAmendmentNotice, 'kind' | 'holiday'>,
  verb: '调整' | '延长',
  holiday: string,
  items: LineReader[],
): HolidayAmendmentNotice {
  if (items.length !== 1) {
    throw new CalendarError(
      'INVALID_NOTICE',
      `a notice that changes ${holiday} must have one numbered item with 放假 or 上班, found ${items.length}`,
      { items: items.map((i) => i.line) },
    );
  }
  const reader = items[0]!;
  const body = reader.line.replace(NUMBERED_ITEM, '');
  if (verb === '调整') {
    const item = readHolidayItem(body, { year: heading.year, reader }, holiday);
    if (item.name !== holiday) throw reader.refuse(`the item changes ${item.name}, but the title ${holiday}`);
    return {
      kind: 'amendment',
      ...heading,
      holiday,
      replace: { days: item.days.map(isoFromDays), adjustedWorkdays: item.workdays.map((d) => ({ date: isoFromDays(d), for: holiday })) },
    };
  }
  // 延长2020年春节假期至2月2日（农历正月初九，星期日），2月3日（星期一）起正常上班
  const [sentence, ...more] = sentences(body);
  if (more.length > 0) throw reader.refuse('expected one sentence');
  const lead = new RegExp(`^延长(?:${heading.year}年)?${holiday}假期至`).exec(sentence!);
  if (!lead) throw reader.refuse(`expected 延长${heading.year}年${holiday}假期至…`);
  const until = readDate(sentence!, lead[0].length, reader);
  if (!until || until.month === undefined) throw reader.refuse('expected the new last day, e.g. 2月2日');
  const last = resolve(until, until.year ?? heading.year, until.month, reader);
  let at = lead[0].length + until.length;
  if (at < sentence!.length) {
    if (sentence![at] !== '，') throw reader.refuse(`cannot read "${sentence!.slice(at)}"`);
    const back = readDate(sentence!, at + 1, reader);
    if (!back || back.month === undefined || !sentence!.slice(at + 1 + back.length).startsWith('起正常上班'))
      throw reader.refuse(`cannot read "${sentence!.slice(at + 1)}"`);
    const resumes = resolve(back, back.year ?? heading.year, back.month, reader);
    if (resumes !== last + 1) throw reader.refuse(`work resumes on ${isoFromDays(resumes)}, not the day after ${isoFromDays(last)}`);
    at = sentence!.length;
  }
  return { kind: 'amendment', ...heading, holiday, extendTo: isoFromDays(last) };
}
