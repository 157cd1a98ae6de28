import type { IncomingMessage } from 'node:http';
import type { Clock } from '@zwgk/core';
import { HttpError } from './errors.js';

// Checks a request passes before any route reads it: the URL's length, the Host it was sent to,
// the Origin of a browser page, the media type and size of a body, and how often this address
// failed to authenticate. Each refuses with the JSON error shape and a status of its own.

/** Default body limit: 256 KiB, a large application with its attachments described, not embedded. */
export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

/** Default URL limit; Node itself refuses a request head over 16 KiB (answered as 431 in the same shape). */
export const DEFAULT_MAX_URL_LENGTH = 8 * 1024;

/** The host names a loopback service answers for, whatever the port. */
export const LOOPBACK_HOSTS: readonly string[] = ['127.0.0.1', 'localhost', '[::1]', '::1'];

/** Host names are compared without their port and case-insensitively. */
export function hostName(hostHeader: string): string {
  const host = hostHeader.trim().toLowerCase();
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  const colon = host.lastIndexOf(':');
  return colon === -1 ? host : host.slice(0, colon);
}

/** Refuses a Host header not in `allowed` (421): a page on a DNS-rebound name cannot reach the service. */
export function checkHost(hostHeader: string | undefined, allowed: readonly string[] | '*'): void {
  if (allowed === '*') return;
  const name = hostName(hostHeader ?? '');
  if (!allowed.some((a) => a.toLowerCase() === name)) {
    throw new HttpError(421, 'HOST_NOT_ALLOWED', `this service does not answer for host ${name || '(none)'}`, { host: name, allowed });
  }
}

/**
 * Refuses a request from a browser page of another origin (403), unless CORS allows that origin.
 * Requests without Origin (servers, curl, a Java or .NET client) pass; so does the service's own origin.
 */
export function checkOrigin(origin: string | undefined, requestUrl: string, corsOrigins: readonly string[]): void {
  if (origin === undefined || origin === '') return;
  if (origin === new URL(requestUrl).origin || corsOrigins.includes(origin) || corsOrigins.includes('*')) return;
  throw new HttpError(403, 'ORIGIN_NOT_ALLOWED', `requests from pages of ${origin} are not allowed (configure cors.origins)`, { origin });
}

/** A body must be JSON: `application/json`, with or without a charset parameter (415 otherwise). */
export function checkJsonMediaType(contentType: string | undefined): void {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') {
    throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', `the body must be application/json, not ${type || 'unspecified'}`, {
      contentType: contentType ?? null,
    });
  }
}

function tooLarge(maxBytes: number): HttpError {
  return new HttpError(413, 'PAYLOAD_TOO_LARGE', `the body is larger than ${maxBytes} bytes`, { maxBytes });
}

/**
 * Reads a body of at most `maxBytes` (413 past it), by Content-Length when sent and by counting
 * otherwise, so a long body is never read whole.
 */
export async function readLimitedText(request: Request, maxBytes: number): Promise<string> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return new TextDecoder().decode(bytes);
}

/**
 * `readLimitedText` for the request as node:http received it (the service on @hono/node-server):
 * the same limits and decoding, read from the socket's stream without building the web `Request`
 * and `ReadableStream` around it, which cost about as much CPU as the engine's work on the event.
 */
export function readIncomingText(incoming: IncomingMessage, maxBytes: number): Promise<string> {
  const declared = incoming.headers['content-length'];
  if (declared !== undefined && Number(declared) > maxBytes) return Promise.reject(tooLarge(maxBytes));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      incoming.off('data', onData);
      incoming.off('end', onEnd);
      incoming.off('error', onError);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        stop();
        // The rest of the body is discarded as it arrives (not kept), and the socket stays open for the 413.
        incoming.resume();
        reject(tooLarge(maxBytes));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      resolve(new TextDecoder().decode(Buffer.concat(chunks, size)));
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    incoming.on('data', onData);
    incoming.on('end', onEnd);
    incoming.on('error', onError);
  });
}

/** Options of the failed-authentication limit. */
export interface AuthFailureLimit {
  /** Failures allowed per address in the window before it is refused with 429. Default 20. */
  readonly failures?: number;
  /** The window, in ms. Default 60 000. */
  readonly windowMs?: number;
}

/**
 * Counts failed authentications by client address in a fixed window; an address over the limit
 * gets 429 with Retry-After on every authenticated route until its window ends, valid credentials
 * or not, so guessing tokens is slow. Bounded: addresses whose window ended are forgotten.
 */
export class AuthFailureLimiter {
  private readonly windows = new Map<string, { startMs: number; failures: number }>();
  private readonly max: number;
  private readonly windowMs: number;

  constructor(
    private readonly clock: Clock,
    limit: AuthFailureLimit = {},
  ) {
    this.max = limit.failures ?? 20;
    this.windowMs = limit.windowMs ?? 60_000;
  }

  /** Throws 429 when the address is over its limit. */
  check(address: string): void {
    const window = this.current(address);
    if (window && window.failures >= this.max) {
      const retryAfterMs = window.startMs + this.windowMs - this.clock.now();
      throw new HttpError(
        429,
        'TOO_MANY_REQUESTS',
        `too many failed authentications from this address; retry in ${Math.ceil(retryAfterMs / 1000)} s`,
        {
          retryAfterSeconds: Math.ceil(retryAfterMs / 1000),
        },
      );
    }
  }

  /** Records one failure of the address. */
  fail(address: string): void {
    const now = this.clock.now();
    const window = this.current(address) ?? { startMs: now, failures: 0 };
    window.failures += 1;
    this.windows.set(address, window);
    if (this.windows.size > 10_000) this.sweep(now);
  }

  private current(address: string) {
    const window = this.windows.get(address);
    if (window && this.clock.now() - window.startMs >= this.windowMs) {
      this.windows.delete(address);
      return undefined;
    }
    return window;
  }

  private sweep(now: number): void {
    for (const [address, window] of this.windows) if (now - window.startMs >= this.windowMs) this.windows.delete(address);
  }
}
