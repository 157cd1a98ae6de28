/** Whether the release is proactive disclosure or the answer to an application. */
export type Mode = 'proactive' | 'application';

/** What differs between the two kinds of consultation: deadline, breach and clause names. */
export const MODES = {
  proactive: { send: 'sendProactive', reply: 'replyProactive', late: 'letterLateProactive', clause: '第七条', replyDays: 10 },
  application: { send: 'sendApplication', reply: 'replyApplication', late: 'letterLateApplication', clause: '第八条', replyDays: 5 },
} as const;

/**
 * The most agencies one consultation writes to. Each consulted agency has its own reply period
 * (第七条, 第八条, 第十条), so each has its own deadline, and deadline names are declared in the
 * manifest: the module declares this many per kind of consultation.
 */
export const MAX_CONSULTED_AGENCIES = 10;

/**
 * The name of the reply deadline of the consulted agency at `index` (0-based, in the order of the
 * case input, repeated names dropped): `replyProactive` / `replyApplication` for the first, then
 * `….2`, `….3` and so on. The first keeps the plain name that single-agency cases always had.
 */
export function replyDeadlineName(mode: Mode, index: number): string {
  const base = MODES[mode].reply;
  return index === 0 ? base : `${base}.${index + 1}`;
}
