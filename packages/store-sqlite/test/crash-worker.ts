// A process that writes events to a SQLite file until it is killed. It prints `ack <eventId>` only
// after engine.send resolved, i.e. after the commit: every acknowledged event must survive SIGKILL.
import { china } from '@zwgk/calendar';
import { createEngine, SimulatedClock } from '@zwgk/core';
import { SqliteStore } from '@zwgk/store-sqlite';
import { clerk, toyRequest, toyReview } from '../../core/test/fixtures/toy-modules.js';

const [file, worker] = process.argv.slice(2) as [string, string];
const store = new SqliteStore(file, { synchronous: 'NORMAL' });
const clock = new SimulatedClock('2019-09-27T10:00:00+08:00');
let n = 0;
const engine = createEngine({ modules: [toyRequest, toyReview], calendar: china, clock, store, newId: () => `${worker}-${Date.now()}-${++n}` });
const payloads = { 'thirdParty.consulted': { party: '某公司' }, 'thirdParty.replied': { agrees: true } } as const;

for (let i = 0; ; i++) {
  const { caseId } = await engine.open('toy-request', { input: { applicant: '张三' }, actor: clerk });
  process.stdout.write(`case ${caseId}\n`);
  for (const type of ['thirdParty.consulted', 'thirdParty.replied'] as const) {
    const eventId = `${worker}-${i}-${type}`;
    await engine.send(caseId, { type, payload: payloads[type], actor: clerk, eventId });
    process.stdout.write(`ack ${caseId} ${eventId}\n`);
  }
}
