// Starts the OA example: `--demo` replays two applications on a simulated clock and prints the
// case list as it goes; otherwise it serves the case list on http://127.0.0.1:3000 over a SQLite
// file (a temp dir unless --store), with the scheduler running on the system clock.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { china, createCalendar, loadSchedules, toBeijingDate } from '@zwgk/calendar';
import { type Clock, systemClock } from '@zwgk/core';
import { xiji2018No47 } from '@zwgk/preset-xiji-2018-47';
import { runDemo } from './demo.js';
import { OaService } from './oa-service.js';
import { createOaServer } from './server.js';

const { values } = parseArgs({
  options: {
    demo: { type: 'boolean', default: false },
    store: { type: 'string' },
    port: { type: 'string', default: '3000' },
    host: { type: 'string', default: '127.0.0.1' },
    now: { type: 'string' },
    // A year's schedule from `zwgk calendar import` (repeatable), and provisional counting of years without one.
    calendar: { type: 'string', multiple: true, default: [] },
    provisional: { type: 'boolean', default: false },
  },
});
const schedules = values.calendar.flatMap((file) => loadSchedules(JSON.parse(readFileSync(file, 'utf8'))));
const calendar =
  schedules.length > 0 || values.provisional ? createCalendar({ base: china, schedules, provisional: values.provisional }) : china;

const storeFile = values.store ?? join(mkdtempSync(join(tmpdir(), 'zwgk-oa-')), 'cases.sqlite');

if (values.demo) {
  // The demo's clock starts in 2020: cases left in the file by a later run would be from its future.
  if (values.store && existsSync(values.store)) {
    console.error(`--demo needs a new store file; ${values.store} exists`);
    process.exit(2);
  }
  await runDemo({ storeFile });
  console.log(`\n案件保存在 ${storeFile}`);
} else {
  const clock = values.now === undefined ? systemClock : offsetClock(values.now);
  const today = toBeijingDate(clock.now());
  const { from, to } = xiji2018No47.inForce;
  if (today < from || today > to) {
    console.warn(
      `注意：${xiji2018No47.documentNumber} 的有效期为 ${from}…${to}，今天 (${today}) 登记的申请会被拒绝 (NOT_IN_FORCE)；可用 --now 2020-09-29T09:00:00+08:00 按当年的时间运行。`,
    );
  }
  const service = new OaService({ storeFile, clock, calendar, onTodo: (item) => console.log(`[待办] ${item.message}`) });
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

/**
 * The system clock moved to start at `instant` and run on at wall speed: 西政办发〔2018〕47号 was in
 * force 2018-04-01…2022-04-30, so on today's date the engine rightly refuses new applications
 * (NOT_IN_FORCE). `--now 2020-09-29T09:00:00+08:00` serves as the office did then.
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
