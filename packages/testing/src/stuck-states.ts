import { type AnyRuleModule, allStateNodes, statePath } from '@zwgk/core';
import type { AnyStateNode } from 'xstate';

/** Events the engine itself delivers: a transition on one is a way out that needs no party. */
const ENGINE_EXITS = ['deadline.due', 'deadline.warning', 'child.done'];

/** The roles of a module that belong to the office running the case (`inside: true`). */
export function insideRoles(module: AnyRuleModule): string[] {
  return Object.entries(module.roles as Record<string, { inside?: boolean }>)
    .filter(([, role]) => role.inside === true)
    .map(([name]) => name);
}

/** The ancestors of a node from itself up to the root. */
function lineage(node: AnyStateNode): AnyStateNode[] {
  const out: AnyStateNode[] = [];
  for (let n: AnyStateNode | undefined = node; n !== undefined; n = n.parent) out.push(n);
  return out;
}

/**
 * Whether `node` itself has a transition that leaves `leaf`: eventless, on an engine event (a
 * deadline falling due, a child case or region finishing), or on an event an inside role may send.
 */
function hasExit(module: AnyRuleModule, node: AnyStateNode, leaf: AnyStateNode, inside: ReadonlySet<string>): boolean {
  const leaves = (t: { target?: readonly AnyStateNode[] | undefined }) => (t.target ?? []).some((target) => target !== leaf);
  if ((node.always ?? []).some(leaves)) return true;
  for (const [type, transitions] of node.transitions) {
    if (!transitions.some(leaves)) continue;
    if (ENGINE_EXITS.includes(type) || type.startsWith('xstate.done.')) return true;
    const spec = (module.events as Record<string, { roles: readonly string[] }>)[type];
    if (spec?.roles.some((role) => inside.has(role))) return true;
  }
  return false;
}

/**
 * Non-final leaf states a case can sit in forever: no deadline-driven exit, no child.done (or
 * finished-region) exit and no event an inside-the-office role may send, on the state or any
 * ancestor. A resting leaf of a parallel region is not reported when another region of the same
 * parallel state can still move: the case as a whole is judged, not each region.
 * States the module declares `openEnded` are left out.
 */
export function stuckStates(module: AnyRuleModule): string[] {
  const inside = new Set(insideRoles(module));
  const openEnded = module.openEnded ?? {};
  const descendants = (node: AnyStateNode): AnyStateNode[] => [
    node,
    ...(Object.values(node.states) as AnyStateNode[]).flatMap(descendants),
  ];
  const movable = (region: AnyStateNode): boolean => descendants(region).some((n) => n.type !== 'final' && hasExit(module, n, n, inside));
  const stuck: string[] = [];
  for (const leaf of allStateNodes(module.machine)) {
    if (leaf.type === 'final' || Object.keys(leaf.states).length > 0) continue;
    const path = statePath(leaf) || '(root)';
    if (path in openEnded) continue;
    const chain = lineage(leaf);
    if (chain.some((n) => hasExit(module, n, leaf, inside))) continue;
    // In a parallel state, another region that can still move keeps the case going.
    const inParallel = chain.some((n, i) => {
      const region = chain[i - 1];
      return (
        n.type === 'parallel' && region !== undefined && (Object.values(n.states) as AnyStateNode[]).some((r) => r !== region && movable(r))
      );
    });
    if (!inParallel) stuck.push(path);
  }
  return stuck;
}
