// Starts the OA example: `--demo` replays applications under 国务院令第711号 on a simulated clock
// (`--demo --preset xiji-2018-47`: the 2020 walkthrough) and prints the case list as it goes;
// otherwise it serves the case list on http://127.0.0.1:3000 over a SQLite file (a temp dir unless
// --store), with the scheduler running on the system clock. Applications are registered under the
// regulation in force on the day of receipt (national-2019 today), or under --preset.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { china, createCalendar, loadSchedules, toBeijingDate } from '@zwgk/calendar';
import { type Clock, isZwgkError, systemClock } from '@zwgk/core';
import { runDemo } from './demo.js';
import { runXijiDemo } from './demo-xiji.js';
import { OaService } from './oa-service.js';
import { isOaPresetId, OA_PRESETS, type OaPresetId, presetInForceOn } from './presets.js';
import { createOaServer } from './server.js';

const { values } = parseArgs({
  options: {
    demo: { type: 'boolean', default: false },
    store: { type: 'string' },
    port: { type: 'string', default: '3000' },
    host: { type: 'string', default: '127.0.0.1' },
    now: { type: 'string' },
    // national-2019 or xiji-2018-47; default: the one in force on the day of receipt.
    preset: { type: 'string' },
    // A year's schedule from `zwgk calendar import` (repeatable), and provisional counting of years without one.
    calendar: { type: 'string', multiple: true, default: [] },
    provisional: { type: 'boolean', default: false },
  },
});
if (values.preset !== undefined && !isOaPresetId(values.preset)) {
  console.error(`--preset ${values.preset}: unknown (known: ${Object.keys(OA_PRESETS).join(', ')})`);
  process.exit(2);
}
const preset = values.preset as OaPresetId | undefined;
const schedules = values.calendar.flatMap((file) => loadSchedules(JSON.parse(readFileSync(file, 'utf8'))));
// A year not yet announced is counted by its statutory holidays (due dates marked 暂定), as OaService
// does by default: an application received in December has a reply period running into it.
// `--provisional` is kept for scripts written when this had to be asked for.
const calendar = createCalendar({ base: china, schedules, provisional: true });

const storeFile = values.store ?? join(mkdtempSync(join(tmpdir(), 'zwgk-oa-')), 'cases.sqlite');

if (values.demo) {
  // The demo's clock starts in 2020: cases left in the file by a later run would be from its future.
  if (values.store && existsSync(values.store)) {
    console.error(`--demo needs a new store file; ${values.store} exists`);
    process.exit(2);
  }
  if (preset === 'xiji-2018-47') await runXijiDemo({ storeFile });
  else await runDemo({ storeFile });
  console.log(`\n案件保存在 ${storeFile}`);
} else {
  const clock = values.now === undefined ? systemClock : offsetClock(values.now);
  const today = toBeijingDate(clock.now());
  const serving = preset ? OA_PRESETS[preset] : inForceToday(clock.now());
  const { from, to } = serving.inForce;
  console.log(`今天 (${today}) 收到的申请按 ${serving.documentNumber}《${serving.title}》办理（${serving.id}）`);
  if (today < from || today > to)
    console.warn(
      `注意：${serving.documentNumber} 的有效期为 ${from}…${to}，今天登记的申请会被拒绝 (NOT_IN_FORCE)；去掉 --preset 按今天有效的规定办理。`,
    );
  const service = new OaService({
    storeFile,
    clock,
    calendar,
    ...(preset ? { preset } : {}),
    onTodo: (item) => console.log(`[待办] ${item.message}`),
  });
  service.start();
  const server = createOaServer(service, { receptionist: { id: 'reception', name: '受理窗口', position: 'clerk' } });
  server.listen(Number(values.port), values.host, () => {
    const { port } = server.address() as AddressInfo;
    console.log(`案件列表: http://${values.host}:${port}/  (store ${storeFile})`);
  });
  const shutdown = () => {
    server.close();
    void service.close().then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

/** The preset in force on the clock's date; a date before both is reported and ends the process. */
function inForceToday(nowMs: number) {
  try {
    return presetInForceOn(nowMs);
  } catch (error) {
    if (!isZwgkError(error)) throw error;
    console.error(error.message);
    process.exit(2);
  }
}

/**
 * The system clock moved to start at `instant` and run on at wall speed: `--now
 * 2020-09-29T09:00:00+08:00` serves as the Xiji office did then, under 西政办发〔2018〕47号 (in force
 * 2018-04-01…2022-04-30), which the service picks for that date.
 */
function offsetClock(instant: string): Clock {
  const start = Date.parse(instant);
  if (!Number.isFinite(start)) {
    console.error(`--now must be an ISO instant with offset, e.g. 2020-09-29T09:00:00+08:00; got ${instant}`);
    process.exit(2);
  }
  const offset = start - systemClock.now();
  return { now: () => systemClock.now() + offset };
}
