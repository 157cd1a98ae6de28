import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { type Calendar, CalendarError, type ComputedDeadline } from '@zwgk/calendar';
import { type AnyRuleModule, moduleJsonSchemas, toMermaid, ZwgkError } from '@zwgk/core';
import { xiji2018No47 } from '@zwgk/preset-xiji-2018-47';
import { builtInCatalog, importRuleModules, presets, ScenarioFileError } from '@zwgk/scenarios';
import { SqliteStore } from '@zwgk/store-sqlite';
import { AUDIT_EXIT, auditCheckpoint, auditVerify } from './audit/audit-command.js';
import { importNotice } from './calendar/import-notice.js';
import { CalendarFileError, loadCliCalendar } from './calendar/load-calendar.js';
import { caseCommand } from './case-command.js';
import { annualReportCommand } from './report/annual-command.js';
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
      --module <path>                (run, rules, diagram, schema) also load the rule modules a file
                                     an integrator wrote exports (.ts or .js; repeatable)
  audit verify <store.sqlite>        verify the whole record: every case's hash chain; that its record
                                     (head, state, status, version, notices, deadlines) is what its chain
                                     says; that the store-wide ledger lists every case's head. Names the
                                     case, the entry and the field of each finding
      --since <checkpoint>           also prove the store extends a checkpoint taken earlier (its file or JSON)
      --key <public.pem>             and check that checkpoint's Ed25519 signature
      --replay                       also replay every case through its machine and compare snapshots
  audit checkpoint <store.sqlite>    print the ledger's checkpoint (size, Merkle root, time) as JSON
      --key <private.pem>            sign it (Ed25519)
      --out <file>                   write it to a file instead of printing it

  case open <module>                 open a case now (system clock) on a SQLite store under a preset
      --preset <id> --store <file> --actor <role:id> [--data input.json] [--agency X] [--occurred-at I] [--create]
  case send <caseId> <event>         send an event to a case: --preset, --store, --actor, [--data payload.json]
  report annual                      the national annual report (国办公开办函〔2021〕30号) from the cases
      --preset national-2019 --agency <X> --year <YYYY> --store <file> [--html out.html] [--csv out.csv]
  A store is created only by \`case open --create\`: otherwise a missing file, a file that is not a
  database, or a database that was never initialised is an error (exit 3 for audit).

presets: national-2019 (国务院令第711号, serves cases opened today), xiji-2018-47 (2018-04-01…2022-04-30)

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
  if (!start || !lengthText || !unitText)
    throw new UsageError('deadline needs <start> <length> <unit>, e.g. zwgk deadline 2024-09-27 15 workingDays');
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
  if (e.workedWeekendDays.length > 0)
    io.stdout(`调休     ${e.workedWeekendDays.map((d) => `${d.date}(为${d.for}调休, ${d.notice})`).join(' ')}`);
  if (e.rolledForward) io.stdout(`rolled  ${e.rolledForward.from} → ${e.rolledForward.to}`);
  if (e.provisional)
    io.stdout(
      `暂定     PROVISIONAL: ${e.provisional.years.join(', ')} not announced yet, counted by ${e.provisional.basis}; load the notice (--calendar) to confirm`,
    );
  io.stdout(`说明     ${e.summary}`);
  return 0;
}

/** A module an integrator wrote, with the file it came from. */
interface LoadedModule {
  readonly module: AnyRuleModule;
  readonly path: string;
}

/** The rule modules of every `--module` file; a file that exports none is a usage error. */
async function loadModules(paths: readonly string[]): Promise<LoadedModule[]> {
  const loaded: LoadedModule[] = [];
  for (const path of paths) {
    const found = await importRuleModules(path);
    if (found.length === 0) throw new UsageError(`${path} exports no rule module (a value returned by defineRuleModule)`);
    loaded.push(...found.map((module) => ({ module, path })));
  }
  return loaded;
}

function rules(json: boolean, io: CliIo, extra: readonly LoadedModule[], presetId?: string): number {
  if (presetId !== undefined && presetId !== 'xiji-2018-47') return presetRules(presetId, json, io);
  const row = (m: AnyRuleModule, from: string) => ({
    id: m.id,
    version: m.version,
    title: m.title.zh,
    regulation: m.source.name,
    inForce: `${m.inForce.from}…${m.inForce.to}`,
    clauses: Object.keys(m.clauses).length,
    unimplemented: Object.keys(m.unimplemented ?? {}).length,
    from,
  });
  const BUILT_IN = xiji2018No47.documentNumber;
  const rows = [...xiji2018No47.modules.map((m) => row(m, BUILT_IN)), ...extra.map((e) => row(e.module, e.path))];
  if (json) {
    io.stdout(JSON.stringify({ preset: xiji2018No47.documentNumber, modules: rows }, null, 2));
    return 0;
  }
  const line = (r: (typeof rows)[number]) =>
    `${r.id.padEnd(24)} ${r.version.padEnd(7)} ${r.inForce}  ${String(r.clauses).padStart(3)} clauses (${r.unimplemented} not implemented, with reasons)  《${r.regulation}》`;
  io.stdout(`${xiji2018No47.title}（${xiji2018No47.documentNumber}）`);
  for (const r of rows.filter((r) => r.from === BUILT_IN)) io.stdout(line(r));
  for (const path of new Set(extra.map((e) => e.path))) {
    io.stdout(`--module ${path}`);
    for (const r of rows.filter((r) => r.from === path)) io.stdout(line(r));
  }
  return 0;
}

/** `rules --preset <id>` for a preset other than the Xiji one. */
function presetRules(presetId: string, json: boolean, io: CliIo): number {
  const preset = presets[presetId];
  if (!preset) throw new UsageError(`no preset ${presetId}; presets: ${Object.keys(presets).join(', ')}`);
  const rows = preset.modules.map((m) => ({
    id: m.id,
    version: m.version,
    title: m.title.zh,
    inForce: `${m.inForce.from}…${m.inForce.to}`,
    clauses: Object.keys(m.clauses).length,
  }));
  if (json) io.stdout(JSON.stringify({ preset: preset.id, documentNumber: preset.documentNumber, modules: rows }, null, 2));
  else {
    io.stdout(`${preset.title}（${preset.documentNumber}）`);
    for (const r of rows)
      io.stdout(`${r.id.padEnd(30)} ${r.version.padEnd(7)} ${r.inForce}  ${String(r.clauses).padStart(3)} clauses  ${r.title}`);
  }
  return 0;
}

/** A module by id from the catalog the scenarios use: the built-in presets' and an integrator's (`--module`), which wins. */
function moduleById(id: string | undefined, extra: readonly LoadedModule[]): AnyRuleModule {
  const { modules } = builtInCatalog(extra.map((e) => e.module));
  const found = modules.findLast((m) => m.id === id);
  if (!found) throw new UsageError(`no module ${id ?? '(none given)'}; modules: ${modules.map((m) => m.id).join(', ')}`);
  return found;
}

/**
 * Runs the zwgk command line and returns its exit code: 0 on success, 1 when what was checked
 * failed (a broken audit record), 2 on a usage or input error (printed to stderr, no stack trace
 * unless --debug), 3 when `audit` finds no store at the path (`ZwgkError('NO_STORE')`).
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
        preset: { type: 'string' },
        store: { type: 'string' },
        agency: { type: 'string' },
        year: { type: 'string' },
        actor: { type: 'string' },
        data: { type: 'string' },
        html: { type: 'string' },
        csv: { type: 'string' },
        'occurred-at': { type: 'string' },
        create: { type: 'boolean', default: false },
        since: { type: 'string' },
        key: { type: 'string' },
        replay: { type: 'boolean', default: false },
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
        return await runScenarios(
          rest,
          {
            json: values.json,
            modulePaths: values.module,
            calendar: await calendar(),
            ...(values.report ? { report: values.report } : {}),
          },
          io,
        );
      case 'deadline':
        return deadline(rest, values.json, io, await calendar());
      case 'calendar': {
        if (rest[0] !== 'import' || !rest[1])
          throw new UsageError('calendar has one subcommand: zwgk calendar import <notice.txt> [--out <file.json>]');
        const { json, summary } = await importNotice(rest[1], await calendar());
        if (values.out) {
          await writeFile(values.out, `${json}\n`, 'utf8');
          io.stdout(`${summary} → ${values.out}`);
        } else io.stdout(json);
        return 0;
      }
      case 'rules':
        return rules(values.json, io, await loadModules(values.module), values.preset);
      case 'diagram':
        io.stdout(toMermaid(moduleById(rest[0], await loadModules(values.module)).machine));
        return 0;
      case 'schema':
        io.stdout(JSON.stringify(moduleJsonSchemas(moduleById(rest[0], await loadModules(values.module))), null, 2));
        return 0;
      case 'audit': {
        const [sub, file] = rest;
        if (sub !== 'verify' && sub !== 'checkpoint')
          throw new UsageError('audit has two subcommands: zwgk audit verify <store.sqlite>, zwgk audit checkpoint <store.sqlite>');
        if (!file) throw new UsageError(`audit ${sub} needs the store file, e.g. zwgk audit ${sub} cases.sqlite`);
        const options = {
          json: values.json,
          replay: values.replay,
          modules: Object.values(presets).flatMap((p) => p.modules),
          ...(values.since === undefined ? {} : { since: values.since }),
          ...(values.key === undefined ? {} : { key: values.key }),
          ...(values.out === undefined ? {} : { out: values.out }),
        };
        return sub === 'verify' ? await auditVerify(file, options, io) : await auditCheckpoint(file, options, io);
      }
      case 'case': {
        if (!values.preset || !values.store || !values.actor)
          throw new UsageError(
            'case needs --preset, --store and --actor, e.g. zwgk case open national-disclosure-request --preset national-2019 --store cases.sqlite --actor clerk:clerk-1 --data application.json',
          );
        const options = {
          preset: values.preset,
          store: values.store,
          actor: values.actor,
          json: values.json,
          ...(values.data ? { data: values.data } : {}),
          ...(values.agency ? { agency: values.agency } : {}),
          ...(values['occurred-at'] ? { occurredAt: values['occurred-at'] } : {}),
          create: values.create,
        };
        return await caseCommand(rest, { ...options, calendar: await calendar() }, io);
      }
      case 'report': {
        if (rest[0] !== 'annual')
          throw new UsageError(
            'report has one subcommand: zwgk report annual --preset national-2019 --agency X --year 2025 --store cases.sqlite',
          );
        const year = Number(values.year);
        if (!values.preset || !values.agency || !values.store || !Number.isInteger(year))
          throw new UsageError('report annual needs --preset national-2019, --agency, --year (e.g. 2025) and --store');
        return await annualReportCommand(
          {
            preset: values.preset,
            agency: values.agency,
            year,
            store: values.store,
            json: values.json,
            ...(values.html ? { html: values.html } : {}),
            ...(values.csv ? { csv: values.csv } : {}),
          },
          io,
        );
      }
      default:
        throw new UsageError(`unknown command ${command}\n\n${USAGE}`);
    }
  } catch (error) {
    if (debug && error instanceof Error) io.stderr(error.stack ?? error.message);
    else if (
      error instanceof UsageError ||
      error instanceof CalendarFileError ||
      error instanceof CalendarError ||
      error instanceof ZwgkError ||
      error instanceof ScenarioFileError
    )
      io.stderr(`zwgk: ${error.message}`);
    else if (error instanceof Error && (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      io.stderr(`zwgk: ${error.message}`);
    else io.stderr(`zwgk: ${error instanceof Error ? error.message : String(error)}`);
    return error instanceof ZwgkError && error.code === 'NO_STORE' ? AUDIT_EXIT.noStore : AUDIT_EXIT.usage;
  }
}
