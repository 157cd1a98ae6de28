import { readFile } from 'node:fs/promises';
import { type Calendar, china } from '@zwgk/calendar';
import { type Actor, createEngine, systemClock } from '@zwgk/core';
import { presets } from '@zwgk/scenarios';
import { SqliteStore } from '@zwgk/store-sqlite';

/** Options of `zwgk case open|send`. */
export interface CaseOptions {
  readonly preset: string;
  readonly store: string;
  /** `role:id`, e.g. `clerk:clerk-1`. */
  readonly actor: string;
  /** A JSON file with the input (open) or the payload (send). */
  readonly data?: string;
  readonly agency?: string;
  readonly occurredAt?: string;
  /** `--create`: start a new store file when there is none (a missing file is otherwise an error). */
  readonly create?: boolean;
  readonly json: boolean;
  /** The calendar (`--calendar`, `--provisional`); defaults to the shipped one. */
  readonly calendar?: Calendar;
}

function actorOf(text: string): Actor {
  const [role, id] = text.split(':');
  if (!role || !id) throw new Error(`--actor must be role:id, e.g. clerk:clerk-1, got ${text}`);
  return { role, id };
}

/**
 * `zwgk case open <module>` and `zwgk case send <caseId> <event>`: one step on a durable store with
 * the system clock, under a preset (`--preset national-2019` serves cases opened today).
 */
export async function caseCommand(
  args: readonly string[],
  options: CaseOptions,
  io: { readonly stdout: (text: string) => void },
): Promise<number> {
  const preset = presets[options.preset];
  if (!preset) throw new Error(`no preset ${options.preset}; presets: ${Object.keys(presets).join(', ')}`);
  const [sub, target, type] = args;
  const data = options.data ? (JSON.parse(await readFile(options.data, 'utf8')) as unknown) : {};
  const store = new SqliteStore(options.store, { create: options.create === true });
  try {
    const engine = createEngine({ modules: preset.modules, calendar: options.calendar ?? china, clock: systemClock, store });
    let caseId: string;
    if (sub === 'open' && target) {
      caseId = (
        await engine.open(target, {
          input: data,
          actor: actorOf(options.actor),
          ...(options.agency ? { agency: options.agency } : {}),
          ...(options.occurredAt ? { occurredAt: options.occurredAt } : {}),
        })
      ).caseId;
    } else if (sub === 'send' && target && type) {
      caseId = (
        await engine.send(target, {
          type,
          payload: data,
          actor: actorOf(options.actor),
          ...(options.occurredAt ? { occurredAt: options.occurredAt } : {}),
        })
      ).caseId;
    } else throw new Error('case needs: open <module> or send <caseId> <event>');
    const view = await engine.getCase(caseId);
    if (options.json) io.stdout(JSON.stringify(view, null, 2));
    else {
      io.stdout(`case ${caseId}  ${view.case.moduleId}@${view.case.moduleVersion}  ${view.case.status}  state ${view.case.state}`);
      for (const d of view.deadlines) io.stdout(`  ${d.name.padEnd(16)} ${d.status.padEnd(9)} due ${d.dueAt ?? '—'}  (${d.citation})`);
      io.stdout(`  accepts: ${view.acceptedEvents.join(', ') || 'nothing'}`);
    }
    return 0;
  } finally {
    store.close();
  }
}
