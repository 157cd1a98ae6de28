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

const within = (state: string, node: string) => node === '' || state === node || state.startsWith(`${node}.`) || state.includes(`|${node}`);

/**
 * The clauses a case's audit trail shows exercised: the transitions taken (matched by source state,
 * event and target), the events applied, the deadlines changed, the notices sent, the breaches recorded.
 */
export function exercisedClauses(module: AnyRuleModule, entries: readonly AuditEntry[]): Set<string> {
  const exercised = new Set<string>();
  for (const entry of entries) {
    const data = entry.data as Record<string, any>;
    if ((entry.kind === 'event.applied' || entry.kind === 'engine.event') && data.delivered === true) {
      const type: string = data.event.type;
      const spec = module.events[type];
      if (spec?.clause) exercised.add(spec.clause);
      for (const row of module.transitions) {
        if (row.event !== type || !within(data.from, row.from)) continue;
        const reached = row.to.length === 0 ? data.to === data.from : row.to.some((target) => within(data.to, target) || data.to === target);
        if (reached) row.clauses.forEach((c) => exercised.add(c));
      }
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
