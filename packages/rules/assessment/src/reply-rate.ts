import type { DeadlineRecord } from '@zwgk/core';

/** Options of the on-time reply rate (程序和时限, 第四条第(五)项) computed from stored deadlines. */
export interface ReplyRateOptions {
  /** The deadline name to count; `reply` (《西吉县政府信息依申请公开制度》第八条) by default. */
  readonly name?: string;
  /** Deadlines still running count only once this instant has passed their due instant; default: never. */
  readonly asOf?: string;
}

/**
 * The share of reply deadlines met: a measured fact for 第四条第(五)项 (是否按《条例》要求的时限
 * 实行…依申请公开). A deadline counts when it has an outcome: `met` is on time, `missed` late;
 * `cancelled` ones (an abandoned application, a case ended) are left out. A deadline still running
 * counts as missed once it has fallen due (`fellDue`) or, with `asOf`, once its due instant is
 * before `asOf`; otherwise it is left out. Pure: the records are not changed.
 *
 * @param deadlines - deadline records, e.g. of the unit's cases in the assessed year
 * @returns the share in 0…1, or null when no deadline counts
 * @example
 * onTimeReplyRate([{ name: 'reply', outcome: 'met', … }, { name: 'reply', outcome: 'missed', … }])
 * //=> 0.5
 */
export function onTimeReplyRate(deadlines: readonly DeadlineRecord[], options: ReplyRateOptions = {}): number | null {
  const name = options.name ?? 'reply';
  const asOfMs = options.asOf === undefined ? null : Date.parse(options.asOf);
  let met = 0;
  let counted = 0;
  for (const d of deadlines) {
    if (d.name !== name) continue;
    if (d.outcome === 'met') {
      met++;
      counted++;
    } else if (d.outcome === 'missed') {
      counted++;
    } else if (d.outcome === null && (d.fellDue || (asOfMs !== null && d.dueAtMs !== null && d.dueAtMs <= asOfMs))) {
      counted++;
    }
  }
  return counted === 0 ? null : met / counted;
}
