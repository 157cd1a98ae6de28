import { type Calendar, china, createCalendar, toBeijingDate, type YearSchedule } from '@zwgk/calendar';
import {
  type AnyRuleModule,
  type Clock,
  createEngine,
  createScheduler,
  type Engine,
  type FiredDeadline,
  type RecomputedDeadline,
  type Scheduler,
  ZwgkError,
} from '@zwgk/core';
import { xiji2018No47 } from '@zwgk/preset-xiji-2018-47';
import { SqliteStore } from '@zwgk/store-sqlite';
import { type ApplicationForm, toApplicationInput } from './application-form.js';
import { type CaseRow, caseRow, stateLabel } from './case-rows.js';
import { decisionEvent, type OaDecision, type Officer, officerActor } from './decisions.js';
import { type TodoItem, todoItem } from './todo.js';

const MODULE_ID = 'disclosure-request';

export interface OaServiceOptions {
  /** The SQLite file the cases live in; created and migrated when new. */
  readonly storeFile: string;
  /** The service's only source of time: `systemClock` in production, a `SimulatedClock` in tests and the demo. */
  readonly clock: Clock;
  /** Where warnings and overdue deadlines go: the OA's to-do list or notification centre. */
  readonly onTodo?: (item: TodoItem) => void | Promise<void>;
  /** A scheduler tick or a to-do delivery failed; the scheduler keeps going. Default: console.error. */
  readonly onError?: (error: unknown) => void;
  /** How often the running scheduler looks for due deadlines. Default 60 000 ms. */
  readonly schedulerIntervalMs?: number;
  /**
   * The working-day calendar. Default `china`; `createCalendar({ base: china, provisional: true })` counts
   * a year whose holidays are not yet announced by its statutory holidays, and marks such due dates 暂定.
   */
  readonly calendar?: Calendar;
}

/** What the OA gets back for a decision: the case's new state and the notices (告知书) to issue. */
export interface DecisionResult {
  readonly caseId: string;
  readonly state: string;
  /** True when this decision id had been recorded before: nothing changed. */
  readonly duplicate: boolean;
  /** The notices the decision requires, by their Chinese label, with the clause behind each. */
  readonly notices: readonly { readonly name: string; readonly label: string; readonly citation: string }[];
}

/**
 * The seam between an OA system and the engine, in-process: one engine over one SQLite file,
 * one scheduler, and OA-shaped operations. Everything time-dependent reads the injected clock.
 *
 * @example
 * const oa = new OaService({ storeFile: 'cases.sqlite', clock: systemClock, onTodo: (t) => todoTable.insert(t) });
 * oa.start();
 * const row = await oa.receiveApplication(form, clerk);
 * await oa.recordDecision(row.caseId, { kind: 'refuse', reasons: '…' }, clerk);
 */
export class OaService {
  readonly engine: Engine;
  readonly store: SqliteStore;
  readonly clock: Clock;
  readonly #module: AnyRuleModule;
  readonly #scheduler: Scheduler;
  readonly #onTodo: ((item: TodoItem) => void | Promise<void>) | undefined;
  readonly #onError: (error: unknown) => void;
  /** To-dos are delivered in firing order, one batch after the other. */
  #deliveries: Promise<void> = Promise.resolve();

  constructor(options: OaServiceOptions) {
    this.clock = options.clock;
    this.store = new SqliteStore(options.storeFile, { create: true }); // the example starts its own file when there is none
    this.engine = createEngine({
      modules: xiji2018No47.modules,
      calendar: options.calendar ?? china,
      clock: options.clock,
      store: this.store,
    });
    this.#module = xiji2018No47.modules.find((m) => m.id === MODULE_ID)!;
    this.#onTodo = options.onTodo;
    this.#onError = options.onError ?? ((error) => console.error('[oa-embedding]', error));
    this.#scheduler = createScheduler(this.engine, {
      ...(options.schedulerIntervalMs === undefined ? {} : { intervalMs: options.schedulerIntervalMs }),
      // The scheduler calls this after each tick's commits: the firings are stored before the OA hears of them.
      onFired: (fired) => {
        this.#deliveries = this.#deliveries.then(() => this.#deliver(fired));
      },
      onError: this.#onError,
    });
  }

  /**
   * Registers an application (第七条: at once, when valid identity papers are given) and opens its
   * disclosure-request case; the 15-working-day reply period (第八条) starts on receipt.
   */
  async receiveApplication(form: ApplicationForm, receptionist: Officer): Promise<CaseRow> {
    const occurredAt = form.receivedAt;
    const receivedMs = occurredAt === undefined ? Number.NaN : Date.parse(occurredAt);
    // A malformed receipt time is numbered by today; the engine then rejects it (INVALID_ARGUMENT).
    const caseId = form.fileNumber ?? (await this.#nextFileNumber(Number.isFinite(receivedMs) ? receivedMs : this.clock.now()));
    await this.engine.open(MODULE_ID, {
      caseId,
      input: toApplicationInput(form),
      actor: officerActor(receptionist),
      title: form.description,
      ...(occurredAt === undefined ? {} : { occurredAt }),
    });
    return this.caseRow(caseId);
  }

  /**
   * Records an officer's decision on a case as the engine event it stands for. `decisionId` is the
   * OA's id of the approval or document: recording it twice (a double click, a retried request)
   * changes nothing.
   */
  async recordDecision(
    caseId: string,
    decision: OaDecision,
    officer: Officer,
    options: { decisionId?: string } = {},
  ): Promise<DecisionResult> {
    const { type, payload } = decisionEvent(decision);
    const result = await this.engine.send(caseId, {
      type,
      payload,
      actor: officerActor(officer),
      ...(options.decisionId === undefined ? {} : { eventId: options.decisionId }),
    });
    const { case: record } = await this.engine.getCase(caseId);
    return {
      caseId,
      state: stateLabel(record),
      duplicate: result.duplicate,
      notices: result.notices.map((n) => ({
        name: n.name,
        label: this.#module.notices?.[n.name]?.label.zh ?? n.name,
        citation: n.citation,
      })),
    };
  }

  /** The disclosure-request cases in order of receipt (第八条 answers them in that order), with due dates and flags. */
  async caseList(): Promise<CaseRow[]> {
    const records = await this.engine.listCases({ moduleId: MODULE_ID });
    const inOrder = [...records].sort((a, b) => Date.parse(a.openedAt) - Date.parse(b.openedAt) || a.id.localeCompare(b.id));
    return Promise.all(inOrder.map((r) => this.caseRow(r.id)));
  }

  async caseRow(caseId: string): Promise<CaseRow> {
    const view = await this.engine.getCase(caseId);
    if (view.case.moduleId !== MODULE_ID)
      throw new ZwgkError('INVALID_ARGUMENT', `case ${caseId} is not an application (${view.case.moduleId})`, { caseId });
    const reply = view.deadlines.find((d) => d.name === 'reply');
    return caseRow(view.case, reply, this.clock.now(), this.engine.calendar, this.#module);
  }

  /**
   * Loads a year the State Council has just announced (the JSON `zwgk calendar import` writes): the
   * running deadlines it moves are recomputed and audited on their cases, and returned so the OA can
   * tell the clerks (a due date that comes earlier is warned again).
   */
  async loadCalendarYear(schedules: readonly YearSchedule[]): Promise<readonly RecomputedDeadline[]> {
    const current = this.engine.calendar;
    return this.engine.useCalendar(
      createCalendar({ base: current, schedules, id: `${current.id}+${schedules.map((s) => s.year).join('+')}` }),
    );
  }

  /** Runs one scheduler tick now and waits until its warnings and overdue deadlines have reached `onTodo`. */
  async runScheduler(): Promise<readonly FiredDeadline[]> {
    const fired = await this.#scheduler.runOnce();
    await this.#deliveries;
    return fired;
  }

  /** Starts the scheduler: a first tick at once (firing what fell due while the service was down), then every interval. */
  start(): void {
    this.#scheduler.start();
  }

  /** Stops the scheduler, lets pending to-dos reach the hook, and closes the SQLite file. */
  async close(): Promise<void> {
    await this.#scheduler.stop();
    await this.#deliveries;
    this.store.close();
  }

  async #deliver(fired: readonly FiredDeadline[]): Promise<void> {
    if (!this.#onTodo) return;
    for (const one of fired) {
      try {
        await this.#onTodo(todoItem(one, await this.engine.getCase(one.caseId), this.engine.calendar));
      } catch (error) {
        // The firing is committed; the case list still shows the flag. Report and go on with the rest.
        this.#onError(error);
      }
    }
  }

  /** A file number (文号) like YSQ-2020-0003, numbered per year of receipt. A real OA takes it from its own register. */
  async #nextFileNumber(receivedMs: number): Promise<string> {
    const prefix = `YSQ-${toBeijingDate(receivedMs).slice(0, 4)}-`;
    const used = (await this.engine.listCases({ moduleId: MODULE_ID }))
      .map((r) => (r.id.startsWith(prefix) ? Number(r.id.slice(prefix.length)) : 0))
      .filter(Number.isFinite);
    return `${prefix}${String(Math.max(0, ...used) + 1).padStart(4, '0')}`;
  }
}
