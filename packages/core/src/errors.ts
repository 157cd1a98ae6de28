/** What went wrong, as a stable code an OA system can switch on. */
export type ZwgkErrorCode =
  | 'INVALID_MODULE' // a rule module's manifest or machine is malformed
  | 'INVALID_ARGUMENT' // a malformed argument to an engine method
  | 'INVALID_PAYLOAD' // an event payload fails its zod schema
  | 'UNKNOWN_MODULE'
  | 'UNKNOWN_CASE'
  | 'UNKNOWN_EVENT' // the module declares no such event type
  | 'NOT_IN_FORCE' // no version of the module is in force on the case's start date
  | 'ROLE_NOT_ALLOWED'
  | 'EVENT_NOT_ALLOWED' // the case's current state does not accept the event
  | 'CASE_CLOSED'
  | 'OUT_OF_ORDER' // an event dated before the case's last event, or changing a deadline as of before it fell due
  | 'VERSION_CONFLICT' // another writer changed the case first: reload and retry
  | 'CALENDAR' // the working-day calendar cannot judge a date (no schedule loaded)
  | 'MODULE_FAULT' // a machine asked for something its manifest does not declare
  | 'STORE_CORRUPT'; // a stored snapshot or audit entry does not parse or chain

/**
 * The one error class of @zwgk/core. `code` says what kind of failure it is; `details` carries
 * the facts (the case, the state, the accepted events, the path of an invalid field).
 *
 * @example
 * try { await engine.send(id, event) } catch (e) {
 *   if (e instanceof ZwgkError && e.code === 'VERSION_CONFLICT') retry();
 * }
 */
export class ZwgkError extends Error {
  override readonly name = 'ZwgkError';
  constructor(
    readonly code: ZwgkErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** True when `error` is a {@link ZwgkError}, optionally of the given code. */
export function isZwgkError(error: unknown, code?: ZwgkErrorCode): error is ZwgkError {
  return error instanceof ZwgkError && (code === undefined || error.code === code);
}
