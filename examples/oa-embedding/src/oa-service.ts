import { type Calendar, china, createCalendar, toBeijingDate, type YearSchedule } from '@zwgk/calendar';
import {
  type Clock,
  createEngine,
  createScheduler,
  type Engine,
  type FiredDeadline,
  type RecomputedDeadline,
  type Scheduler,
  ZwgkError,
} from '@zwgk/core';
import { SqliteStore } from '@zwgk/store-sqlite';
import { type ApplicationForm, toApplicationInput } from './application-form.js';
import { type CaseRow, caseRow, stateLabel } from './case-rows.js';
import { decisionEvent, type Officer, officerActor, type XijiDecision } from './decisions.js';
import { type NationalDecision, nationalDecisionEvent } from './national-decisions.js';
import { isNationalForm, type NationalApplicationForm, nationalReceiptMs, toNationalInput } from './national-form.js';
import { nationalCaseRow, nationalStateLabel } from './national-rows.js';
import { allModules, OA_PRESETS, type OaPreset, type OaPresetId, presetInForceOn } from './presets.js';
import { type TodoItem, todoItem } from './todo.js';

/** A decision on an application: under the 2019 national regulation, or under the Xiji rules (the walkthrough's). */
export type OaDecision = NationalDecision | XijiDecision;
/** An application form: the 2019 national regulation's, or the Xiji rules' (the walkthrough's). */
export type AnyApplicationForm = NationalApplicationForm | ApplicationForm;

const XIJI_MODULE = OA_PRESETS['xiji-2018-47'].applicationModule;
const NATIONAL_MODULE = OA_PRESETS['national-2019'].applicationModule;
const APPLICATION_MODULES: readonly string[] = [NATIONAL_MODULE, XIJI_MODULE];

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
   * The working-day calendar. Default `createCalendar({ base: china, provisional: true })`: the announced
   * years, and a year whose holidays are not yet announced counted by its statutory holidays, such due
   * dates marked 暂定. Pass `china` to refuse counting into an unannounced year (`CALENDAR`).
   */
  readonly calendar?: Calendar;
  /**
   * The regulation every application is registered under. Default: the one in force on the day of
   * receipt (`presetInForceOn`): 国务院令第711号 (`national-2019`) for an application received
   * today, 西政办发〔2018〕47号 while it was in force (2018-04-01…2022-04-30). Either way the engine
   * loads both, so the cases of either in the same file are listed, ticked and completed.
   */
  readonly preset?: OaPresetId;
}

/**
 * The default calendar: mainland China's announced years, and a year not yet announced counted by
 * its statutory holidays (due dates marked 暂定) until `loadCalendarYear` loads the State Council's
 * notice. Without it an application received in mid-December could not be registered at all: its
 * reply period runs into a year the calendar cannot judge.
 */
const countingUnannouncedYears = createCalendar({ base: china, provisional: true });

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
 * Applications received today are handled under 《中华人民共和国政府信息公开条例》 (`national-2019`).
 *
 * @example
 * const oa = new OaService({ storeFile: 'cases.sqlite', clock: systemClock, onTodo: (t) => todoTable.insert(t) });
 * oa.start();
 * const row = await oa.receiveApplication(nationalForm, clerk);
 * await oa.recordDecision(row.caseId, { kind: 'answer', answer: { kind: 'nonexistent', explanation: '…' } }, clerk);
 */
export class OaService {
  readonly engine: Engine;
  readonly store: SqliteStore;
  readonly clock: Clock;
  readonly #preset: OaPresetId | undefined;
  readonly #scheduler: Scheduler;
  readonly #onTodo: ((item: TodoItem) => void | Promise<void>) | undefined;
  readonly #onError: (error: unknown) => void;
  /** To-dos are delivered in firing order, one batch after the other. */
  #deliveries: Promise<void> = Promise.resolve();

  constructor(options: OaServiceOptions) {
    this.clock = options.clock;
    this.store = new SqliteStore(options.storeFile, { create: true }); // the example starts its own file when there is none
    this.engine = createEngine({
      modules: allModules,
      calendar: options.calendar ?? countingUnannouncedYears,
      clock: options.clock,
      store: this.store,
    });
    this.#preset = options.preset;
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

  /** The regulation an application received at `instantMs` (default now) is registered under. */
  presetOn(instantMs: number = this.clock.now()): OaPreset {
    return this.#preset ? OA_PRESETS[this.#preset] : presetInForceOn(instantMs);
  }

  /**
   * Registers an application and opens its case under the regulation in force on the day of
   * receipt (`presetOn`), without `occurredAt` unless the form dates the receipt. Under the 2019
   * regulation (a `NationalApplicationForm`): 第二十九条's contents, the receipt dated by its
   * channel (第三十一条), the 20-working-day reply period (第三十三条) from that day. Under the
   * Xiji rules (an `ApplicationForm`): 第六条, 第七条, and 15 working days (第八条). A form of the
   * other regulation, or a receipt later than now, is `INVALID_ARGUMENT`; nothing is registered.
   */
  async receiveApplication(form: AnyApplicationForm, receptionist: Officer): Promise<CaseRow> {
    const nowMs = this.clock.now();
    const national = isNationalForm(form);
    const xijiReceivedMs = national || form.receivedAt === undefined ? Number.NaN : Date.parse(form.receivedAt);
    // A malformed receipt time is dated today; the engine then rejects it (INVALID_ARGUMENT / INVALID_PAYLOAD).
    const receivedMs = national ? nationalReceiptMs(form, nowMs) : Number.isFinite(xijiReceivedMs) ? xijiReceivedMs : nowMs;
    const preset = this.presetOn(receivedMs);
    if (national !== (preset.id === 'national-2019'))
      throw new ZwgkError(
        'INVALID_ARGUMENT',
        `an application received on ${toBeijingDate(receivedMs)} is registered under ${preset.documentNumber} (${preset.id}): use its form (${preset.id === 'national-2019' ? 'NationalApplicationForm' : 'ApplicationForm'})`,
        { preset: preset.id },
      );
    const input = national ? toNationalInput(form, new Date(nowMs).toISOString(), nowMs) : toApplicationInput(form);
    const caseId = form.fileNumber ?? (await this.#nextFileNumber(receivedMs));
    await this.engine.open(preset.applicationModule, {
      caseId,
      input,
      actor: officerActor(receptionist),
      title: form.description,
      // The national module dates its reply period from the receipt in the input (第三十一条): the case opens now.
      ...(national || form.receivedAt === undefined ? {} : { occurredAt: form.receivedAt }),
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
    const { case: before } = await this.#applicationCase(caseId);
    const national = before.moduleId === NATIONAL_MODULE;
    const { type, payload, childKey } = national
      ? nationalDecisionEvent(decision as NationalDecision)
      : { ...decisionEvent(decision as XijiDecision), childKey: undefined };
    // A consulted party's opinion goes to its consultation, a child case of the application.
    const target = childKey === undefined ? caseId : before.children[childKey];
    if (target === undefined)
      throw new ZwgkError('INVALID_ARGUMENT', `case ${caseId} has no consultation ${childKey}`, {
        caseId,
        consultations: Object.keys(before.children),
      });
    const result = await this.engine.send(target, {
      type,
      payload,
      actor: officerActor(officer),
      ...(options.decisionId === undefined ? {} : { eventId: options.decisionId }),
    });
    const { case: record } = await this.engine.getCase(caseId);
    const { case: sentTo } = target === caseId ? { case: record } : await this.engine.getCase(target);
    const module = allModules.find((m) => m.id === sentTo.moduleId);
    return {
      caseId,
      state: national ? nationalStateLabel(record) : stateLabel(record),
      duplicate: result.duplicate,
      notices: result.notices.map((n) => ({
        name: n.name,
        label: module?.notices?.[n.name]?.label.zh ?? n.name,
        citation: n.citation,
      })),
    };
  }

  /** The applications of either regulation in order of receipt (they are answered in that order), with due dates and flags. */
  async caseList(): Promise<CaseRow[]> {
    const records = (await Promise.all(APPLICATION_MODULES.map((moduleId) => this.engine.listCases({ moduleId })))).flat();
    const rows = await Promise.all(records.map((r) => this.caseRow(r.id)));
    return rows.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.caseId.localeCompare(b.caseId));
  }

  async caseRow(caseId: string): Promise<CaseRow> {
    const view = await this.#applicationCase(caseId);
    if (view.case.moduleId === NATIONAL_MODULE) return nationalCaseRow(view.case, view.deadlines, this.clock.now(), this.engine.calendar);
    const reply = view.deadlines.find((d) => d.name === 'reply');
    const module = OA_PRESETS['xiji-2018-47'].modules.find((m) => m.id === XIJI_MODULE)!;
    return caseRow(view.case, reply, this.clock.now(), this.engine.calendar, module);
  }

  async #applicationCase(caseId: string) {
    const view = await this.engine.getCase(caseId);
    if (!APPLICATION_MODULES.includes(view.case.moduleId))
      throw new ZwgkError('INVALID_ARGUMENT', `case ${caseId} is not an application (${view.case.moduleId})`, { caseId });
    return view;
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
    const used = (await Promise.all(APPLICATION_MODULES.map((moduleId) => this.engine.listCases({ moduleId }))))
      .flat()
      .map((r) => (r.id.startsWith(prefix) ? Number(r.id.slice(prefix.length)) : 0))
      .filter(Number.isFinite);
    return `${prefix}${String(Math.max(0, ...used) + 1).padStart(4, '0')}`;
  }
}
