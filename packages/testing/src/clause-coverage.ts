import type { AnyRuleModule, AuditEntry } from '@zwgk/core';

/** Every clause a module cites: in deadlines, events, notices, breaches and transitions. */
export function citedClauses(module: AnyRuleModule): Set<string> {
  const cited = new Set<string>();
  for (const d of Object.values(module.deadlines ?? {})) [d.clause, d.extension?.clause, d.pause?.clause].forEach((c) => c && cited.add(c));
  for (const e of Object.values(module.events)) if (e.clause) cited.add(e.clause);
  for (const n of Object.values(module.notices ?? {})) cited.add(n.clause);
  for (const b of Object.values(module.breaches ?? {})) cited.add(b.clause);
  for (const t of module.transitions) t.clauses.forEach((c) => cited.add(c));
  return cited;
}

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
const within = (state: string, node: string) => node === '' || leafPaths(state).some((leaf) => leaf === node || leaf.startsWith(`${node}.`));

/**
 * The clauses a case's audit trail shows exercised: the transitions taken (matched by source state,
 * event and target), the events applied, the deadlines changed, the notices sent, the breaches recorded.
 */
export function exercisedClauses(module: AnyRuleModule, entries: readonly AuditEntry[]): Set<string> {
  const exercised = new Set<string>();
  // Eventless transitions leave no entry of their own: one counts when the case arrives, after an
  // event or at opening, in a state it targets. (An approximation: it may credit an eventless
  // transition whose target the case reached another way.)
  const eventless = module.transitions.filter((row) => row.event === '');
  const countEventless = (after: string) => {
    for (const row of eventless) if (row.to.some((target) => within(after, target))) row.clauses.forEach((c) => exercised.add(c));
  };
  for (const entry of entries) {
    const data = entry.data as Record<string, any>;
    if (entry.kind === 'case.opened') countEventless(String(data.state));
    if ((entry.kind === 'event.applied' || entry.kind === 'engine.event') && data.delivered === true) {
      const type: string = data.event.type;
      const spec = module.events[type];
      if (spec?.clause) exercised.add(spec.clause);
      for (const row of module.transitions) {
        if (row.event !== type || !within(data.from, row.from)) continue;
        const reached = row.to.length === 0 ? data.to === data.from : row.to.some((target) => within(data.to, target) || data.to === target);
        if (reached) row.clauses.forEach((c) => exercised.add(c));
      }
      countEventless(String(data.to));
    }
    if (entry.kind === 'deadline.changed') {
      const spec = module.deadlines?.[data.name];
      if (!spec) continue;
      exercised.add(spec.clause);
      if (data.op === 'extend' && spec.extension) exercised.add(spec.extension.clause);
      if ((data.op === 'pause' || data.op === 'resume') && spec.pause) exercised.add(spec.pause.clause);
    }
    if (entry.kind === 'notice.sent' || entry.kind === 'breach.recorded') exercised.add(String(data.clause));
  }
  return exercised;
}
