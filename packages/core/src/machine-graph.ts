import type { AnyStateMachine, AnyStateNode } from 'xstate';

/** One transition of a machine, as a row of the module's clause table. */
export interface TransitionRow {
  /** Dotted path of the source state, e.g. `answering.thirdParty`. */
  readonly from: string;
  /** The event type; `''` for an eventless (`always`) transition. */
  readonly event: string;
  /** Dotted paths of the target states (empty for a self transition without target). */
  readonly to: readonly string[];
  readonly guard?: string;
  readonly clauses: readonly string[];
  readonly description?: string;
}

/** A state node's dotted path relative to the root (`''` for the root). */
export function statePath(node: AnyStateNode): string {
  return node.path.join('.');
}

/** All state nodes, depth first. */
export function allStateNodes(machine: AnyStateMachine): AnyStateNode[] {
  const out: AnyStateNode[] = [];
  const visit = (node: AnyStateNode) => {
    out.push(node);
    for (const child of Object.values(node.states) as AnyStateNode[]) visit(child);
  };
  visit(machine.root);
  return out;
}

function clausesOf(meta: unknown): string[] {
  const clause = (meta as { clause?: unknown } | undefined)?.clause;
  if (typeof clause === 'string') return [clause];
  if (Array.isArray(clause)) return clause.filter((c): c is string => typeof c === 'string');
  return [];
}

function guardName(guard: unknown): string | undefined {
  if (guard === undefined) return undefined;
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'object' && guard !== null && 'type' in guard) return String((guard as { type: unknown }).type);
  // xstate's and()/or()/not() are functions carrying their operands in `guards`.
  const composite = guard as { name?: string; guards?: unknown[] };
  if (typeof guard === 'function' && Array.isArray(composite.guards)) {
    const op = composite.name?.replace(/Guard$/, '') || 'guard';
    return `${op}(${composite.guards.map(guardName).join(', ')})`;
  }
  // The kit's deadlineDue(name) guard carries its deadline and a readable name.
  if (typeof guard === 'function' && 'deadline' in guard) return (guard as { name: string }).name;
  return 'inline guard';
}

/** Every transition of the machine with the clauses its `meta` cites. */
export function transitionRows(machine: AnyStateMachine): TransitionRow[] {
  const rows: TransitionRow[] = [];
  for (const node of allStateNodes(machine)) {
    const definitions = [...node.transitions.values()].flat().concat(node.always ?? []);
    for (const t of definitions) {
      const description = (t as { description?: string }).description;
      const guard = guardName(t.guard);
      rows.push({
        from: statePath(node),
        event: t.eventType ?? '',
        to: (t.target ?? []).map((n: AnyStateNode) => statePath(n)),
        ...(guard === undefined ? {} : { guard }),
        clauses: clausesOf(t.meta),
        ...(description === undefined ? {} : { description }),
      });
    }
  }
  return rows;
}

/** State nodes that use xstate's `after` (delayed transitions), which the engine forbids for legal time. */
export function statesWithDelays(machine: AnyStateMachine): string[] {
  return allStateNodes(machine)
    .filter((node) => node.after.length > 0)
    .map((node) => statePath(node) || '(root)');
}

/** The event types the machine handles anywhere. */
export function handledEventTypes(machine: AnyStateMachine): Set<string> {
  const types = new Set<string>();
  for (const node of allStateNodes(machine)) for (const type of node.transitions.keys()) types.add(type);
  return types;
}
