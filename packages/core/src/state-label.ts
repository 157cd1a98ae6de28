import type { AnyStateMachine } from 'xstate';
import type { Bilingual } from './manifest.js';

interface StateNodeLike {
  readonly description?: string;
  readonly meta?: unknown;
  readonly states?: Readonly<Record<string, StateNodeLike>>;
}

const isBilingual = (value: unknown): value is Bilingual =>
  typeof value === 'object' && value !== null && typeof (value as Bilingual).zh === 'string' && typeof (value as Bilingual).en === 'string';

/**
 * The label a machine gives one of its states, by dotted path (`handling.main.examining`): the state
 * node's `meta.label` (`{ zh, en }`, or one string for both), else its `description` for both
 * languages; undefined when the state has neither or the path is not a state of the machine.
 *
 * @example
 * stateLabel(machine, 'handling.main.examining'); //=> { zh: '审查中', en: 'examining' } when the node has meta.label
 */
export function stateLabel(machine: AnyStateMachine, path: string): Bilingual | undefined {
  let node: StateNodeLike | undefined = machine.root as StateNodeLike;
  for (const key of path.split('.')) node = node?.states?.[key];
  if (!node) return undefined;
  const label = (node.meta as { label?: unknown } | undefined)?.label;
  if (isBilingual(label)) return { zh: label.zh, en: label.en };
  if (typeof label === 'string' && label) return { zh: label, en: label };
  return node.description ? { zh: node.description, en: node.description } : undefined;
}
