// A process that writes events until it is killed. It prints `ack <case> <eventId>` only after
// engine.send resolved, i.e. after the commit: every acknowledged event must survive SIGKILL.
import { china } from '@zwgk/calendar';
import { createEngine, SimulatedClock } from '@zwgk/core';
import { clerk, toyRequest, toyReview } from '../../packages/core/test/fixtures/toy-modules.js';
import { openStore } from './stores.js';

const [spec, worker] = process.argv.slice(2) as [string, string];
const { store } = await openStore(spec, 20_000, { create: true }); // the first worker starts the store
const clock = new SimulatedClock('2019-09-27T10:00:00+08:00');
let n = 0;
const engine = createEngine({ modules: [toyRequest, toyReview], calendar: china, clock, store, newId: () => `${worker}-${++n}` });
const payloads = { 'thirdParty.consulted': { party: '某公司' }, 'thirdParty.replied': { agrees: true } } as const;

// Four cases at a time, their events sent together: the store's group commit writes them in
// shared transactions, so a kill can land in the middle of a batch.
const together = 4;
for (let i = 0; ; i++) {
  const opened = await Promise.all(
    Array.from({ length: together }, () => engine.open('toy-request', { input: { applicant: '张三' }, actor: clerk })),
  );
  for (const { caseId } of opened) process.stdout.write(`case ${caseId}\n`);
  for (const type of ['thirdParty.consulted', 'thirdParty.replied'] as const) {
    await Promise.all(
      opened.map(async ({ caseId }, k) => {
        const eventId = `${worker}-${i}-${k}-${type}`;
        await engine.send(caseId, { type, payload: payloads[type], actor: clerk, eventId });
        process.stdout.write(`ack ${caseId} ${eventId}\n`);
      }),
    );
  }
}
