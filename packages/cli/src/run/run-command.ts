import { readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Calendar } from '@zwgk/calendar';
import type { AnyRuleModule } from '@zwgk/core';
import {
  builtInCatalog,
  importRuleModules,
  type ModuleCatalog,
  runScenarioFile,
  type ScenarioReport,
  scenarioReportLines,
} from '@zwgk/scenarios';
import { htmlReport } from '../report/html-report.js';
import { progressBar } from './progress.js';

export interface RunOptions {
  readonly json: boolean;
  /** Where to write the HTML report, if anywhere. */
  readonly report?: string;
  /** Paths of modules an integrator wrote, loaded beside the built-in ones. */
  readonly modulePaths: readonly string[];
  /** The calendar a scenario's `calendar: china` means, and the base of a schedule path (--calendar, --provisional). */
  readonly calendar?: Calendar;
}

export interface RunIo {
  readonly stdout: (text: string) => void;
  /** Raw writes to a terminal's stderr for the progress bar; absent when stderr is not a terminal. */
  readonly progress?: (text: string) => void;
}

const SCENARIO_FILE = /\.(ya?ml|json)$/;

/** The scenario files named: files as given, directories searched for *.yaml, *.yml and *.json. */
async function scenarioFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) {
      const entries = await readdir(path, { recursive: true });
      files.push(
        ...entries
          .filter((e) => SCENARIO_FILE.test(e))
          .map((e) => join(path, e))
          .sort(),
      );
    } else files.push(path); // a missing file is reported by the scenario reader, with its name
  }
  return files;
}

async function catalog(modulePaths: readonly string[], calendar: Calendar | undefined): Promise<ModuleCatalog> {
  const extra: AnyRuleModule[] = [];
  for (const path of modulePaths) {
    const found = await importRuleModules(path);
    if (found.length === 0) throw new Error(`${path} exports no rule module (a value returned by defineRuleModule)`);
    extra.push(...found);
  }
  return { ...builtInCatalog(extra), ...(calendar ? { calendar } : {}) };
}

/**
 * `zwgk run`: replays scenario files on a simulated clock, prints each case's timeline (or JSON),
 * optionally writes the HTML report. Returns 0 when every expectation of every scenario holds, 1
 * otherwise; a malformed scenario file throws (exit 2).
 */
export async function runScenarios(paths: readonly string[], options: RunOptions, io: RunIo): Promise<number> {
  const files = await scenarioFiles(paths);
  if (files.length === 0) throw new Error('run needs scenario files or directories, e.g. zwgk run examples/scenarios');
  const modules = await catalog(options.modulePaths, options.calendar);
  const progress = progressBar(io.progress, files.length);
  const reports: ScenarioReport[] = [];
  for (const [i, file] of files.entries()) {
    progress.update(i, file);
    reports.push(await runScenarioFile(file, modules));
  }
  progress.finish();
  const ok = reports.every((r) => r.ok);
  if (options.report) await writeFile(options.report, htmlReport(reports), 'utf8');
  if (options.json) io.stdout(JSON.stringify({ ok, scenarios: reports }, null, 2));
  else {
    for (const report of reports) io.stdout(scenarioReportLines(report).join('\n') + '\n');
    const failed = reports.filter((r) => !r.ok).length;
    io.stdout(
      `${reports.length} scenario${reports.length === 1 ? '' : 's'}: ${reports.length - failed} passed, ${failed} failed${options.report ? ` · report: ${options.report}` : ''}`,
    );
  }
  return ok ? 0 : 1;
}
