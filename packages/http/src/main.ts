#!/usr/bin/env node
import { serviceOptionsFromArgs, UsageError, USAGE } from './args.js';
import { startService } from './server.js';

// `node dist/main.js --store cases.sqlite --port 8080`: the service against a SQLite file.
const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

async function main(): Promise<void> {
  let options;
  try {
    options = serviceOptionsFromArgs(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  const service = await startService({
    ...options,
    onFired: (fired) => {
      for (const f of fired) process.stdout.write(`fired ${f.kind} ${f.caseId} ${f.name} (scheduled ${f.scheduledAt}, ${Math.round(f.lateMs / 1000)} s late)\n`);
    },
  });
  for (const d of service.recomputedAtStart) {
    process.stdout.write(`recomputed ${d.caseId} ${d.name}: ${d.previousDueAt} → ${d.dueAt} (${d.moved}${d.provisional ? ', provisional' : ''})\n`);
  }
  const hostname = options.hostname ?? '127.0.0.1';
  process.stdout.write(`zwgk http listening on ${service.url} (store ${options.store}, ${service.engine.modules.length} modules, calendar ${service.engine.calendar.id} ${service.engine.calendar.version}${service.engine.calendar.provisionalYears.length ? `, provisional ${service.engine.calendar.provisionalYears.join(', ')}` : ''})\n`);
  if (!options.authenticate && !LOOPBACK.has(hostname)) {
    process.stderr.write(`warning: listening on ${hostname} without --tokens or --client-certs: anyone who can reach it may act as any actor\n`);
  }
  const stop = () => {
    service.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
