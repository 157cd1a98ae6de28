import { type AnyRuleModule, type AuditEntry, deadlineSpec } from '@zwgk/core';

/**
 * The leaf paths of a state string: `handling.(main.examining|review.none)` →
 * [`handling.main.examining`, `handling.review.none`] (see `stateToString` in core).
 */
export function leafPaths(state: string): string[] {
  const regions: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < state.length; i++) {
    const ch = state[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      regions.push(state.slice(start, i));
      start = i + 1;
    }
  }
  regions.push(state.slice(start));
  return regions.flatMap((region) => {
    const open = region.indexOf('(');
    if (open < 0) return [region];
    const prefix = region.slice(0, open); // ends with '.'
    return leafPaths(region.slice(open + 1, region.lastIndexOf(')'))).map((inner) => `${prefix}${inner}`);
  });
}

/** Whether the state (a state string) is in the state node at `node` (a dotted path; '' is the root). */
const within = (state: string, node: string) =>
  node === '' || leafPaths(state).some((leaf) => leaf === node || leaf.startsWith(`${node}.`));

/**
 * The clause ids behind one audit entry: the transition it took (matched by source state, event
 * and target), the event's own clause, the deadline it changed, the notice or breach it records.
 * Eventless transitions leave no entry of their own: they are credited to the entry after which
 * the case is newly in a state they target (an approximation: it may credit an eventless
 * transition whose target the case reached another way).
 */
export function clausesOfEntry(module: AnyRuleModule, entry: AuditEntry): string[] {
  const clauses = new Set<string>();
  // biome-ignore lint/suspicious/noExplicitAny: entry data differs by kind; each branch reads its own fields
  const data = entry.data as Record<string, any>;
  const eventlessInto = (after: string, before?: string) => {
    for (const row of module.transitions) {
      if (row.event !== '') continue;
      if (row.to.some((target) => within(after, target) && (before === undefined || !within(before, target))))
        row.clauses.forEach((c) => clauses.add(c));
    }
  };
  switch (entry.kind) {
    case 'case.opened':
      eventlessInto(String(data.state));
      break;
    case 'event.applied':
    case 'engine.event': {
      if (data.delivered !== true) break;
      const type: string = data.event.type;
      const spec = module.events[type];
      if (spec?.clause) clauses.add(spec.clause);
      for (const row of module.transitions) {
        if (row.event !== type || !within(data.from, row.from)) continue;
        const reached =
          row.to.length === 0 ? data.to === data.from : row.to.some((target) => within(data.to, target) || data.to === target);
        if (reached) row.clauses.forEach((c) => clauses.add(c));
      }
      eventlessInto(String(data.to), String(data.from));
      break;
    }
    case 'deadline.changed':
    case 'deadline.warned':
    case 'deadline.fell-due': {
      // A keyed family's deadline is named `family:key` (one party's period): its spec is the family's.
      const spec = deadlineSpec(module, String(data.name));
      if (!spec) break;
      clauses.add(spec.clause);
      if (data.op === 'extend' && spec.extension) clauses.add(spec.extension.clause);
      if ((data.op === 'pause' || data.op === 'resume') && spec.pause) clauses.add(spec.pause.clause);
      break;
    }
    case 'notice.sent':
    case 'breach.recorded':
      clauses.add(String(data.clause));
      break;
    default:
      break;
  }
  return [...clauses];
}
