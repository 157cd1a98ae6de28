import { describeIssue, instantToMs } from '@zwgk/calendar';
import type { z } from 'zod';
import { canonicalJson, isSortedPlain } from '../audit.js';
import type { CaseRecord } from '../case-record.js';
import { ZwgkError } from '../errors.js';
import { type Actor, type CaseEvent, ENGINE_EVENT_TYPES } from '../events.js';
import { own } from '../own.js';
import { checkPayloadLimits } from '../payload-limits.js';
import { type EngineContext, legalInstant, newWork } from './context.js';
import { deliver } from './deliver.js';
import { answerFacts } from './facts.js';
import { drain } from './lifecycle.js';
import type { EventRequest, SendResult } from './types.js';
import { commit, loadInto, result } from './working.js';

/** Checks that an actor is `{ id, role }` with non-empty strings. */
export function validateActor(actor: unknown, field: string): asserts actor is Actor {
  const a = actor as Partial<Actor> | undefined;
  if (!a || typeof a.id !== 'string' || !a.id || typeof a.role !== 'string' || !a.role) {
    throw new ZwgkError('INVALID_ARGUMENT', `${field} must be { id, role } with non-empty strings`, { [field]: actor ?? null });
  }
}

/**
 * What makes two sends of one event id the same event: its type, payload, actor and stated time,
 * as a SHA-256 of their canonical JSON (stored beside the result, compared on a repeat).
 */
export function requestFingerprint(ctx: EngineContext, request: EventRequest): string {
  // What a store's JSON round trip would give: sorted plain data already is (and prints the same text).
  const { payload: sent } = request;
  const payload = sent === undefined ? {} : isSortedPlain(sent) ? sent : (JSON.parse(JSON.stringify(sent)) as unknown);
  return ctx.digest(
    canonicalJson({
      actor: { id: request.actor.id, role: request.actor.role },
      occurredAt: request.occurredAt ?? null,
      payload,
      type: request.type,
    }),
  );
}

/** UNKNOWN_CASE, as for a case that does not exist, when the request's `visible` rule hides the case from its sender. */
export function assertVisible(caseId: string, request: EventRequest, record: CaseRecord | undefined): void {
  if (!record || (request.visible && !request.visible(record))) throw new ZwgkError('UNKNOWN_CASE', `no case ${caseId}`, { caseId });
}

/** Applies one external event to a case in one operation: checks, delivery, what follows, commit. */
export async function applyEvent(ctx: EngineContext, caseId: string, request: EventRequest, eventId: string): Promise<SendResult> {
  const work = newWork(ctx);
  const working = await loadInto(ctx, work, caseId);
  assertVisible(caseId, request, working.record);
  const { module } = working;
  if (request.expectedVersion !== undefined && request.expectedVersion !== working.record.version) {
    throw new ZwgkError('VERSION_CONFLICT', `case ${caseId} is at version ${working.record.version}, not ${request.expectedVersion}`, {
      caseId,
      expectedVersion: request.expectedVersion,
      actualVersion: working.record.version,
      retryable: false,
    });
  }
  const spec = own(module.events, request.type);
  if (!spec || ENGINE_EVENT_TYPES.has(request.type)) {
    throw new ZwgkError('UNKNOWN_EVENT', `${module.key} has no event ${request.type} (events: ${Object.keys(module.events).join(', ')})`, {
      caseId,
      event: request.type,
    });
  }
  if (!spec.roles.includes(request.actor.role)) {
    throw new ZwgkError('ROLE_NOT_ALLOWED', `role ${request.actor.role} may not send ${request.type} (allowed: ${spec.roles.join(', ')})`, {
      caseId,
      event: request.type,
      role: request.actor.role,
      allowed: spec.roles,
    });
  }
  checkPayloadLimits(request.payload, ctx.limits, 'payload', { caseId, event: request.type });
  const parsed = (spec.schema as z.ZodType).safeParse(request.payload ?? {});
  if (!parsed.success) {
    throw new ZwgkError('INVALID_PAYLOAD', `${request.type} ${describeIssue(parsed.error.issues[0], 'payload')}`, {
      caseId,
      event: request.type,
      issues: parsed.error.issues,
    });
  }
  // Without occurredAt the event happened now: the instant this work records (formatted once).
  const at = request.occurredAt === undefined ? work.recordedAt : legalInstant(ctx, request.occurredAt, 'occurredAt');
  if (instantToMs(at) < instantToMs(working.record.updatedAt)) {
    throw new ZwgkError(
      'OUT_OF_ORDER',
      `${request.type} occurred at ${at}, before the case's last recorded event at ${working.record.updatedAt}: events are recorded in the order they happened`,
      {
        caseId,
        event: request.type,
        occurredAt: at,
        lastEventAt: working.record.updatedAt,
      },
    );
  }
  const facts = await answerFacts(ctx, working, spec, parsed.data, at);
  const event: CaseEvent = { actor: request.actor, at, eventId, ...(facts ? { facts } : {}), payload: parsed.data, type: request.type };
  const noticesBefore = working.record.notices.length;
  await deliver(ctx, work, working, event, true);
  if (work.queue.length > 0) await drain(ctx, work);
  const sendResult = result(working, false, working.record.notices.slice(noticesBefore));
  work.idempotency.push({ caseId, eventId, result: { ...sendResult, request: requestFingerprint(ctx, request) } });
  await commit(ctx, work);
  return sendResult;
}
