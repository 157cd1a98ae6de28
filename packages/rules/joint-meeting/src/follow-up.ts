import type { AgreedItem } from './events.js';
import type { ItemReportedWhen } from './parameters.js';

/** One unit's standing on one agreed item: its latest report, and whether it reported the item done. */
export interface UnitReport {
  readonly unit: string;
  readonly done: boolean;
  readonly report: string | null;
}

/** An agreed item of the minutes as the office tracks it (第四条(一)3). */
export interface TrackedItem {
  readonly id: string;
  readonly matter: string;
  readonly decidedBy: AgreedItem['decidedBy'];
  /** In the order of the minutes; the first is the lead unit (牵头单位). */
  readonly units: readonly UnitReport[];
}

/**
 * The items of the minutes, each unit not yet reported.
 *
 * @example
 * trackItems([{ id: '1', matter: '编制目录', decidedBy: 'meeting', units: ['县财政局'] }])
 * //=> [{ id: '1', matter: '编制目录', decidedBy: 'meeting', units: [{ unit: '县财政局', done: false, report: null }] }]
 */
export function trackItems(items: readonly AgreedItem[]): TrackedItem[] {
  return items.map((i) => ({
    id: i.id,
    matter: i.matter,
    decidedBy: i.decidedBy,
    units: i.units.map((unit) => ({ unit, done: false, report: null })),
  }));
}

/**
 * Whether an item counts as reported back: every unit reported it done, or (`leadUnit`) its lead unit did.
 *
 * @example
 * isItemReported({ id: '1', matter: 'm', decidedBy: 'meeting', units: [{ unit: 'A', done: true, report: 'ok' }, { unit: 'B', done: false, report: null }] }, 'leadUnit')
 * //=> true
 */
export function isItemReported(item: TrackedItem, when: ItemReportedWhen): boolean {
  return when === 'leadUnit' ? item.units[0]?.done === true : item.units.every((u) => u.done);
}

/** Whether every item is reported back (vacuously true when there are none). */
export function allItemsReported(items: readonly TrackedItem[], when: ItemReportedWhen): boolean {
  return items.every((item) => isItemReported(item, when));
}

/** The units still owing a report on an item not yet reported back, in the order of the minutes. */
export function outstandingReports(
  items: readonly TrackedItem[],
  when: ItemReportedWhen,
): { itemId: string; matter: string; unit: string }[] {
  return items
    .filter((item) => !isItemReported(item, when))
    .flatMap((item) =>
      (when === 'leadUnit' ? item.units.slice(0, 1) : item.units)
        .filter((u) => !u.done)
        .map((u) => ({ itemId: item.id, matter: item.matter, unit: u.unit })),
    );
}

/** Whether `unit` is assigned `itemId` and has not yet reported it done (a report or urging is possible). */
export function mayReport(items: readonly TrackedItem[], itemId: string, unit: string): boolean {
  return items.some((item) => item.id === itemId && item.units.some((u) => u.unit === unit && !u.done));
}

/** The items with one unit's report recorded (a new array; the input is not changed). */
export function recordReport(
  items: readonly TrackedItem[],
  report: { itemId: string; unit: string; status: 'inProgress' | 'done'; report: string },
): TrackedItem[] {
  return items.map((item) =>
    item.id !== report.itemId
      ? item
      : {
          ...item,
          units: item.units.map((u) =>
            u.unit === report.unit ? { unit: u.unit, done: report.status === 'done', report: report.report } : u,
          ),
        },
  );
}
