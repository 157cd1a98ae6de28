import { createHash, timingSafeEqual } from 'node:crypto';
import type { PeerCertificate } from 'node:tls';
import { formatIssuePath } from '@zwgk/calendar';
import type { Actor } from '@zwgk/core';
import { z } from 'zod';
import { HttpError } from './errors.js';

/**
 * What a request's credentials (a bearer token, a client certificate) allow: the actor id they
 * act as and the roles that actor may claim. `'*'` as actorId is a trusted gateway (the OA
 * system's backend) that names its user on each request; `'*'` as roles allows any role.
 */
export interface Principal {
  readonly actorId: string;
  readonly roles: readonly string[] | '*';
  /**
   * The agencies whose cases these credentials may open, read and act on; `'*'` (the default) is
   * an administrator scope that sees every agency, cases without an agency included.
   */
  readonly agencies?: readonly string[] | '*';
  /** The module ids they may open and act on; default `'*'`. */
  readonly modules?: readonly string[] | '*';
}

/** What the connection knows about the client, when the app runs on Node's server. */
export interface Connection {
  /** The client certificate of a TLS connection that asked for one. */
  readonly peerCertificate?: PeerCertificate;
  /** True when the client certificate chains to a trusted CA. */
  readonly authorized?: boolean;
}

/** Ties a request to a principal; null refuses it (401). */
export type Authenticator = (request: Request, connection: Connection) => Principal | null | Promise<Principal | null>;

/** Who a credential stands for: an actor id (or `*`) and the roles it may claim (or `*`). */
export const principalSchema = z.strictObject({
  actorId: z.string().min(1),
  roles: z.union([z.literal('*'), z.array(z.string().min(1))]),
  agencies: z.union([z.literal('*'), z.array(z.string().min(1)).min(1)]).optional(),
  modules: z.union([z.literal('*'), z.array(z.string().min(1)).min(1)]).optional(),
});

/** A token file: `{ "<token>": { "actorId": "clerk-ma", "roles": ["clerk"] } }`. */
export const tokenTableSchema = z.record(z.string().min(16, 'tokens must be at least 16 characters'), principalSchema);

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * Authenticates `Authorization: Bearer <token>` against a table of tokens.
 * Tokens are compared by their SHA-256 in constant time, so the lookup leaks nothing by timing.
 *
 * @example
 * createHttpApp({ engine, authenticate: bearerTokens({ [process.env.CLERK_TOKEN!]: { actorId: 'clerk-ma', roles: ['clerk'] } }) })
 */
export function bearerTokens(tokens: Readonly<Record<string, Principal>>): Authenticator {
  const parsed = tokenTableSchema.safeParse(tokens);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // Never echo a token: name the position of the faulty entry only.
    const index = issue ? Object.keys(tokens).indexOf(String(issue.path[0])) : -1;
    throw new TypeError(
      `bearerTokens: entry ${index + 1} is invalid: ${formatIssuePath(issue?.path.slice(1) ?? []) || 'token'} ${issue?.message ?? ''}`.trim(),
    );
  }
  const table = Object.entries(parsed.data).map(([token, principal]) => ({ hash: digest(token), principal }));
  return (request) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '');
    if (!match) return null;
    const hash = digest(match[1]!);
    let found: Principal | null = null;
    for (const entry of table) if (timingSafeEqual(entry.hash, hash)) found = entry.principal;
    return found;
  };
}

/**
 * Authenticates mutual TLS: a client certificate the server's CA trusts, looked up by its subject
 * common name. Serve with `tls: { key, cert, ca, requestCert: true }` (see {@link serve}).
 */
export function clientCertificates(subjects: Readonly<Record<string, Principal>>): Authenticator {
  for (const [cn, principal] of Object.entries(subjects)) {
    if (!principalSchema.safeParse(principal).success) throw new TypeError(`clientCertificates: ${cn} must be { actorId, roles }`);
  }
  return (_request, connection) => {
    if (!connection.authorized || !connection.peerCertificate) return null;
    const cn = connection.peerCertificate.subject?.CN;
    return typeof cn === 'string' && Object.hasOwn(subjects, cn) ? subjects[cn]! : null;
  };
}

const header = (request: Request, name: string): string | undefined => {
  const value = request.headers.get(name);
  if (value === null || value === '') return undefined;
  // Header values are bytes: a Chinese name travels percent-encoded.
  try {
    return decodeURIComponent(value);
  } catch {
    throw new HttpError(400, 'INVALID_ARGUMENT', `header ${name} is not valid percent-encoding`, { header: name });
  }
};

/**
 * The actor of a mutating request: from the body's `actor`, or the X-Zwgk-Actor and X-Zwgk-Role
 * headers, or the principal's own id and only role. The principal (when there is an
 * authenticator) must allow both the id and the role claimed; the engine then checks that the
 * role may do what is asked.
 */
export function resolveActor(request: Request, claimed: Actor | undefined, principal: Principal | undefined): Actor {
  const headerId = header(request, 'x-zwgk-actor');
  const headerRole = header(request, 'x-zwgk-role');
  if (claimed && ((headerId !== undefined && headerId !== claimed.id) || (headerRole !== undefined && headerRole !== claimed.role))) {
    throw new HttpError(400, 'INVALID_ARGUMENT', 'the body’s actor and the X-Zwgk-Actor / X-Zwgk-Role headers disagree', {
      actor: claimed,
      headers: { actor: headerId, role: headerRole },
    });
  }
  const ownId = principal && principal.actorId !== '*' ? principal.actorId : undefined;
  const onlyRole = principal && principal.roles !== '*' && principal.roles.length === 1 ? principal.roles[0] : undefined;
  const id = claimed?.id ?? headerId ?? ownId;
  const role = claimed?.role ?? headerRole ?? onlyRole;
  if (!id || !role) {
    throw new HttpError(
      400,
      'INVALID_ARGUMENT',
      'the request must name its actor: body actor { id, role }, or headers X-Zwgk-Actor and X-Zwgk-Role',
      { actor: { id: id ?? null, role: role ?? null } },
    );
  }
  if (principal) {
    if (principal.actorId !== '*' && principal.actorId !== id) {
      throw new HttpError(403, 'ACTOR_NOT_ALLOWED', `these credentials act as ${principal.actorId}, not ${id}`, {
        actor: id,
        authenticatedAs: principal.actorId,
      });
    }
    if (principal.roles !== '*' && !principal.roles.includes(role)) {
      throw new HttpError(403, 'ROLE_NOT_ALLOWED', `${id} may not claim role ${role} (granted: ${principal.roles.join(', ') || 'none'})`, {
        actor: id,
        role,
        granted: principal.roles,
      });
    }
  }
  return { id, role, ...(claimed?.name ? { name: claimed.name } : {}) };
}

/** Tries each authenticator in turn: the first principal found wins (bearer token or client certificate). */
export function firstOf(...authenticators: readonly Authenticator[]): Authenticator {
  return async (request, connection) => {
    for (const authenticate of authenticators) {
      const principal = await authenticate(request, connection);
      if (principal) return principal;
    }
    return null;
  };
}
