// The code of docs/guides/embedding.md. Each `#region` is quoted verbatim by the guide, and
// tests/docs/embedding-guide.test.ts checks both that the guide still quotes it and that it runs.

// #region imports
import { china } from '@zwgk/calendar';
import {
  type Actor,
  type CaseRecord,
  type Clock,
  createEngine,
  createScheduler,
  type DeadlineRecord,
  type Engine,
  type FiredDeadline,
  isZwgkError,
  type Scheduler,
  type SendResult,
  systemClock,
} from '@zwgk/core';
import { xiji2018No47 } from '@zwgk/preset-xiji-2018-47';
import { PostgresStore } from '@zwgk/store-postgres';
import { SqliteStore } from '@zwgk/store-sqlite';
// #endregion imports

// #region sqlite
/** One office, one server: the cases live in a SQLite file next to the OA system. */
export function openSqliteEngine(file: string, clock: Clock = systemClock): { engine: Engine; close: () => void } {
  const store = new SqliteStore(file, { create: true }); // creates the file if asked, migrates the schema; WAL, synchronous=FULL
  const engine = createEngine({ modules: xiji2018No47.modules, calendar: china, clock, store });
  return { engine, close: () => store.close() };
}
// #endregion sqlite

// #region postgres
/** Several OA servers sharing the cases: PostgreSQL. Every process runs the same code. */
export async function openPostgresEngine(
  url: string,
  schema = 'zwgk',
  clock: Clock = systemClock,
): Promise<{ engine: Engine; close: () => Promise<void> }> {
  const store = await PostgresStore.open({ connection: url, schema, create: true }); // creates the schema if asked; migrations under an advisory lock
  const engine = createEngine({
    modules: xiji2018No47.modules,
    calendar: china,
    clock,
    store,
    retries: 5, // a write that lost a race with another process is retried on the fresh case this often
    parameters: { 'disclosure-request': { restartOnCorrection: true } }, // what the text leaves open, per module
  });
  return { engine, close: () => store.close() };
}
// #endregion postgres

// #region scheduler
/** Fires warnings and due deadlines. Deadlines are rows, so a restart loses nothing: the first tick fires what fell due meanwhile. */
export function startScheduler(engine: Engine, notify: (fired: FiredDeadline) => void): Scheduler {
  const scheduler = createScheduler(engine, {
    intervalMs: 60_000, // bounds how late a firing can be, nothing else
    onFired: (fired) => fired.forEach(notify), // kind 'warning' (预警) or 'due' (到期), with lateMs
    onError: (error) => console.error('zwgk tick failed; the next tick retries', error),
  });
  scheduler.start();
  return scheduler; // on shutdown: await scheduler.stop()
}
// #endregion scheduler

// #region open
/** Registration of a written application (立案即登记): the OA file number becomes the case id. */
export async function registerApplication(engine: Engine, fileNumber: string, clerk: Actor): Promise<SendResult> {
  return engine.open('disclosure-request', {
    caseId: fileNumber,
    actor: clerk,
    agency: '西吉县人民政府办公室',
    title: '2020年农村危房改造补助资金分配明细',
    occurredAt: '2020-09-29T09:00:00+08:00', // receipt in law; may be earlier than now, never later
    input: {
      channel: 'writing',
      applicant: {
        kind: 'citizen',
        name: '马明',
        contact: '13909541234',
        identity: { document: 'residentIdCard', number: '640422198503120027' },
      },
      request: { kind: 'disclosure', description: '2020年农村危房改造补助资金分配明细', form: 'paper' },
    },
  });
}
// #endregion open

// #region send
/** What an OA button does: send one event, idempotently, against the version the screen showed. */
export async function submit(
  engine: Engine,
  caseId: string,
  form: { type: string; payload: unknown; actor: Actor; formId: string; shownVersion: number },
): Promise<{ ok: true; result: SendResult } | { ok: false; message: string }> {
  try {
    const result = await engine.send(caseId, {
      type: form.type,
      payload: form.payload,
      actor: form.actor,
      eventId: `oa-form-${form.formId}`, // a double click or a retried HTTP request changes nothing the second time
      expectedVersion: form.shownVersion, // someone else acted since the screen was drawn → VERSION_CONFLICT
    });
    return { ok: true, result }; // result.duplicate is true when this eventId had already been applied
  } catch (error) {
    if (isZwgkError(error, 'VERSION_CONFLICT')) return { ok: false, message: '案件已被他人更新，请刷新后重试' };
    if (isZwgkError(error, 'ROLE_NOT_ALLOWED') || isZwgkError(error, 'EVENT_NOT_ALLOWED') || isZwgkError(error, 'INVALID_PAYLOAD')) {
      return { ok: false, message: error.message }; // recorded in the audit trail as a rejection; the case is unchanged
    }
    throw error;
  }
}
// #endregion send

// #region screens
/** The data of three OA screens: an inbox, a case page and the deadlines due this week. */
export async function inbox(engine: Engine, agency: string): Promise<CaseRecord[]> {
  return engine.listCases({ moduleId: 'disclosure-request', status: 'open', agency, limit: 50 });
}

export async function casePage(engine: Engine, caseId: string) {
  const { case: record, deadlines, acceptedEvents } = await engine.getCase(caseId);
  return {
    state: record.state, // e.g. handling.(main.examining|review.none|agencies.none|thirdParty.none)
    version: record.version, // send it back as expectedVersion
    buttons: acceptedEvents, // the events the current state accepts: one button each
    deadlines: deadlines.map((d) => ({ label: d.label.zh, dueAt: d.dueAt, status: d.status, citation: d.citation, why: d.explanation })),
    notices: record.notices, // 告知书 sent, each with its clause
    breaches: record.breaches, // e.g. replyOverdue
  };
}

export async function dueThisWeek(engine: Engine, now: number): Promise<DeadlineRecord[]> {
  return engine.upcoming({ from: now, to: now + 7 * 24 * 3600 * 1000 }); // running deadlines warning or due in the window
}
// #endregion screens

// #region audit
/** For the auditor: every hash chain, and one case replayed from its audited inputs. */
export async function auditCase(engine: Engine, caseId: string): Promise<{ chainOk: boolean; replayMatches: boolean }> {
  const verdict = await engine.verifyAudit(); // all cases; engine.verifyAudit(caseId) for one
  if (!verdict.ok) console.error(`audit chain broken at ${verdict.caseId}#${verdict.seq}: ${verdict.reason}`);
  const replay = await engine.replay(caseId); // re-runs the case's audited events on its module
  return { chainOk: verdict.ok, replayMatches: replay.matches };
}
// #endregion audit
