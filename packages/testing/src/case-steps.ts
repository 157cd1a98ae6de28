import type { Actor, Instant, ZwgkErrorCode } from '@zwgk/core';
import type { Expectation, ScenarioStep } from '@zwgk/scenarios';

/** What may be expected after a step: one expectation, or several (on other cases too). */
export type StepExpectation = Expectation | readonly Expectation[];

/** What a case's steps fall back on when a step does not say. */
export interface CaseStepDefaults {
  /** The module `open` opens the case with. */
  readonly module?: string;
  /** Who opens the case and sends its events, unless a step names someone else. */
  readonly actor?: Actor;
}

/** The rest of an `open` step: who opens the case, under which agency and title, and what to expect. */
export interface OpenStepOptions {
  readonly actor?: Actor;
  readonly agency?: string;
  readonly title?: string;
  readonly note?: string;
  readonly expect?: StepExpectation;
}

/** One-line steps of one case of a scenario (see {@link caseSteps}). */
export interface CaseSteps {
  /** Opens the case (under its alias, with the default module) at `at`. */
  open(at: Instant, input: unknown, options?: OpenStepOptions): ScenarioStep;
  /** Sends the event `type` with `payload` to the case at `at`, by `actor` (or the default actor). */
  send(at: Instant, type: string, payload: unknown, actor?: Actor, expect?: StepExpectation): ScenarioStep;
  /** Sends an event the engine must refuse with `code` (and that changes nothing but the audit). */
  reject(at: Instant, type: string, payload: unknown, code: ZwgkErrorCode, actor?: Actor): ScenarioStep;
  /**
   * Moves the clock to `at` (firing what fell due) and checks `expect` on this case: an expectation
   * that names no `case` is about this one.
   */
  tick(at: Instant, expect?: Expectation): ScenarioStep;
}

/**
 * Builds the steps of one case of a scenario, one line a step, instead of writing out
 * `{ at, send: { case, type, payload, actor }, expect }` for each event (or `{ at, tick: true, expect: { case, … } }`
 * for each move of the clock).
 *
 * @param alias - the case's alias in the scenario (a child as `alias/childKey`)
 * @param defaults - the module `open` uses and the actor of steps that name none
 * @throws Error when a step names no actor and there is no default one, or `open` has no module
 *
 * @example
 * ```ts
 * const { open, send } = caseSteps('app', { module: 'disclosure-request', actor: clerk });
 * const steps = [
 *   open('2019-09-27T10:00:00+08:00', application, { expect: { state: 'examining' } }),
 *   send('2019-10-28T09:00:00+08:00', 'reply.extended', { reason: '需调取多年档案' }, clerk, { rejected: 'ROLE_NOT_ALLOWED' }),
 * ];
 * ```
 */
export function caseSteps(alias: string, defaults: CaseStepDefaults = {}): CaseSteps {
  const actorOf = (actor: Actor | undefined): Actor => {
    const chosen = actor ?? defaults.actor;
    if (!chosen) throw new Error(`caseSteps('${alias}'): a step names no actor and there is no default actor`);
    return chosen;
  };
  const send = (at: Instant, type: string, payload: unknown, actor?: Actor, expect?: StepExpectation): ScenarioStep => ({
    at,
    send: { case: alias, type, payload, actor: actorOf(actor) },
    ...(expect ? { expect } : {}),
  });
  return {
    open(at, input, { actor, agency, title, note, expect } = {}) {
      if (!defaults.module) throw new Error(`caseSteps('${alias}'): open needs a default module`);
      return {
        at,
        open: {
          as: alias,
          module: defaults.module,
          input,
          actor: actorOf(actor),
          ...(agency ? { agency } : {}),
          ...(title ? { title } : {}),
        },
        ...(note ? { note } : {}),
        ...(expect ? { expect } : {}),
      };
    },
    send,
    reject: (at, type, payload, code, actor) => send(at, type, payload, actor, { rejected: code }),
    tick: (at, expect) => ({ at, tick: true, ...(expect ? { expect: { case: alias, ...expect } } : {}) }),
  };
}
