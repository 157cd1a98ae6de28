#!/usr/bin/env node
import type { AnyRuleModule } from '@zwgk/core';
import { importRuleModules } from '@zwgk/scenarios';
import { serviceOptionsFromArgs, USAGE, UsageError } from './args.js';
import { startService } from './server.js';

// `zwgk-http --store cases.sqlite --port 8080`: the service against a SQLite file (or PostgreSQL URL).

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
  const modules: AnyRuleModule[] = [];
  for (const path of options.modulePaths) {
    const found = await importRuleModules(path);
    if (found.length === 0) {
      process.stderr.write(`--module ${path} exports no rule module (a value returned by defineRuleModule)\n`);
      process.exitCode = 2;
      return;
    }
    modules.push(...found);
  }
  if (!options.authenticate) {
    process.stderr.write(
      'warning: no --tokens or --client-certs: every request is trusted to name its actor; for loopback development only\n',
    );
  }
  const service = await startService({
    ...options,
    modules,
    onFired: (fired) => {
      for (const f of fired)
        process.stdout.write(`fired ${f.kind} ${f.caseId} ${f.name} (scheduled ${f.scheduledAt}, ${Math.round(f.lateMs / 1000)} s late)\n`);
    },
  });
  for (const d of service.recomputedAtStart) {
    process.stdout.write(
      `recomputed ${d.caseId} ${d.name}: ${d.previousDueAt} → ${d.dueAt} (${d.moved}${d.provisional ? ', provisional' : ''})\n`,
    );
  }
  const where = options.store.replace(/\/\/[^@/]*@/, '//…@'); // never print a password
  process.stdout.write(
    `zwgk http listening on ${service.url} (store ${where}, ${service.engine.modules.length} modules, calendar ${service.engine.calendar.id} ${service.engine.calendar.version}${service.engine.calendar.provisionalYears.length ? `, provisional ${service.engine.calendar.provisionalYears.join(', ')}` : ''})\n`,
  );
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
  // A refusal of the configuration (an unknown preset, a remote address without authenticator) is one line.
  if (error instanceof TypeError) process.stderr.write(`${error.message}\n`);
  else console.error(error);
  process.exitCode = 1;
});
