import { type ActionFunction, emit } from 'xstate';
import type { DeadlineOperation, EngineEffect } from './events.js';

/*
 * Helpers for machine authors. Each returns an xstate `emit` action; the engine reads emitted
 * effects from the pure `transition()` result and carries them out. Legal time is never an
 * xstate `after` timer: those are lost when a snapshot is restored.
 */

// biome-ignore lint/suspicious/noExplicitAny: one helper fits every module's context and event types
type Args = { context: any; event: any };

/**
 * An action that asks the engine for an effect. Typed loosely on context and event so one helper
 * fits every module's machine; what it emits is always an {@link EngineEffect}.
 */
// biome-ignore lint/suspicious/noExplicitAny: xstate's action type, left open on all nine type parameters
export type EffectAction = ActionFunction<any, any, any, any, any, any, any, any, any>;

const effect = (fn: (args: Args) => EngineEffect): EffectAction => emit(fn as never) as unknown as EffectAction;
type Resolvable<T> = T | ((args: Args) => T);

function resolve<T>(value: Resolvable<T>, args: Args): T {
  return typeof value === 'function' ? (value as (a: Args) => T)(args) : value;
}

type Extra = { length?: Resolvable<number>; reason?: string; from?: Resolvable<string>; warnAfter?: Resolvable<number> };

function deadlineEffect(op: DeadlineOperation, name: Resolvable<string>, extra: Extra = {}) {
  return effect((args: Args): EngineEffect => {
    const length = extra.length === undefined ? undefined : resolve(extra.length, args);
    const from = extra.from === undefined ? undefined : resolve(extra.from, args);
    const warnAfter = extra.warnAfter === undefined ? undefined : resolve(extra.warnAfter, args);
    return {
      type: 'zwgk.deadline',
      op,
      name: resolve(name, args),
      ...(length === undefined ? {} : { length }),
      ...(extra.reason === undefined ? {} : { reason: extra.reason }),
      ...(from === undefined ? {} : { from }),
      ...(warnAfter === undefined ? {} : { warnAfter }),
    };
  });
}

/**
 * The name of one party's deadline in a keyed family (spec `keyed: true`): `family:key`.
 *
 * @example
 * startDeadline(({ event }) => partyDeadline('thirdParty', event.payload.party))
 */
export const partyDeadline = (family: string, key: string): string => `${family}:${key}`;

/**
 * How a deadline starts: `from` an earlier instant than the triggering event; `length` instead of
 * the spec's (a period the text leaves open, taken from a module parameter).
 */
export interface StartOptions {
  readonly from?: Resolvable<string>;
  readonly length?: Resolvable<number>;
}

function startExtra(options: StartOptions): { from?: Resolvable<string>; length?: Resolvable<number> } {
  return {
    ...(options.from === undefined ? {} : { from: options.from }),
    ...(options.length === undefined ? {} : { length: options.length }),
  };
}

/**
 * Starts the named deadline, counted from the triggering event's instant, or from `from` when the
 * period runs from another moment the machine knows: earlier (the time an item was found) or later
 * (a period that begins on 1 January, opened in December).
 */
export const startDeadline = (name: Resolvable<string>, options: StartOptions = {}) => deadlineEffect('start', name, startExtra(options));
/**
 * Stops the clock (time not counted); the remaining length is kept. `warnAfter` overrides the spec's
 * `pause.warnAfter` length (e.g. from a module parameter): the warning that the pause has no end.
 */
export const pauseDeadline = (name: Resolvable<string>, reason?: string, options: { warnAfter?: Resolvable<number> } = {}) =>
  deadlineEffect('pause', name, {
    ...(reason === undefined ? {} : { reason }),
    ...(options.warnAfter === undefined ? {} : { warnAfter: options.warnAfter }),
  });
/** Restarts the clock with the remaining length, counted from the resume instant. */
export const resumeDeadline = (name: Resolvable<string>) => deadlineEffect('resume', name);
/** Extends the due instant by `length` units (default: the spec's maximum) after the current one. */
export const extendDeadline = (name: Resolvable<string>, length?: Resolvable<number>) =>
  deadlineEffect('extend', name, length === undefined ? {} : { length });
/** Starts the period afresh from the triggering event's instant (a corrected application). */
export const restartDeadline = (name: Resolvable<string>, options: StartOptions = {}) =>
  deadlineEffect('restart', name, startExtra(options));
/** The duty was done: met if before the due instant, missed otherwise (elapsed or deemed when the spec's `endsBy` says so). */
export const completeDeadline = (name: Resolvable<string>) => deadlineEffect('complete', name);
/** The duty no longer applies. */
export const cancelDeadline = (name: Resolvable<string>, reason?: string) =>
  deadlineEffect('cancel', name, reason === undefined ? {} : { reason });

/**
 * Sends the named notice; its data are validated against the notice's schema. `deadline` names a
 * deadline whose due instant the notice states (an extension notice's new due date): the engine adds
 * its `dueAt` and, while its clock is stopped, `remaining` to the data, as they stand after the
 * effects before this one.
 */
export function sendNotice(
  notice: string,
  data: Resolvable<Record<string, unknown>> = {},
  options: { deadline?: Resolvable<string> } = {},
) {
  return effect(
    (args: Args): EngineEffect => ({
      type: 'zwgk.notice',
      notice,
      data: resolve(data, args),
      ...(options.deadline === undefined ? {} : { deadline: resolve(options.deadline, args) }),
    }),
  );
}

/** Records a breach of the regulation on the case (a ground for 责任追究). */
export function recordBreach(breach: string, data: Resolvable<Record<string, unknown>> = {}) {
  return effect((args: Args): EngineEffect => ({ type: 'zwgk.breach', breach, data: resolve(data, args) }));
}

/** Opens a child case of another module; its outcome returns as a `child.done` event with this key. */
export function openChild(module: string, key: Resolvable<string>, input: Record<string, unknown> | ((args: Args) => unknown)) {
  return effect((args: Args): EngineEffect => ({ type: 'zwgk.child', module, key: resolve(key, args), input: resolve(input, args) }));
}
