import { instantToMs } from '@zwgk/calendar';
import { verifyStoreAudit } from '../audit.js';
import { ZwgkError } from '../errors.js';
import { ID_MAX_LENGTH, ID_PATTERN, isValidId } from '../ids.js';
import { afterClosureEvents } from './after-closure.js';
import { applyEvent, assertVisible, requestFingerprint, validateActor } from './apply.js';
import { createContext, type EngineContext, legalInstant, newWork, track } from './context.js';
import { duplicateOpen } from './duplicate-open.js';
import { fireCaseUntil, tick } from './firing.js';
import { drain, openCase } from './lifecycle.js';
import { useCalendar } from './recalendar.js';
import { replay } from './replay.js';
import { recordRejection, withRetry } from './retry.js';
import type { Engine, EngineOptions, EventRequest, SendResult } from './types.js';
import { commit, loadInto, machineAcceptedEvents, result } from './working.js';

/**
 * The first result of an event id sent again, when it is the same event; IDEMPOTENCY_MISMATCH
 * when the id was used for another (results stored before fingerprints were kept are trusted).
 */
function repeatedEvent(ctx: EngineContext, caseId: string, eventId: string, previous: unknown, request: EventRequest): SendResult {
  const { request: fingerprint, ...first } = previous as SendResult & { request?: string };
  if (fingerprint !== undefined && fingerprint !== requestFingerprint(ctx, request)) {
    throw new ZwgkError(
      'IDEMPOTENCY_MISMATCH',
      `event id ${eventId} of case ${caseId} was used for another event (its type, payload, actor or occurredAt differ)`,
      { caseId, eventId, retryable: false },
    );
  }
  return { ...first, duplicate: true };
}

/**
 * Creates the engine an OA system embeds: it opens cases of rule modules, applies events,
 * keeps deadlines as data and fires them on `tick`, and writes a hash-chained audit trail.
 *
 * @example
 * const engine = createEngine({ modules: [disclosureRequest], calendar: china, clock: systemClock, store });
 * const { caseId } = await engine.open('disclosure-request', { input, actor: { id: 'clerk-1', role: 'receptionist' } });
 */
export function createEngine(options: EngineOptions): Engine {
  const ctx = createContext(options);
  const { store, registry } = ctx;

  return {
    get modules() {
      return registry.all;
    },
    get calendar() {
      return ctx.calendar;
    },

    async open(moduleId, request) {
      validateActor(request?.actor, 'actor');
      if (request.caseId !== undefined && !isValidId(request.caseId)) {
        throw new ZwgkError(
          'INVALID_ARGUMENT',
          `caseId must be 1–${ID_MAX_LENGTH} of A–Z a–z 0–9 . _ ~ : - starting with a letter or digit (${ID_PATTERN.source})`,
          {},
        );
      }
      const at = legalInstant(ctx, request.occurredAt, 'occurredAt');
      return track(ctx, () =>
        withRetry(ctx, async () => {
          if (request.caseId !== undefined) {
            const existing = await store.load(request.caseId);
            if (existing) return duplicateOpen(ctx, existing, moduleId, request);
          }
          const work = newWork(ctx);
          const working = await openCase(ctx, work, moduleId, {
            input: request.input,
            actor: request.actor,
            at,
            agency: request.agency ?? null,
            title: request.title ?? null,
            ...(request.caseId === undefined ? {} : { caseId: request.caseId }),
          });
          if (work.queue.length > 0) await drain(ctx, work);
          await commit(ctx, work);
          return result(working, false, working.record.notices);
        }),
      );
    },

    async send(caseId, request) {
      if (typeof caseId !== 'string' || !caseId) throw new ZwgkError('INVALID_ARGUMENT', 'caseId must be a non-empty string', {});
      validateActor(request?.actor, 'actor');
      if (typeof request.type !== 'string' || request.type.length > 200)
        throw new ZwgkError('INVALID_ARGUMENT', 'type must be the event type (at most 200 characters)', {});
      if (request.eventId !== undefined && !isValidId(request.eventId)) {
        throw new ZwgkError(
          'INVALID_ARGUMENT',
          `eventId must be 1–${ID_MAX_LENGTH} of A–Z a–z 0–9 . _ ~ : - starting with a letter or digit (${ID_PATTERN.source})`,
          { caseId },
        );
      }
      const eventId = request.eventId ?? ctx.newId();
      // One optimistic attempt where the store offers it: no idempotency read, the cached case (its
      // commit refuses a stale case or a repeated event id, and the attempt after reads for real).
      let optimistic = store.trustCacheFor !== undefined;
      // What falls due before the event fires first, then the event is applied.
      const fireThenApply = async () => {
        await fireCaseUntil(ctx, caseId, instantToMs(legalInstant(ctx, request.occurredAt, 'occurredAt')));
        return applyEvent(ctx, caseId, request, eventId);
      };
      try {
        return await track(ctx, () =>
          withRetry(ctx, async () => {
            const endTrust = optimistic ? store.trustCacheFor!(caseId) : undefined;
            optimistic = false;
            if (endTrust) {
              try {
                return await fireThenApply();
              } catch (error) {
                // Refused on what may be a stale view (or by the commit): decide again on what the store holds.
                if (!(error instanceof ZwgkError)) throw error;
              } finally {
                endTrust();
              }
            }
            const previous = request.eventId === undefined ? undefined : await store.idempotentResult(caseId, eventId);
            if (previous !== undefined) {
              if (request.visible) assertVisible(caseId, request, await store.load(caseId));
              return repeatedEvent(ctx, caseId, eventId, previous, request);
            }
            return fireThenApply();
          }),
        );
      } catch (error) {
        if (
          error instanceof ZwgkError &&
          error.code !== 'UNKNOWN_CASE' &&
          error.code !== 'VERSION_CONFLICT' &&
          error.code !== 'STORE_CORRUPT'
        ) {
          await recordRejection(ctx, caseId, request, error);
        }
        throw error;
      }
    },

    tick: (now = ctx.clock.now()) => track(ctx, () => tick(ctx, now)),

    async getCase(caseId) {
      const work = newWork(ctx);
      const working = await loadInto(ctx, work, caseId);
      const acceptedEvents =
        working.record.status === 'open'
          ? machineAcceptedEvents(working)
          : working.record.status === 'done'
            ? afterClosureEvents(working)
            : [];
      return { case: working.record, deadlines: [...working.deadlines.values()], acceptedEvents };
    },

    async history(caseId) {
      if (!(await store.load(caseId))) throw new ZwgkError('UNKNOWN_CASE', `no case ${caseId}`, { caseId });
      return store.audit(caseId);
    },

    listCases: (query = {}) => store.listCases(query),

    async upcoming({ from, to }) {
      const running = await store.deadlinesBetween(from, to);
      const paused = (await store.openDeadlines()).filter((d) => d.status === 'paused');
      return [...running, ...paused.sort((a, b) => (a.pausedAt ?? '').localeCompare(b.pausedAt ?? '') || a.caseId.localeCompare(b.caseId))];
    },

    async feed(query) {
      if (!store.feed) throw new ZwgkError('INVALID_ARGUMENT', 'this store keeps no change feed', {});
      return store.feed(query);
    },

    verifyAudit: (caseId) => verifyStoreAudit(store, caseId === undefined ? undefined : [caseId], ctx.digest),

    replay: (caseId) => replay(ctx, caseId),

    useCalendar: (next) => useCalendar(ctx, next),
  };
}
