import type { AnyRuleModule } from '@zwgk/core';
import { statesWithDelays } from '@zwgk/core';

/** What {@link checkRuleModule} found; empty `problems` means the module passes. */
export interface ModuleCheck {
  readonly module: string;
  readonly problems: readonly string[];
  /** Clause id → where it is implemented (deadlines, events, notices, breaches, transitions). */
  readonly coverage: Readonly<Record<string, readonly string[]>>;
}

/**
 * Checks a rule module beyond what `defineRuleModule` enforces: every transition cites a
 * clause, every clause of the table is implemented somewhere or listed as unimplemented with
 * its reason, and no state uses xstate `after` for legal time.
 */
export function checkRuleModule(module: AnyRuleModule): ModuleCheck {
  const problems: string[] = [];
  const coverage: Record<string, string[]> = Object.fromEntries(Object.keys(module.clauses).map((c) => [c, []]));
  const cover = (clause: string | undefined, where: string) => {
    if (clause !== undefined) coverage[clause]?.push(where);
  };
  for (const [name, d] of Object.entries(module.deadlines ?? {})) {
    cover(d.clause, `deadlines.${name}`);
    cover(d.extension?.clause, `deadlines.${name}.extension`);
    cover(d.pause?.clause, `deadlines.${name}.pause`);
  }
  for (const [type, e] of Object.entries(module.events)) cover(e.clause, `events.${type}`);
  for (const [name, n] of Object.entries(module.notices ?? {})) cover(n.clause, `notices.${name}`);
  for (const [name, b] of Object.entries(module.breaches ?? {})) cover(b.clause, `breaches.${name}`);
  for (const row of module.transitions) {
    const where = `${row.from || '(root)'} --${row.event || 'always'}--> ${row.to.join(',') || '(self)'}`;
    if (row.clauses.length === 0) problems.push(`transition ${where} cites no clause (meta: { clause })`);
    row.clauses.forEach((c) => cover(c, where));
  }
  const unimplemented = (module.unimplemented ?? {}) as Record<string, string>;
  for (const [clause, places] of Object.entries(coverage)) {
    if (places.length === 0 && !(clause in unimplemented)) {
      problems.push(`clause ${clause} (${(module.clauses as Record<string, { citation: string }>)[clause]?.citation}) is implemented nowhere and not listed in unimplemented`);
    }
    if (places.length > 0 && clause in unimplemented) problems.push(`clause ${clause} is listed as unimplemented but ${places[0]} cites it`);
  }
  for (const state of statesWithDelays(module.machine)) problems.push(`state ${state} uses xstate 'after'`);
  return { module: module.key, problems, coverage };
}
