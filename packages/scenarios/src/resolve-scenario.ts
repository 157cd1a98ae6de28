import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { type Calendar, china, createCalendar, loadSchedule, schedule2020AsFirstAnnounced } from '@zwgk/calendar';
import type { Actor, AnyRuleModule } from '@zwgk/core';
import { importRuleModules } from './import-rule-modules.js';
import type { ParsedScenarioFile } from './parse-scenario-file.js';
import type { Scenario, ScenarioStep } from './scenario.js';
import { ScenarioFileError } from './scenario-file-error.js';

/** The modules a scenario may name by id, and the presets it may name to load many at once. */
export interface ModuleCatalog {
  readonly modules: readonly AnyRuleModule[];
  readonly presets?: Readonly<Record<string, readonly AnyRuleModule[]>>;
  /** What `calendar: china` (the default) means, and the base a schedule path is added to; default `china`. */
  readonly calendar?: Calendar;
}

/** Calendars a scenario may name; anything else is read as a path to a JSON year schedule. */
export const NAMED_CALENDARS: Readonly<Record<string, () => Calendar>> = {
  china: () => china,
  // The 2020 schedule before the State Council extended the Spring Festival (国办发明电〔2020〕1号).
  'china-2020-as-first-announced': () =>
    createCalendar({ base: china, schedules: [schedule2020AsFirstAnnounced], id: 'china-2020-as-first-announced' }),
};

const isPath = (ref: string) => ref.startsWith('.') || ref.startsWith('/') || /\.(m|c)?[jt]s$/.test(ref);

/**
 * Turns a parsed scenario file into a scenario ready to replay: modules by id, preset or path
 * (relative to the file), the calendar, actors by name. Problems name the file and line.
 */
export async function resolveScenario(parsed: ParsedScenarioFile, catalog: ModuleCatalog): Promise<Scenario> {
  const { data, file } = parsed;
  const base = dirname(resolve(file));
  const problem = (path: readonly PropertyKey[], message: string) =>
    new ScenarioFileError(file, [{ ...parsed.locate(path), path: path.join('.'), message }]);

  const modules = new Map<string, AnyRuleModule>();
  for (const [i, ref] of data.modules.entries()) {
    let found: readonly AnyRuleModule[];
    if (isPath(ref)) {
      try {
        found = await importRuleModules(resolve(base, ref));
      } catch (error) {
        throw problem(['modules', i], `cannot load ${ref}: ${(error as Error).message.split('\n')[0]}`);
      }
      if (found.length === 0) throw problem(['modules', i], `${ref} exports no rule module (a value returned by defineRuleModule)`);
    } else {
      const preset = catalog.presets?.[ref];
      const known = catalog.modules.filter((m) => m.id === ref);
      found = preset ?? known;
      if (found.length === 0) {
        const names = [...Object.keys(catalog.presets ?? {}), ...new Set(catalog.modules.map((m) => m.id))].join(', ');
        throw problem(['modules', i], `no module or preset ${ref}; known: ${names}`);
      }
    }
    for (const m of found) modules.set(m.key, m);
  }

  let calendar: Calendar;
  const named = NAMED_CALENDARS[data.calendar];
  if (data.calendar === 'china' && catalog.calendar) calendar = catalog.calendar;
  else if (named) calendar = named();
  else {
    try {
      const schedule = loadSchedule(JSON.parse(await readFile(resolve(base, data.calendar), 'utf8')));
      calendar = createCalendar({ base: catalog.calendar ?? china, schedules: [schedule], id: `china+${data.calendar}` });
    } catch (error) {
      throw problem(
        ['calendar'],
        `calendar ${data.calendar} is neither ${Object.keys(NAMED_CALENDARS).join(' nor ')} nor a readable year schedule: ${(error as Error).message.split('\n')[0]}`,
      );
    }
  }

  const actor = (ref: string | Actor, path: readonly PropertyKey[]): Actor => {
    if (typeof ref !== 'string') return ref;
    const declared = data.actors?.[ref];
    if (!declared) throw problem(path, `no actor ${ref} under actors (declared: ${Object.keys(data.actors ?? {}).join(', ') || 'none'})`);
    return declared;
  };

  let firstCase: string | undefined;
  const steps = data.steps.map((step, i): ScenarioStep => {
    const common = {
      at: step.at,
      ...(step.note ? { note: step.note } : {}),
      ...(step.expect ? { expect: step.expect as ScenarioStep['expect'] } : {}),
    };
    if (step.at < data.start) throw problem(['steps', i, 'at'], `step at ${step.at} is before the scenario's start ${data.start}`);
    if ('open' in step) {
      const as = step.as ?? step.open;
      firstCase ??= as;
      const open = {
        as,
        module: step.open,
        input: step.input,
        actor: actor(step.actor, ['steps', i, 'actor']),
        ...(step.agency ? { agency: step.agency } : {}),
        ...(step.title ? { title: step.title } : {}),
        ...(step.occurredAt ? { occurredAt: step.occurredAt } : {}),
      };
      return { ...common, open };
    }
    if ('send' in step) {
      const target = step.case ?? firstCase;
      if (!target) throw problem(['steps', i], 'a send step before any case is opened needs `case`');
      const send = {
        case: target,
        type: step.send,
        actor: actor(step.actor, ['steps', i, 'actor']),
        ...(step.payload !== undefined ? { payload: step.payload } : {}),
        ...(step.eventId ? { eventId: step.eventId } : {}),
        ...(step.occurredAt ? { occurredAt: step.occurredAt } : {}),
      };
      return { ...common, send };
    }
    return { ...common, tick: true };
  });

  return {
    name: data.scenario,
    modules: [...modules.values()],
    calendar,
    start: data.start,
    steps,
    ...(data.parameters ? { parameters: data.parameters } : {}),
  };
}
