import type { AnyRuleModule } from '@zwgk/core';
import { allStateNodes, type ClauseReferenceKind, clauseReferences, statePath, statesWithDelays, type TransitionRow } from '@zwgk/core';
import { builtInKnownStuckStates } from './known-stuck-states.js';
import { insideRoles, stuckStates } from './stuck-states.js';

const where = (row: TransitionRow) => `${row.from || '(root)'} --${row.event || 'always'}--> ${row.to.join(',') || '(self)'}`;
const placeOf: Record<ClauseReferenceKind, (name: string) => string> = {
  deadline: (name) => `deadlines.${name}`,
  deadlineExtension: (name) => `deadlines.${name}.extension`,
  deadlinePause: (name) => `deadlines.${name}.pause`,
  event: (name) => `events.${name}`,
  notice: (name) => `notices.${name}`,
  breach: (name) => `breaches.${name}`,
  afterClosure: (name) => `afterClosure.${name}`,
  transition: (name) => name,
  unimplemented: (name) => `unimplemented.${name}`,
};
const insideRolesText = (module: AnyRuleModule) => insideRoles(module).join(', ') || 'none declared: set inside: true on the office roles';
const allPaths = (module: AnyRuleModule) => new Set(allStateNodes(module.machine).map(statePath));

/** What {@link checkRuleModule} found; empty `problems` means the module passes. */
export interface ModuleCheck {
  readonly module: string;
  readonly problems: readonly string[];
  /** Clause id → where it is implemented (deadlines, events, notices, breaches, transitions). */
  readonly coverage: Readonly<Record<string, readonly string[]>>;
}

/** What a module's test may waive in {@link checkRuleModule}, each with its reason. */
export interface ModuleCheckOptions {
  /**
   * Known defects, not intent: states (dotted paths) that can wait forever today, each with the
   * issue that fixes them. A listed state that is no longer stuck is itself a problem (remove it).
   * A state that may wait by design is declared `openEnded` in the module instead. Added to the
   * built-in modules' list (`builtInKnownStuckStates`).
   */
  readonly knownStuckStates?: Readonly<Record<string, string>>;
}

/**
 * Checks a rule module beyond what `defineRuleModule` enforces: every transition cites a
 * clause, every clause of the table is implemented somewhere or listed as unimplemented with
 * its reason, no state uses xstate `after` for legal time, and no non-final state can wait
 * forever (no deadline-driven exit, no child.done exit, no event an inside-the-office role may send)
 * unless the module declares it `openEnded` with a reason.
 */
export function checkRuleModule(module: AnyRuleModule, options: ModuleCheckOptions = {}): ModuleCheck {
  const problems: string[] = [];
  const coverage: Record<string, string[]> = Object.fromEntries(Object.keys(module.clauses).map((c) => [c, []]));
  for (const row of module.transitions) {
    if (row.clauses.length === 0) problems.push(`transition ${where(row)} cites no clause (meta: { clause })`);
  }
  for (const ref of clauseReferences(module)) {
    if (ref.kind === 'unimplemented') continue;
    coverage[ref.clause]?.push(ref.transition ? where(ref.transition) : placeOf[ref.kind](ref.name));
  }
  const unimplemented = (module.unimplemented ?? {}) as Record<string, string>;
  for (const [clause, places] of Object.entries(coverage)) {
    if (places.length === 0 && !(clause in unimplemented)) {
      problems.push(
        `clause ${clause} (${(module.clauses as Record<string, { citation: string }>)[clause]?.citation}) is implemented nowhere and not listed in unimplemented`,
      );
    }
    if (places.length > 0 && clause in unimplemented)
      problems.push(`clause ${clause} is listed as unimplemented but ${places[0]} cites it`);
  }
  for (const state of statesWithDelays(module.machine)) problems.push(`state ${state} uses xstate 'after'`);
  const known = { ...builtInKnownStuckStates[module.key], ...options.knownStuckStates };
  const stuck = stuckStates(module);
  for (const state of stuck.filter((s) => !(s in known))) {
    problems.push(
      `state ${state} can wait forever: no deadline-driven exit, no child.done exit and no event an inside role (${insideRolesText(module)}) may send; ` +
        'add a deadline or an inside event that moves on, or declare it openEnded with the reason',
    );
  }
  for (const state of Object.keys(known).filter((s) => !stuck.includes(s)))
    problems.push(`knownStuckStates lists ${state}, which is not stuck: remove it`);
  for (const state of Object.keys(module.openEnded ?? {})) {
    if (!allPaths(module).has(state)) problems.push(`openEnded names ${state}, which is not a state of the machine`);
  }
  return { module: module.key, problems, coverage };
}
