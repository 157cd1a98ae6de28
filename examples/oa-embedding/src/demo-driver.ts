import { SimulatedClock } from '@zwgk/core';
import { beijingDateTime } from './beijing-time.js';
import type { CaseRow } from './case-rows.js';
import { OaService } from './oa-service.js';
import type { TodoItem } from './todo.js';

/** The case list as a demo showed it at one moment. */
export interface DemoSnapshot {
  readonly title: string;
  readonly at: string;
  readonly rows: readonly CaseRow[];
}

const HOUR = 60 * 60 * 1000;

/** The notices a decision requires, as the demos print them: 延期答复告知书（《…》第八条）、… */
export function notices(result: { readonly notices: readonly { readonly label: string; readonly citation: string }[] }): string {
  return result.notices.map((n) => `${n.label}（${n.citation}）`).join('、');
}

/** The case list as console lines: file number, applicant, state, the deadline shown, days left, flags. */
export function formatRows(rows: readonly CaseRow[]): string[] {
  return rows.map((r) => {
    const left = r.workingDaysLeft === null ? '' : r.workingDaysLeft === 0 ? '  今日届满' : `  今日后还有 ${r.workingDaysLeft} 个工作日`;
    const flags = [r.overdue ? '【已逾期】' : r.warning ? '【临期】' : '', ...r.breaches.map((b) => `【${b}】`)].join('');
    return `  ${r.caseId}  ${r.applicant}  ${r.state}  ${r.deadline || '期限'} ${r.due}${left}  ${flags}`.trimEnd();
  });
}

/**
 * A demo's two moves on a simulated clock: `advanceTo` moves the clock as a running scheduler
 * would see it (one tick every hour on the way), `show` prints the case list and keeps it.
 */
export function simulatedRun(service: OaService, clock: SimulatedClock, print: (line: string) => void) {
  const snapshots: DemoSnapshot[] = [];
  async function advanceTo(instant: string): Promise<void> {
    const target = Date.parse(instant);
    for (let t = (Math.floor(clock.now() / HOUR) + 1) * HOUR; t < target; t += HOUR) {
      clock.set(t);
      await service.runScheduler();
    }
    clock.set(target);
    await service.runScheduler();
  }
  async function show(title: string): Promise<void> {
    const rows = await service.caseList();
    snapshots.push({ title, at: new Date(clock.now()).toISOString(), rows });
    print(`\n${title}`);
    for (const line of formatRows(rows)) print(line);
  }
  return { advanceTo, show, snapshots };
}

/**
 * A demo's service on a new SQLite file with a simulated clock from `start`: every to-do the
 * scheduler hands over is kept and printed, and the clock moves with {@link simulatedRun}'s moves.
 */
export function demoService(storeFile: string, start: string, print: (line: string) => void) {
  const clock = new SimulatedClock(start);
  const todos: TodoItem[] = [];
  const service = new OaService({
    storeFile,
    clock,
    onTodo: (item) => {
      todos.push(item);
      print(`  → ${beijingDateTime(Date.parse(item.firedAt))} 待办：${item.message}`);
    },
  });
  const run = simulatedRun(service, clock, print);
  /** 'YYYY-MM-DD HH:mm' of an ISO instant in Beijing time, as the demos print it. */
  const when = (instant: string) => instant.slice(0, 16).replace('T', ' ');
  /**
   * The demos' ending: the scheduler runs every hour to `first` and on to `second` (the case list
   * shown at each), and at `end` the to-dos are counted: each warning and overdue was handed over once.
   */
  async function runSchedulerOn(first: string, second: string, end: string): Promise<void> {
    print(`\n调度器每小时运行一次，直到 ${when(first)}`);
    await run.advanceTo(first);
    await run.show(`案件列表 · ${when(first)}`);
    print(`\n调度器继续运行，直到 ${when(second)}`);
    await run.advanceTo(second);
    await run.show(`案件列表 · ${when(second)}`);
    await run.advanceTo(end);
    print(`\n到 ${when(end)} 共 ${todos.length} 条待办：每个提醒和逾期只送达一次，调度器多跑几次也不会重复。`);
  }
  return { clock, service, todos, ...run, runSchedulerOn };
}
