// Prints the walkthrough's timeline: see walkthrough.ts for the story.
import { china } from '@zwgk/calendar';
import { caseTimeline, caseTimelineLines } from '@zwgk/scenarios';
import { runWalkthrough } from './walkthrough.js';

const { engine, caseId } = await runWalkthrough();
console.log('zwgk — 依申请公开 walkthrough (西政办发〔2018〕47号), calendar', china.version);
console.log("Every step below is from the case's hash-chained audit trail; times are Beijing time.\n");
console.log(caseTimelineLines(await caseTimeline(engine, caseId)).join('\n'));
const verdict = await engine.verifyAudit();
const replay = await engine.replay(caseId);
console.log(
  `\n审计 audit: ${verdict.ok ? `chain verified (${verdict.entries} entries)` : `BROKEN at ${verdict.caseId}#${verdict.seq}`}; replay ${replay.matches ? 'reproduces' : 'DOES NOT reproduce'} the stored state.`,
);
if (!verdict.ok || !replay.matches) process.exitCode = 1;
