import { ZwgkError, type ZwgkErrorCode } from '@zwgk/core';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Codes of failures the HTTP layer finds itself, before the engine is asked. */
export type HttpOnlyErrorCode =
  | 'UNAUTHENTICATED' // no credentials, or credentials the authenticator does not know
  | 'ACTOR_NOT_ALLOWED' // the credentials may not act as the claimed actor id
  | 'NOT_FOUND' // no such route
  | 'METHOD_NOT_ALLOWED' // the route exists, with other methods (the Allow header lists them)
  | 'PAYLOAD_TOO_LARGE' // the body is longer than the service's body limit
  | 'UNSUPPORTED_MEDIA_TYPE' // a body that is not application/json
  | 'URI_TOO_LONG' // the URL (or the request head) is longer than the service reads
  | 'HOST_NOT_ALLOWED' // the Host header names no host this service answers for (DNS rebinding)
  | 'ORIGIN_NOT_ALLOWED' // a browser page of another origin, not in the CORS configuration
  | 'TOO_MANY_REQUESTS' // too many failed authentications from this address: wait (Retry-After)
  | 'SCOPE_NOT_ALLOWED' // the credentials are not scoped to this agency or module
  | 'INTERNAL'; // an unexpected failure (details are logged, not returned)

/** Every `error.code` a client can receive: the library's codes and the HTTP layer's. */
export type HttpErrorCode = ZwgkErrorCode | HttpOnlyErrorCode;

/** The body of every error response: the library's typed error, as JSON. */
export interface ErrorBody {
  readonly error: { readonly code: HttpErrorCode; readonly message: string; readonly details?: Readonly<Record<string, unknown>> };
}

/** A failure of the HTTP layer with the status it answers with. */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: HttpErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

/**
 * The status of each library code. 400 is a malformed request, 422 a well-formed one the rules
 * refuse (a payload its module's schema rejects, an event the module lacks), 409 a request that
 * conflicts with the case as it now is (its state, its closure, its version).
 */
export const STATUS_OF_CODE: Readonly<Record<HttpErrorCode, ContentfulStatusCode>> = {
  INVALID_ARGUMENT: 400,
  INVALID_PAYLOAD: 422,
  UNKNOWN_EVENT: 422,
  NOT_IN_FORCE: 422,
  CALENDAR: 422,
  UNKNOWN_MODULE: 404,
  UNKNOWN_CASE: 404,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  URI_TOO_LONG: 414,
  HOST_NOT_ALLOWED: 421,
  ORIGIN_NOT_ALLOWED: 403,
  TOO_MANY_REQUESTS: 429,
  SCOPE_NOT_ALLOWED: 403,
  ROLE_NOT_ALLOWED: 403,
  ACTOR_NOT_ALLOWED: 403,
  UNAUTHENTICATED: 401,
  EVENT_NOT_ALLOWED: 409,
  OUT_OF_ORDER: 409,
  CASE_CLOSED: 409,
  VERSION_CONFLICT: 409,
  CASE_ID_USED: 409,
  IDEMPOTENCY_MISMATCH: 409,
  INVALID_MODULE: 500,
  MODULE_FAULT: 500,
  STORE_CORRUPT: 500,
  NO_STORE: 500,
  INTERNAL: 500,
};

/** The status and body for a thrown value; `unexpected` is true when it should be logged. */
export function errorResponse(error: unknown): { status: ContentfulStatusCode; body: ErrorBody; unexpected: boolean } {
  if (error instanceof ZwgkError || error instanceof HttpError) {
    const status = error instanceof HttpError ? error.status : STATUS_OF_CODE[error.code];
    const details = jsonDetails(error.details);
    return {
      status,
      body: { error: { code: error.code, message: error.message, ...(details ? { details } : {}) } },
      unexpected: status >= 500,
    };
  }
  return { status: 500, body: { error: { code: 'INTERNAL', message: 'internal error' } }, unexpected: true };
}

/** Details as JSON can carry them (zod issues hold no functions, but be safe), or nothing when empty. */
function jsonDetails(details: Readonly<Record<string, unknown>>): Record<string, unknown> | undefined {
  if (Object.keys(details).length === 0) return undefined;
  try {
    return JSON.parse(JSON.stringify(details)) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}
