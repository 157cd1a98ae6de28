import type {
  ActionFunction,
  AnyStateMachine,
  GuardPredicate,
  MachineContext,
  MetaObject,
  NonReducibleUnknown,
  ParameterizedObject,
  SetupReturn,
} from 'xstate';
import { setup as xstateSetup } from 'xstate';
import type { z } from 'zod';
import { defineRuleModule, type RuleModule } from '../define-rule-module.js';
import {
  cancelDeadline,
  completeDeadline,
  type EffectAction,
  extendDeadline,
  openChild,
  pauseDeadline,
  recordBreach,
  restartDeadline,
  resumeDeadline,
  type StartOptions,
  sendNotice,
  startDeadline,
} from '../effects.js';
import type { CaseEvent, EngineEffect, EngineEvent, Instant, MachineInput } from '../events.js';
import type {
  AfterClosureSpec,
  Bilingual,
  BreachSpec,
  Clause,
  DeadlineSpec,
  EventSpec,
  NoticeSpec,
  ParameterSpec,
  RoleSpec,
} from '../manifest.js';
import type { IssuedRegulation } from './regulation.js';

/** A role of a kit-built module: its labels, and whether it belongs to the office running the case. */
export interface KitRole extends RoleSpec {
  readonly inside: boolean;
}

/** Transition metadata of a kit-built machine: the clause ids it cites, checked at compile time. */
export interface KitTransitionMeta<C extends string> extends MetaObject {
  readonly clause: C | readonly C[];
}

/** The values a case runs with, inferred from the parameters' zod schemas. */
export type ParameterValues<P> = {
  readonly [K in keyof P]: P[K] extends { readonly schema: infer S extends z.ZodType } ? z.output<S> : never;
};

/** The events a kit-built machine receives: the module's own, with payloads inferred from their schemas, and the engine's. */
export type KitEvent<E> =
  | { [K in keyof E & string]: CaseEvent<K, E[K] extends { readonly schema: infer S extends z.ZodType } ? z.output<S> : never> }[keyof E &
      string]
  | EngineEvent;

type Values<T> = T[keyof T];
type ToParameterizedObject<T extends Record<string, ParameterizedObject['params'] | undefined>> = Values<{
  [K in keyof T as K & string]: { type: K & string; params: T[K] };
}>;
type ParamsMap = Record<string, ParameterizedObject['params'] | undefined>;
type Resolvable<T> = T | ((args: { context: any; event: any }) => T);

/** What a module declares before its machine: the kit is built from it (with the regulation, see `RuleKitSpec`). */
export interface RuleKitDeclarations<
  C extends string,
  R extends string,
  E,
  D,
  N,
  B,
  P,
  I extends z.ZodType,
  O extends z.ZodType | undefined,
> {
  readonly clauses: Readonly<Record<C, Clause>>;
  readonly roles: Readonly<Record<R, KitRole>>;
  /** The data a case is opened with. */
  readonly input: I;
  /** The machine's final output, which a parent case receives in `child.done`. */
  readonly output?: O;
  readonly events: E;
  readonly deadlines?: D;
  readonly notices?: N;
  readonly breaches?: B;
  readonly parameters?: P;
  /** Module ids this module may open as child cases. */
  readonly children?: readonly string[];
}

/** A module's declarations and the regulation it implements: what `createRuleKit` takes. */
export interface RuleKitSpec<C extends string, R extends string, E, D, N, B, P, I extends z.ZodType, O extends z.ZodType | undefined>
  extends RuleKitDeclarations<C, R, E, D, N, B, P, I, O> {
  /** The regulation the module implements: its `source` and `inForce` come from it. */
  readonly regulation: IssuedRegulation;
}

/** What `kit.defineModule` adds to the kit's declarations: identity, the machine, what is left out and why. */
export interface KitModuleDefinition<C extends string, TMachine extends AnyStateMachine> {
  readonly id: string;
  readonly version: string;
  readonly title: Bilingual;
  readonly machine: TMachine;
  /** Clauses of the table that no code implements, with the reason. */
  readonly unimplemented?: Readonly<Partial<Record<C, string>>>;
  /** Non-final states that may wait without a deadline or an inside role's way out, with the reason. */
  readonly openEnded?: Readonly<Record<string, string>>;
  /** Facts a closed case still records, by event type (see `afterClosure` in `defineRuleModule`). */
  readonly afterClosure?: Readonly<Record<string, AfterClosureSpec<NoInfer<C>>>>;
}

/** The guard `deadlineDue(name)` returns: true for the engine's `deadline.due` event of that deadline. */
export type DeadlineGuard = ((args: { event: { type: string; payload?: unknown } }) => boolean) & { readonly deadline: string };

/**
 * A rule module's typed toolkit: xstate's `setup` preset with the module's events, input, output,
 * emitted effects and clause-typed transition meta; effect actions whose names are checked against
 * the declared deadlines, notices and breaches; the `deadlineDue` guard; and `defineModule`.
 */
export interface RuleKit<C extends string, R extends string, E, D, N, B, P, I extends z.ZodType, O extends z.ZodType | undefined> {
  readonly spec: RuleKitSpec<C, R, E, D, N, B, P, I, O>;
  /**
   * xstate's `setup` with the module's types preset: give the context type, guards and actions.
   * Transition `meta.clause` must be a clause id of the module.
   */
  setup<
    TContext extends MachineContext,
    TActions extends ParamsMap = {},
    TGuards extends ParamsMap = {},
    TTag extends string = string,
  >(implementations: {
    readonly types?: { readonly context?: TContext; readonly tags?: TTag };
    readonly actions?: {
      [K in keyof TActions]: ActionFunction<
        TContext,
        KitEvent<E>,
        KitEvent<E>,
        TActions[K],
        never,
        ToParameterizedObject<TActions>,
        ToParameterizedObject<TGuards>,
        never,
        EngineEffect
      >;
    };
    readonly guards?: { [K in keyof TGuards]: GuardPredicate<TContext, KitEvent<E>, TGuards[K], ToParameterizedObject<TGuards>> };
  }): SetupReturn<
    TContext,
    KitEvent<E>,
    {},
    {},
    TActions,
    TGuards,
    never,
    TTag,
    MachineInput<z.output<I>, ParameterValues<P>>,
    O extends z.ZodType ? z.output<O> : NonReducibleUnknown,
    EngineEffect,
    MetaObject,
    KitTransitionMeta<C>
  >;
  /** Starts the named deadline (see `startDeadline` in core). */
  startDeadline(name: keyof D & string, options?: StartOptions): EffectAction;
  pauseDeadline(name: keyof D & string, reason?: string): EffectAction;
  resumeDeadline(name: keyof D & string): EffectAction;
  extendDeadline(name: keyof D & string, length?: Resolvable<number>): EffectAction;
  restartDeadline(name: keyof D & string, options?: StartOptions): EffectAction;
  completeDeadline(name: keyof D & string): EffectAction;
  cancelDeadline(name: keyof D & string, reason?: string): EffectAction;
  /** Sends a declared notice; its data are validated against the notice's schema when sent (`deadline`: see `sendNotice` in core). */
  sendNotice(name: keyof N & string, data?: Resolvable<Record<string, unknown>>, options?: { deadline?: keyof D & string }): EffectAction;
  /** Records a declared breach. */
  recordBreach(name: keyof B & string, data?: Resolvable<Record<string, unknown>>): EffectAction;
  /** Records a declared breach for a deadline that fell due: its data are the deadline's name and due instant. */
  recordOverdue(name: keyof B & string): EffectAction;
  /** Opens a child case of a module listed in `children`. */
  openChild(
    module: string,
    key: Resolvable<string>,
    input: Record<string, unknown> | ((args: { context: any; event: any }) => unknown),
  ): EffectAction;
  /** The guard for the engine's `deadline.due` event of the named deadline. */
  deadlineDue(name: keyof D & string): DeadlineGuard;
  /** Validates the module (see `defineRuleModule`) with the kit's declarations. */
  defineModule<TMachine extends AnyStateMachine>(definition: KitModuleDefinition<C, TMachine>): RuleModule<C, R, TMachine>;
  /** Type-only: the module's input, output, parameters, events and clause ids (use `KitTypes<typeof kit>`). */
  readonly '~types'?: {
    readonly clause: C;
    readonly role: R;
    readonly input: z.output<I>;
    readonly output: O extends z.ZodType ? z.output<O> : NonReducibleUnknown;
    readonly parameters: ParameterValues<P>;
    readonly event: KitEvent<E>;
    readonly machineInput: MachineInput<z.output<I>, ParameterValues<P>>;
  };
}

/** Any rule kit (for helpers that accept every module's kit). */
export type AnyRuleKit = RuleKit<any, any, any, any, any, any, any, any, any>;
/** The types a kit infers: `KitTypes<typeof kit>['input']`, `['parameters']`, `['output']`, `['event']`, `['clause']`. */
export type KitTypes<K extends { readonly '~types'?: unknown }> = NonNullable<K['~types']>;

function namedGuard(name: string): DeadlineGuard {
  const guard = ({ event }: { event: { type: string; payload?: unknown } }) =>
    event.type === 'deadline.due' && (event.payload as { name?: unknown } | undefined)?.name === name;
  // A readable name for diagrams and the transition table (see machine-graph's guardName).
  Object.defineProperty(guard, 'name', { value: `deadlineDue(${name})` });
  return Object.assign(guard, { deadline: name });
}

/**
 * The signature of `createRuleKit`: `S` is what a call gives besides the module's declarations
 * (the regulation; nothing for a creator bound to one by `ruleKitFor`).
 */
export type RuleKitCreator<S> = <
  const C extends string,
  const R extends string,
  const E extends Readonly<Record<string, EventSpec<NoInfer<R>, NoInfer<C>>>>,
  const I extends z.ZodType,
  const D extends Readonly<Record<string, DeadlineSpec<NoInfer<C>>>> = {},
  const N extends Readonly<Record<string, NoticeSpec<NoInfer<C>>>> = {},
  const B extends Readonly<Record<string, BreachSpec<NoInfer<C>>>> = {},
  const P extends Readonly<Record<string, ParameterSpec<any>>> = {},
  const O extends z.ZodType | undefined = undefined,
>(
  spec: S & RuleKitDeclarations<C, R, E, D, N, B, P, I, O>,
) => RuleKit<C, R, E, D, N, B, P, I, O>;

/**
 * Builds a rule module's kit from its declarations, in the spirit of typescript-eslint's
 * `RuleCreator` and xstate's `setup`: everything the machine names (clauses, deadlines, notices,
 * breaches) is checked at compile time, and input, output and parameter types are inferred from
 * their zod schemas.
 *
 * @example
 * export const kit = createRuleKit({ regulation: onApplication, clauses, roles, input: applicationSchema, events, deadlines, notices, breaches, parameters });
 * export const machine = kit.setup({ types: { context: {} as Context } }).createMachine({
 *   on: { 'deadline.due': { guard: kit.deadlineDue('reply'), actions: kit.recordOverdue('replyOverdue'), meta: { clause: '第八条' } } },
 * });
 * export const myModule = kit.defineModule({ id: 'my-module', version: '1.0.0', title, machine });
 */
export const createRuleKit: RuleKitCreator<{ readonly regulation: IssuedRegulation }> = (spec) => {
  return {
    spec,
    setup: ((implementations: Record<string, unknown>) => {
      const { types: _types, ...rest } = implementations;
      return xstateSetup(rest as never);
    }) as never,
    startDeadline: (name, options) => startDeadline(name, options),
    pauseDeadline: (name, reason) => pauseDeadline(name, reason),
    resumeDeadline: (name) => resumeDeadline(name),
    extendDeadline: (name, length) => extendDeadline(name, length),
    restartDeadline: (name, options) => restartDeadline(name, options),
    completeDeadline: (name) => completeDeadline(name),
    cancelDeadline: (name, reason) => cancelDeadline(name, reason),
    sendNotice: (name, data, options) => sendNotice(name, data, options),
    recordBreach: (name, data) => recordBreach(name, data),
    recordOverdue: (name) => recordBreach(name, ({ event }) => ({ deadline: event.payload.name, dueAt: event.payload.dueAt as Instant })),
    openChild: (module, key, input) => openChild(module, key, input),
    deadlineDue: (name) => namedGuard(name),
    defineModule: (definition) =>
      defineRuleModule({
        id: definition.id,
        version: definition.version,
        title: definition.title,
        source: spec.regulation.source,
        inForce: spec.regulation.inForce,
        clauses: spec.clauses,
        ...(definition.unimplemented === undefined ? {} : { unimplemented: definition.unimplemented }),
        roles: spec.roles,
        input: spec.input,
        ...(spec.output === undefined ? {} : { output: spec.output }),
        events: spec.events,
        ...(spec.deadlines === undefined ? {} : { deadlines: spec.deadlines }),
        ...(spec.notices === undefined ? {} : { notices: spec.notices }),
        ...(spec.breaches === undefined ? {} : { breaches: spec.breaches }),
        ...(spec.parameters === undefined ? {} : { parameters: spec.parameters }),
        ...(definition.openEnded === undefined ? {} : { openEnded: definition.openEnded }),
        ...(definition.afterClosure === undefined ? {} : { afterClosure: definition.afterClosure }),
        ...(spec.children === undefined ? {} : { children: spec.children }),
        machine: definition.machine,
      }),
  };
};

/**
 * A `createRuleKit` bound to one regulation, for a regulation package whose modules all implement
 * it: each module then passes only its declarations.
 *
 * @example
 * export const nationalRuleKit = ruleKitFor(informationDisclosureRegulation);
 * export const kit = nationalRuleKit({ clauses, roles, input, output, events, deadlines, notices, breaches, parameters });
 */
export function ruleKitFor(regulation: IssuedRegulation): RuleKitCreator<{}> {
  return (declarations) => createRuleKit({ regulation, ...declarations });
}
