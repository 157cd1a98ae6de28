// Benchmark: china.addWorkingDays(d, 15) against chinese-days' findWorkday(15, d), same start dates,
// same run. Run with `npm run bench -w @zwgk/calendar`.
import { china, createCalendar } from '../src/index.js'; // the source, so the bench needs no build first

// chinese-days is only correct at or east of UTC (see test/_chineseDays.ts): it builds its holiday
// table at import in the machine zone. Put the process in Beijing time before importing it. Our
// calendar does not read the machine zone at all.
process.env.TZ = 'Asia/Shanghai';
const { default: chineseDays } = await import('chinese-days');

const DAY = 86_400_000;
const first = Date.UTC(2018, 0, 1);
const last = Date.UTC(2026, 10, 30); // 2018–2026 minus the last month, so +15 stays in loaded years
const COUNT = 10_000;
const dates: string[] = [];
for (let i = 0; i < COUNT; i++) {
  const t = first + Math.floor((i * (last - first)) / DAY / (COUNT - 1)) * DAY;
  dates.push(new Date(t).toISOString().slice(0, 10));
}

function measure(label: string, fn: (d: string) => string, minMs: number) {
  let sink = 0;
  // warm-up: one full pass, plus passes for at least a tenth of the measuring time
  const warmUntil = performance.now() + minMs / 10;
  do for (const d of dates) sink += fn(d).length;
  while (performance.now() < warmUntil);
  let ops = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (const d of dates) sink += fn(d).length;
    ops += dates.length;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return { label, ops, elapsed, opsPerSec: (ops / elapsed) * 1000, sink };
}

// The same starts on a calendar that also counts 2027–2028 provisionally (statutory holidays): the
// index covers two more years, the lookups stay O(1).
const provisional = createCalendar({ base: china, provisional: true, id: 'china+provisional' });
const ours = measure('@zwgk/calendar  china.addWorkingDays(d, 15)', (d) => china.addWorkingDays(d, 15), 1000);
const oursProvisional = measure('@zwgk/calendar  provisional 2027–28 loaded', (d) => provisional.addWorkingDays(d, 15), 1000);
const theirs = measure('chinese-days    findWorkday(15, d)', (d) => chineseDays.findWorkday(15, d), 1000);

const mismatches = dates.filter(
  (d) =>
    china.addWorkingDays(d, 15) !== chineseDays.findWorkday(15, d) || provisional.addWorkingDays(d, 15) !== china.addWorkingDays(d, 15),
);

const fmt = (n: number) => Math.round(n).toLocaleString('en-US').padStart(14);
console.log(`\n${COUNT.toLocaleString('en-US')} start dates from ${dates[0]} to ${dates.at(-1)}, n = 15, Node ${process.version}\n`);
console.log(`| ${'implementation'.padEnd(44)} | ${'ops/sec'.padStart(14)} | ${'µs/op'.padStart(8)} |`);
console.log(`| ${'-'.repeat(44)} | ${'-'.repeat(14)} | ${'-'.repeat(8)} |`);
for (const r of [ours, oursProvisional, theirs])
  console.log(`| ${r.label.padEnd(44)} | ${fmt(r.opsPerSec)} | ${((r.elapsed * 1000) / r.ops).toFixed(3).padStart(8)} |`);
const ratio = ours.opsPerSec / theirs.opsPerSec;
console.log(`\nratio: @zwgk/calendar is ${ratio.toFixed(0)}× faster (target ≥ 100×) ${ratio >= 100 ? 'OK' : 'BELOW TARGET'}`);
const ratioProvisional = oursProvisional.opsPerSec / theirs.opsPerSec;
console.log(
  `ratio with a provisional year loaded: ${ratioProvisional.toFixed(0)}× faster (target ≥ 100×) ${ratioProvisional >= 100 ? 'OK' : 'BELOW TARGET'}`,
);
console.log(
  `same answers on all ${COUNT.toLocaleString('en-US')} dates: ${mismatches.length === 0 ? 'yes' : `NO, ${mismatches.length} differ, e.g. ${mismatches.slice(0, 5).join(', ')}`}`,
);
if (mismatches.length > 0) process.exitCode = 1;
