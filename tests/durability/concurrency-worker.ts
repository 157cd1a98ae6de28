// One of several processes acting on the same cases. Mode `send`: sends its events to the shared
// cases, retrying on VERSION_CONFLICT, printing `ack` per applied event. Mode `tick`: sweeps due
// deadlines, printing `fired` per firing.
import { china } from '@zwgk/calendar';
import { createEngine, isZwgkError, SimulatedClock } from '@zwgk/core';
import { toyRequest, toyReview } from '../../packages/core/test/fixtures/toy-modules.js';
import { openStore } from './stores.js';

const [spec, mode, worker, casesCsv] = process.argv.slice(2) as [string, 'send' | 'tick', string, string];
const { store, close } = await openStore(spec);
const clock = new SimulatedClock(mode === 'tick' ? '2019-12-31T00:00:00+08:00' : '2019-09-27T10:00:00+08:00');
const engine = createEngine({ modules: [toyRequest, toyReview], calendar: china, clock, store, retries: 0 });

if (mode === 'tick') {
  for (const f of await engine.tick()) process.stdout.write(`fired ${f.caseId} ${f.name} ${f.kind}\n`);
} else {
  const cases = casesCsv.split(',');
  for (let i = 0; i < 40; i++) {
    const caseId = cases[i % cases.length]!;
    const eventId = `${worker}-${i}`;
    for (let attempt = 0; ; attempt++) {
      try {
        const { duplicate } = await engine.send(caseId, { type: 'application.corrected', actor: { id: 'a', role: 'applicant' }, eventId });
        process.stdout.write(`${duplicate ? 'dup' : 'ack'} ${caseId} ${eventId}\n`);
        break;
      } catch (error) {
        if (!isZwgkError(error, 'VERSION_CONFLICT') || attempt > 50) throw error;
        process.stdout.write(`conflict ${caseId} ${eventId}\n`);
      }
    }
  }
}
await close();
