import type { Calendar } from '@zwgk/calendar';
import type { CaseRecord, DeadlineRecord } from '@zwgk/core';
import {
  type AnswerKind,
  type ClauseId,
  type Consultation,
  clauses,
  type EndWithoutAnswer,
  type NationalDisclosureContext,
  nationalDisclosureRequest,
} from '@zwgk/rule-national-disclosure-request';
import { beijingDateTime } from './beijing-time.js';
import { type CaseRow, deadlineColumns } from './case-rows.js';

const cite = (clause: ClauseId, part = '') => `${clauses[clause].citation}${part}`;

/** Each answer in the office's words, with the clause (and item) it rests on. */
export const ANSWER_LABELS: Readonly<Record<AnswerKind, string>> = {
  alreadyPublic: `予以公开：已主动公开，告知获取方式（${cite('第三十六条', '第一项')}）`,
  disclosed: `予以公开（${cite('第三十六条', '第二项')}）`,
  partlyDisclosed: `部分公开（${cite('第三十七条')}）`,
  refused: `不予公开（${cite('第三十六条', '第三项')}）`,
  nonexistent: `政府信息不存在（${cite('第三十六条', '第四项')}）`,
  notThisAgency: `不属于本机关负责公开（${cite('第三十六条', '第五项')}）`,
  repeated: `重复申请，不予重复处理（${cite('第三十六条', '第六项')}）`,
  specialProcedure: `依照有关法律、行政法规的规定办理（${cite('第三十六条', '第七项')}）`,
  needsProcessing: `需要加工、分析，不予提供（${cite('第三十八条')}）`,
  confirmation: `要求确认或重新出具已获取信息，不予处理（${cite('第三十八条')}）`,
  stillUnclear: `补正后申请内容仍不明确（${cite('第三十条')}）`,
  petition: `以申请形式信访、投诉、举报，不作为政府信息公开申请处理（${cite('第三十九条', '第一款')}）`,
  publication: `要求提供公开出版物，告知获取途径（${cite('第三十九条', '第二款')}）`,
  unreasonableVolume: `申请数量、频次明显超过合理范围且理由不合理，不予处理（${cite('第三十五条')}）`,
};

const END_LABELS: Readonly<Record<EndWithoutAnswer, string>> = {
  notCorrected: `视为放弃申请：无正当理由逾期不补正（${cite('第三十条')}）`,
  feeUnpaid: `视为放弃申请：逾期未缴纳信息处理费（${cite('办法第六条')}）`,
  withdrawn: `申请人撤回申请（${cite('第二十七条')}）`,
};

const CONSULTING_LABELS: Readonly<Record<Consultation['kind'], string>> = {
  thirdParty: `征求第三方意见中，${cite('第三十二条')}`,
  coMaker: `征求共同制作机关意见中，${cite('第三十四条')}`,
  agency: `征求其他机关意见中，${cite('第三十三条', '第三款')}`,
};

/** The case's context, read from its persisted xstate snapshot. */
export function nationalContext(snapshot: unknown): NationalDisclosureContext | undefined {
  const context = (snapshot as { context?: NationalDisclosureContext } | null)?.context;
  return context?.application ? context : undefined;
}

/** The state of a national-disclosure-request case in the office's words, with the clause behind it. */
export function nationalStateLabel(record: Pick<CaseRecord, 'state' | 'status' | 'snapshot'>): string {
  const context = nationalContext(record.snapshot);
  switch (record.state) {
    case 'answered':
      return context?.answer ? `已答复：${ANSWER_LABELS[context.answer.kind]}` : '已答复';
    case 'deemedWithdrawn':
    case 'withdrawn':
      return context?.end ? END_LABELS[context.end] : END_LABELS.withdrawn;
    case 'awaitingCorrection':
      return `办理中（待申请人补正，${cite('第三十条')}）`;
    case 'awaitingReasons':
      return `办理中（待申请人说明理由，${cite('第三十五条')}）`;
    case 'awaitingPayment':
      return `办理中（待缴纳信息处理费，${cite('办法第六条')}）`;
    case 'consulting': {
      const kinds = new Set(Object.values(context?.consultations ?? {}).flatMap((c) => (c.opinion === null ? [c.kind] : [])));
      const waits = (['thirdParty', 'coMaker', 'agency'] as const).filter((k) => kinds.has(k)).map((k) => CONSULTING_LABELS[k]);
      return `办理中（${waits.join('、') || '征求意见中'}）`;
    }
    default:
      return record.status === 'ended' ? '已终止' : '办理中';
  }
}

/**
 * The deadline a row shows: the office's reply period (or the later date of 第三十五条) while it
 * runs; else the applicant's own period while the office waits on it (补正, 说明理由, 缴费); else
 * the reply period standing still (a consultation) or as it ended.
 */
function shownDeadline(deadlines: readonly DeadlineRecord[]): DeadlineRecord | undefined {
  const named = (name: string) => deadlines.find((d) => d.name === name);
  const reply = [named('delayedReply'), named('reply')].filter((d) => d !== undefined);
  return (
    reply.find((d) => d.status === 'running') ??
    ['correction', 'feePayment', 'reasons'].map(named).find((d) => d?.status === 'running') ??
    reply.find((d) => d.status === 'paused') ??
    reply.find((d) => d.completedAt !== null && d.outcome !== 'cancelled')
  );
}

/** Builds the row of a national-disclosure-request case from its record, its deadlines and the clock. */
export function nationalCaseRow(record: CaseRecord, deadlines: readonly DeadlineRecord[], nowMs: number, calendar: Calendar): CaseRow {
  const context = nationalContext(record.snapshot);
  const shown = shownDeadline(deadlines);
  const reply = deadlines.find((d) => d.name === 'delayedReply') ?? deadlines.find((d) => d.name === 'reply');
  return {
    caseId: record.id,
    preset: 'national-2019',
    applicant: context?.application.applicant.name ?? '',
    subject: context?.application.description ?? record.title ?? '',
    receivedAt: beijingDateTime(Date.parse(context?.receivedAt ?? record.openedAt)),
    state: nationalStateLabel(record),
    closed: record.status !== 'open',
    ...deadlineColumns(shown, reply, nowMs, calendar),
    breaches: record.breaches.map((b) => `${nationalDisclosureRequest.breaches?.[b.name]?.label.zh ?? b.name}（${b.citation}）`),
  };
}
