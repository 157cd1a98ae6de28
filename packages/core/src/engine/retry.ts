import { ZwgkError } from '../errors.js';
import type { EngineContext } from './context.js';
import { newWork } from './context.js';
import type { EventRequest } from './types.js';
import { commit, loadInto } from './working.js';

/** Retries work that lost a race with another writer, reloading each time. */
export async function withRetry<T>(ctx: EngineContext, fn: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (!(error instanceof ZwgkError && error.code === 'VERSION_CONFLICT' && error.details.retryable !== false) || attempt >= ctx.retries)
        throw error;
    }
  }
}

/** Audits a refused event on its case (what was sent, by whom, and why it was refused). */
export async function recordRejection(ctx: EngineContext, caseId: string, request: EventRequest, error: ZwgkError): Promise<void> {
  await withRetry(ctx, async () => {
    const work = newWork(ctx);
    const working = await loadInto(ctx, work, caseId);
    work.append(caseId, {
      kind: 'event.rejected',
      at: work.recordedAt,
      actor: request.actor,
      data: {
        code: error.code,
        eventId: request.eventId ?? null,
        message: error.message,
        payload: boundedPayload(ctx, request.payload),
        state: working.record.state,
        type: String(request.type),
      },
    });
    await commit(ctx, work);
  });
}

/**
 * A rejected payload as the audit can hold it: JSON's view of it (Infinity → null); past
 * `maxAuditedRejectionChars` only its SHA-256 and length, so a refused 10 MB body costs the chain
 * a line, not 10 MB.
 */
function boundedPayload(ctx: EngineContext, value: unknown): unknown {
  if (value === undefined) return null;
  let json: string;
  try {
    json = JSON.stringify(value);
  } catch {
    return { unserialisable: Object.prototype.toString.call(value) };
  }
  if (json.length > ctx.limits.maxAuditedRejectionChars)
    return { omitted: 'longer than the audited limit', chars: json.length, sha256: ctx.digest(json) };
  return JSON.parse(json) as unknown;
}
