import type { z } from 'zod';
import { canonicalJson } from '../audit.js';
import type { CaseRecord, NoticeRecord } from '../case-record.js';
import { ZwgkError } from '../errors.js';
import type { MachineInput } from '../events.js';
import type { EngineContext } from './context.js';
import type { OpenRequest, SendResult } from './types.js';

/**
 * An open naming a case id that exists. The same open again (module, input, actor, agency, title,
 * and occurredAt when given) is a retry: the case as it now is, with `duplicate: true` and the
 * notices its opening sent. Anything else is CASE_ID_USED: the id belongs to another matter.
 */
export async function duplicateOpen(ctx: EngineContext, existing: CaseRecord, moduleId: string, request: OpenRequest): Promise<SendResult> {
  const entries = await ctx.store.audit(existing.id);
  const opened = entries.find((e) => e.kind === 'case.opened');
  const differs: string[] = [];
  if (existing.moduleId !== moduleId) differs.push('moduleId');
  if (existing.openedBy.id !== request.actor.id || existing.openedBy.role !== request.actor.role) differs.push('actor');
  if (existing.agency !== (request.agency ?? null)) differs.push('agency');
  if (existing.title !== (request.title ?? null)) differs.push('title');
  if (request.occurredAt !== undefined && existing.openedAt !== request.occurredAt) differs.push('occurredAt');
  // The stored input is the schema's parse (defaults filled in): compare the retry's parse with it.
  const storedInput = (opened?.data.input as MachineInput | undefined)?.data;
  const parsed = (ctx.registry.byKey(existing.moduleId, existing.moduleVersion).input as z.ZodType).safeParse(request.input);
  if (!opened || !parsed.success || !sameJson(storedInput, parsed.data)) differs.push('input');
  if (differs.length > 0) {
    throw new ZwgkError('CASE_ID_USED', `case id ${existing.id} is already used by another open (${differs.join(', ')} differ)`, {
      caseId: existing.id,
      differs,
      retryable: false,
    });
  }
  // The opening's notices are the ones recorded in its own commit (one recordedAt).
  const notices = entries
    .filter((e) => e.kind === 'notice.sent' && e.recordedAt === opened!.recordedAt)
    .map((e) => e.data as unknown as NoticeRecord);
  return { caseId: existing.id, version: existing.version, state: existing.state, status: existing.status, duplicate: true, notices };
}

/** Equal as JSON with sorted keys. */
function sameJson(stored: unknown, sent: unknown): boolean {
  try {
    return canonicalJson(JSON.parse(JSON.stringify(stored ?? null))) === canonicalJson(JSON.parse(JSON.stringify(sent ?? null)));
  } catch {
    return false;
  }
}
