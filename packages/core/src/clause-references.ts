import type { TransitionRow } from './machine-graph.js';
import type { RuleModuleDefinition } from './manifest.js';

/** Where a module cites a clause. */
export type ClauseReferenceKind =
  | 'deadline'
  | 'deadlineExtension'
  | 'deadlinePause'
  | 'event'
  | 'notice'
  | 'breach'
  | 'afterClosure'
  | 'transition'
  | 'unimplemented';

/** One citation of a clause id somewhere in a module. */
export interface ClauseReference {
  readonly clause: string;
  readonly kind: ClauseReferenceKind;
  /** The deadline, event, notice or breach name; the state path for a transition; the clause for `unimplemented`. */
  readonly name: string;
  /** Where it is written, for messages: `deadlines.reply.extension.clause`, `machine transition a --e--> b meta.clause`. */
  readonly path: string;
  /** The transition, for `transition` references. */
  readonly transition?: TransitionRow;
}

/** What the walker reads: a module definition's tables and its machine's transitions. */
export type ClauseReferenceSource = Pick<
  RuleModuleDefinition,
  'events' | 'deadlines' | 'notices' | 'breaches' | 'afterClosure' | 'unimplemented'
> & {
  readonly transitions: readonly TransitionRow[];
};

/**
 * Every clause reference of a module, in a fixed order: deadlines (period, extension, clock stop),
 * events, notices, breaches, facts recorded after closure, the machine's transitions, and the clauses listed as unimplemented.
 * Validation, the module check, clause coverage and the README's clause table are filters of it.
 */
export function clauseReferences(module: ClauseReferenceSource): ClauseReference[] {
  const refs: ClauseReference[] = [];
  const add = (clause: string | undefined, kind: ClauseReferenceKind, name: string, path: string, transition?: TransitionRow) => {
    if (clause !== undefined) refs.push({ clause, kind, name, path, ...(transition === undefined ? {} : { transition }) });
  };
  for (const [name, d] of Object.entries(module.deadlines ?? {})) {
    add(d.clause, 'deadline', name, `deadlines.${name}.clause`);
    add(d.extension?.clause, 'deadlineExtension', name, `deadlines.${name}.extension.clause`);
    add(d.pause?.clause, 'deadlinePause', name, `deadlines.${name}.pause.clause`);
  }
  for (const [type, e] of Object.entries(module.events)) add(e.clause, 'event', type, `events.${type}.clause`);
  for (const [name, n] of Object.entries(module.notices ?? {})) add(n.clause, 'notice', name, `notices.${name}.clause`);
  for (const [name, b] of Object.entries(module.breaches ?? {})) add(b.clause, 'breach', name, `breaches.${name}.clause`);
  for (const [type, a] of Object.entries(module.afterClosure ?? {})) add(a.clause, 'afterClosure', type, `afterClosure.${type}.clause`);
  for (const row of module.transitions) {
    const path = `machine transition ${row.from || '(root)'} --${row.event || 'always'}--> meta.clause`;
    for (const clause of row.clauses) add(clause, 'transition', row.from, path, row);
  }
  for (const clause of Object.keys(module.unimplemented ?? {})) add(clause, 'unimplemented', clause, `unimplemented.${clause}`);
  return refs;
}
