import type { AnyRuleModule, AuditEntry } from '@zwgk/core';
import { clausesOfEntry } from '@zwgk/scenarios';

export { leafPaths } from '@zwgk/scenarios';

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
 * The clauses a case's audit trail shows exercised: the transitions taken, the events applied,
 * the deadlines changed, the notices sent, the breaches recorded (see `clausesOfEntry`).
 */
export function exercisedClauses(module: AnyRuleModule, entries: readonly AuditEntry[]): Set<string> {
  return new Set(entries.flatMap((entry) => clausesOfEntry(module, entry)));
}
