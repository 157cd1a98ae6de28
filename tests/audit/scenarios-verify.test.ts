// Whole-record verification must never cry wolf on what the engine itself wrote: every worked
// scenario of examples/scenarios (all fifteen Xiji regulations and the national-2019 preset: children, notices, breaches, deadlines
// paused, extended, recomputed and cancelled, cases closed and ended) replayed into a store passes
// verifyStore with no finding, machine replay included.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { china } from '@zwgk/calendar';
import { createEngine, MemoryStore, SimulatedClock, verifyStore } from '@zwgk/core';
import { builtInCatalog, readScenarioFile, replayScenario, resolveScenario } from '@zwgk/scenarios';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../examples/scenarios');
const catalog = builtInCatalog(); // both presets: the Xiji rules and the 2019 national regulation
const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(ya?ml|json)$/.test(f))
  .sort();

describe('verifyStore on the worked scenarios', () => {
  it.each(files)('%s: every case record and deadline agrees with its chain and replays', async (file) => {
    const scenario = await resolveScenario(await readScenarioFile(join(root, file)), catalog);
    const store = new MemoryStore();
    await replayScenario({ ...scenario, store });
    const engine = createEngine({
      modules: scenario.modules,
      calendar: scenario.calendar ?? china,
      clock: new SimulatedClock('2018-01-01T00:00:00+08:00'),
      store,
    });
    const result = await verifyStore(store, {
      replay: async (record) =>
        (await engine.replay(record.id)).matches
          ? undefined
          : { caseId: record.id, field: 'snapshot', seq: null, reason: 'does not replay' },
    });
    expect(result.findings).toEqual([]);
    expect(result.ok).toBe(true); // (out-of-force-2023 opens no case: an empty store verifies too)
  });
});
