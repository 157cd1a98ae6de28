import { type AnyRuleModule, type AuditEntry, clauseReferences } from '@zwgk/core';
import { clausesOfEntry } from '@zwgk/scenarios';

export { leafPaths } from '@zwgk/scenarios';

/** Every clause a module cites: in deadlines, events, notices, breaches and transitions. */
export function citedClauses(module: AnyRuleModule): Set<string> {
  return new Set(
    clauseReferences(module)
      .filter((ref) => ref.kind !== 'unimplemented')
      .map((ref) => ref.clause),
  );
}

/**
 * The clauses a case's audit trail shows exercised: the transitions taken, the events applied,
 * the deadlines changed, the notices sent, the breaches recorded (see `clausesOfEntry`).
 */
export function exercisedClauses(module: AnyRuleModule, entries: readonly AuditEntry[]): Set<string> {
  return new Set(entries.flatMap((entry) => clausesOfEntry(module, entry)));
}
