import { describeIssue, formatIssuePath } from '@zwgk/calendar';
import type { AnyStateMachine } from 'xstate';
import type { z } from 'zod';
import { clauseReferences } from './clause-references.js';
import { ZwgkError } from './errors.js';
import { ENGINE_EVENT_TYPES } from './events.js';
import { allStateNodes, handledEventTypes, statesWithDelays, type TransitionRow, transitionRows } from './machine-graph.js';
import { type RuleModuleDefinition, ruleModuleManifestSchema } from './manifest.js';

/** A validated rule module, ready to load into an engine. */
export interface RuleModule<C extends string = string, R extends string = string, TMachine extends AnyStateMachine = AnyStateMachine>
  extends RuleModuleDefinition<C, R, TMachine> {
  /** `id@version`. */
  readonly key: string;
  /** Every transition of the machine with the clause it cites. */
  readonly transitions: readonly TransitionRow[];
  /** Default parameter values (what the text leaves open). */
  readonly defaultParameters: Readonly<Record<string, unknown>>;
}

/** A rule module of any clause ids, roles and machine: what engines, stores and tools accept. */
export type AnyRuleModule = RuleModule<string, string, AnyStateMachine>;

function fail(id: string, problems: string[]): never {
  throw new ZwgkError('INVALID_MODULE', `rule module ${id} is invalid:\n  - ${problems.join('\n  - ')}`, { module: id, problems });
}

/**
 * Validates a rule module's manifest and machine, and returns the module.
 * Every clause cited by a deadline, notice, breach, event or transition must be in the clause
 * table; a problem throws `ZwgkError('INVALID_MODULE')` naming the path, e.g.
 * `deadlines.reply.clause cites 第九十条, which the clause table does not have`.
 *
 * @example
 * export const disclosureRequest = defineRuleModule({ id: 'disclosure-request', version: '1.0.0', ... });
 */
export function defineRuleModule<const C extends string, const R extends string, TMachine extends AnyStateMachine>(
  definition: RuleModuleDefinition<C, R, TMachine>,
): RuleModule<C, R, TMachine> {
  const id = typeof definition?.id === 'string' ? definition.id : '(unnamed)';
  const parsed = ruleModuleManifestSchema.safeParse(definition);
  if (!parsed.success) {
    fail(
      id,
      parsed.error.issues.map((issue) => `${formatIssuePath(issue.path) || 'manifest'} ${issue.message}`),
    );
  }

  const problems: string[] = [];
  const clauses = new Set(Object.keys(definition.clauses));
  const roles = new Set(Object.keys(definition.roles));
  const transitions = transitionRows(definition.machine);
  for (const ref of clauseReferences({ ...definition, transitions })) {
    if (!clauses.has(ref.clause)) problems.push(`${ref.path} cites ${ref.clause}, which the clause table does not have`);
  }

  for (const [type, spec] of Object.entries(definition.events)) {
    spec.roles.forEach((role, i) => {
      if (!roles.has(role)) problems.push(`events.${type}.roles[${i}] is ${role}, which is not a declared role`);
    });
    if (ENGINE_EVENT_TYPES.has(type)) problems.push(`events.${type} is reserved for the engine`);
  }
  for (const [name, spec] of Object.entries(definition.deadlines ?? {})) {
    if (spec.unit === 'hours' && spec.warnBefore && spec.warnBefore.unit !== 'minutes') {
      problems.push(`deadlines.${name}.warnBefore.unit must be minutes for an hour deadline`);
    }
    if (spec.unit !== 'hours' && spec.warnBefore?.unit === 'minutes') {
      problems.push(`deadlines.${name}.warnBefore.unit must be workingDays or calendarDays for a day deadline`);
    }
  }

  const defaultParameters: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(definition.parameters ?? {})) {
    const checked = (spec.schema as z.ZodType).safeParse(spec.default);
    if (!checked.success) problems.push(`parameters.${name}.default does not match its schema: ${describeIssue(checked.error.issues[0])}`);
    defaultParameters[name] = spec.default;
  }

  const finalStates = new Set(
    allStateNodes(definition.machine)
      .filter((node) => node.type === 'final')
      .map((node) => node.path.join('.')),
  );
  const postClosureStates = new Set(Object.values(definition.afterClosure ?? {}).flatMap((spec) => (spec.moveTo ? [spec.moveTo] : [])));
  for (const [type, spec] of Object.entries(definition.afterClosure ?? {})) {
    if (!(type in definition.events) && type !== 'deadline.due' && type !== 'deadline.warning') {
      problems.push(`afterClosure.${type} is neither a declared event nor deadline.due / deadline.warning`);
    }
    spec.states?.forEach((state, i) => {
      if (!finalStates.has(state) && !postClosureStates.has(state))
        problems.push(`afterClosure.${type}.states[${i}] is ${state}, which is neither a final state nor a moveTo state`);
    });
    if (spec.moveTo && finalStates.has(spec.moveTo))
      problems.push(`afterClosure.${type}.moveTo ${spec.moveTo} must differ from the final states`);
  }

  for (const state of statesWithDelays(definition.machine)) {
    problems.push(`machine state ${state} uses xstate 'after': legal time must be an engine deadline (it survives restarts)`);
  }
  const declared = new Set(Object.keys(definition.events));
  for (const type of handledEventTypes(definition.machine)) {
    if (!declared.has(type) && !ENGINE_EVENT_TYPES.has(type) && !type.startsWith('xstate.')) {
      problems.push(`machine handles event ${type}, which events does not declare`);
    }
  }
  if (problems.length > 0) fail(id, problems);

  return Object.freeze({ ...definition, key: `${definition.id}@${definition.version}`, transitions, defaultParameters });
}
