import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { CalendarError, type Calendar, type ComputedDeadline } from '@zwgk/calendar';
import { moduleJsonSchemas, toMermaid, verifyStoreAudit, ZwgkError, type AnyRuleModule } from '@zwgk/core';
import { xiji2018No47 } from '@zwgk/preset-xiji-2018-47';
import { ScenarioFileError } from '@zwgk/scenarios';
import { SqliteStore } from '@zwgk/store-sqlite';
import { CalendarFileError, loadCliCalendar } from './calendar/load-calendar.js';
import { importNotice } from './calendar/import-notice.js';
import { runScenarios } from './run/run-command.js';

/** Where the CLI writes; tests pass their own. */
export interface CliIo {
  /** Writes one line of output (results, timelines, JSON). */
  readonly stdout: (text: string) => void;
  /** Writes one line of diagnostics (errors). */
  readonly stderr: (text: string) => void;
  /** Raw writes for a progress bar on a terminal; leave out when stderr is not a terminal. */
  readonly progress?: (text: string) => void;
}

/** A usage or input error: printed without a stack trace, exit code 2. */
class UsageError extends Error {}

const USAGE = `usage: zwgk <command> [options]

commands:
  run <scenario|dir…>                replay scenario files; print each case's timeline with the clause behind
                                     every step; exit 1 when an expectation fails
      --report <file.html>           also write a self-contained HTML report with a timeline chart per case
      --module <path>                load rule modules from a file an integrator wrote (repeatable)
  deadline <start> <length> <unit>   due instant and how it was reached (unit: workingDays | calendarDays | hours)
  calendar import <notice.txt>       read a State Council holiday notice (国务院办公厅关于XXXX年部分节假日安排的通知)
                                     and print the schedule JSON that --calendar loads (--out <file> to write it)
  rules                              the loaded rule modules, versions, periods in force, clause counts
  diagram <module>                   a module's state diagram as Mermaid text
  schema <module>                    JSON Schemas of a module's input, event payloads, notices and output
  audit verify <store.sqlite>        check every case's hash chain; names the first broken entry

options:
  --calendar <file.json>   add a year's holiday schedule (from zwgk calendar import; repeatable);
                           also ZWGK_CALENDAR=<file>[:<file>…]. Used by every command that counts time
  --provisional            count a year without an announced schedule by its statutory holidays
                           (《全国年节及纪念日放假办法》); such deadlines are marked 暂定. Also ZWGK_PROVISIONAL=1
  --json                   machine-readable output
  --debug                  print stack traces on errors`;

const UNITS: Record<string, 'workingDays' | 'calendarDays' | 'hours'> = {
  workingDays: 'workingDays',
  wd: 'workingDays',
  工作日: 'workingDays',
  calendarDays: 'calendarDays',
  d: 'calendarDays',
  日: 'calendarDays',
  hours: 'hours',
  h: 'hours',
  小时: 'hours',
};

function deadline(args: string[], json: boolean, io: CliIo, calendar: Calendar): number {
  const [start, lengthText, unitText] = args;
  if (!start || !lengthText || !unitText) throw new UsageError('deadline needs <start> <length> <unit>, e.g. zwgk deadline 2024-09-27 15 workingDays');
  const length = Number(lengthText);
  if (!Number.isInteger(length) || length < 1) throw new UsageError(`length must be a positive whole number, got ${lengthText}`);
  const unit = UNITS[unitText];
  if (!unit) throw new UsageError(`unit must be workingDays, calendarDays or hours, got ${unitText}`);
  let computed: ComputedDeadline;
  if (unit === 'hours') {
    if (!start.includes('T')) throw new UsageError('an hour period starts at an instant, e.g. 2019-09-30T23:30:00+08:00');
    computed = calendar.hourDeadline(start, length);
  } else {
    computed = unit === 'workingDays' ? calendar.workingDayDeadline(start, length) : calendar.calendarDayDeadline(start, length);
  }
  if (json) {
    io.stdout(JSON.stringify(computed, null, 2));
    return 0;
  }
  const e = computed.explanation;
  io.stdout(unit === 'hours' ? `due     ${computed.dueAt}` : `due     ${computed.dueAt}  (${computed.dueDate} 24:00 北京时间)`);
  io.stdout(`rule    ${e.rule}`);
  if (e.skipped.length > 0) io.stdout(`skipped ${e.skipped.map((d) => `${d.date}(${d.holiday ?? '周末'})`).join(' ')}`);
  if (e.workedWeekendDays.length > 0) io.stdout(`调休     ${e.workedWeekendDays.map((d) => `${d.date}(为${d.for}调休, ${d.notice})`).join(' ')}`);
  if (e.rolledForward) io.stdout(`rolled  ${e.rolledForward.from} → ${e.rolledForward.to}`);
  if (e.provisional) io.stdout(`暂定     PROVISIONAL: ${e.provisional.years.join(', ')} not announced yet, counted by ${e.provisional.basis}; load the notice (--calendar) to confirm`);
  io.stdout(`说明     ${e.summary}`);
  return 0;
}

function rules(json: boolean, io: CliIo): number {
  const rows = xiji2018No47.modules.map((m) => ({
    id: m.id,
    version: m.version,
    title: m.title.zh,
    regulation: m.source.name,
    inForce: `${m.inForce.from}…${m.inForce.to}`,
    clauses: Object.keys(m.clauses).length,
    unimplemented: Object.keys(m.unimplemented ?? {}).length,
  }));
  if (json) {
    io.stdout(JSON.stringify({ preset: xiji2018No47.documentNumber, modules: rows }, null, 2));
    return 0;
  }
  io.stdout(`${xiji2018No47.title}（${xiji2018No47.documentNumber}）`);
  for (const r of rows) {
    io.stdout(`${r.id.padEnd(24)} ${r.version.padEnd(7)} ${r.inForce}  ${String(r.clauses).padStart(3)} clauses (${r.unimplemented} not implemented, with reasons)  《${r.regulation}》`);
  }
  return 0;
}

function moduleById(id: string | undefined): AnyRuleModule {
  const found = xiji2018No47.modules.find((m) => m.id === id);
  if (!found) throw new UsageError(`no module ${id ?? '(none given)'}; modules: ${xiji2018No47.modules.map((m) => m.id).join(', ')}`);
  return found;
}

async function auditVerify(args: string[], json: boolean, io: CliIo): Promise<number> {
  const [file] = args;
  if (!file) throw new UsageError('audit verify needs the store file, e.g. zwgk audit verify cases.sqlite');
  const store = new SqliteStore(file);
  try {
    const cases = (await store.caseIds()).length;
    const verdict = await verifyStoreAudit(store);
    if (json) io.stdout(JSON.stringify({ ...verdict, cases }));
    else if (verdict.ok) io.stdout(`ok: ${cases} cases, ${verdict.entries} audit entries, every chain verifies`);
    else io.stdout(`BROKEN: case ${verdict.caseId}, entry ${verdict.seq}: ${verdict.reason}`);
    return verdict.ok ? 0 : 1;
  } finally {
    store.close();
  }
}

/**
 * Runs the zwgk command line and returns its exit code: 0 on success, 1 when what was checked
 * failed (a broken audit chain), 2 on a usage or input error (printed to stderr, no stack trace
 * unless --debug).
 */
export async function runCli(argv: readonly string[], io: CliIo, env: Readonly<Record<string, string | undefined>> = {}): Promise<number> {
  let debug = argv.includes('--debug');
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        debug: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        report: { type: 'string' },
        module: { type: 'string', multiple: true, default: [] },
        calendar: { type: 'string', multiple: true, default: [] },
        provisional: { type: 'boolean', default: false },
        out: { type: 'string' },
      },
    });
    const calendar = () => loadCliCalendar({ files: values.calendar, provisional: values.provisional, env });
    debug = values.debug;
    const [command, ...rest] = positionals;
    if (values.help || !command) {
      io.stdout(USAGE);
      return command || values.help ? 0 : 2;
    }
    switch (command) {
      case 'run':
        if (rest.length === 0) throw new UsageError('run needs scenario files or directories, e.g. zwgk run examples/scenarios');
        return await runScenarios(rest, { json: values.json, modulePaths: values.module, calendar: await calendar(), ...(values.report ? { report: values.report } : {}) }, io);
      case 'deadline':
        return deadline(rest, values.json, io, await calendar());
      case 'calendar': {
        if (rest[0] !== 'import' || !rest[1]) throw new UsageError('calendar has one subcommand: zwgk calendar import <notice.txt> [--out <file.json>]');
        const { json, summary } = await importNotice(rest[1], await calendar());
        if (values.out) {
          await writeFile(values.out, `${json}\n`, 'utf8');
          io.stdout(`${summary} → ${values.out}`);
        } else io.stdout(json);
        return 0;
      }
      case 'rules':
        return rules(values.json, io);
      case 'diagram':
        io.stdout(toMermaid(moduleById(rest[0]).machine));
        return 0;
      case 'schema':
        io.stdout(JSON.stringify(moduleJsonSchemas(moduleById(rest[0])), null, 2));
        return 0;
      case 'audit':
        if (rest[0] !== 'verify') throw new UsageError('audit has one subcommand: zwgk audit verify <store.sqlite>');
        return await auditVerify(rest.slice(1), values.json, io);
      default:
        throw new UsageError(`unknown command ${command}\n\n${USAGE}`);
    }
  } catch (error) {
    if (debug && error instanceof Error) io.stderr(error.stack ?? error.message);
    else if (error instanceof UsageError || error instanceof CalendarFileError || error instanceof CalendarError || error instanceof ZwgkError || error instanceof ScenarioFileError) io.stderr(`zwgk: ${error.message}`);
    else if (error instanceof Error && (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') io.stderr(`zwgk: ${error.message}`);
    else io.stderr(`zwgk: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}
