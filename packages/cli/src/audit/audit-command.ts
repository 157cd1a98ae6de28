import { createPrivateKey, createPublicKey, type KeyObject, sign, verify } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { china, toInstant } from '@zwgk/calendar';
import {
  type AnyRuleModule,
  type AuditFinding,
  type Checkpoint,
  createEngine,
  parseCheckpoint,
  SimulatedClock,
  type StoreVerificationOptions,
  takeCheckpoint,
  verifyStore,
  ZwgkError,
} from '@zwgk/core';
import { SqliteStore } from '@zwgk/store-sqlite';

/** Exit codes of `zwgk audit`: what an auditor's script switches on. */
export const AUDIT_EXIT = {
  ok: 0,
  /** Verification ran and found the record broken. */
  broken: 1,
  usage: 2,
  /** No store at the path: missing file, not a database, never initialised. */
  noStore: 3,
} as const;

/** Options of `zwgk audit verify` and `zwgk audit checkpoint`. */
export interface AuditCommandOptions {
  readonly json: boolean;
  /** `--since`: a checkpoint file, or its JSON text. */
  readonly since?: string;
  /** `--key`: a PEM key; public for verify, private for checkpoint. */
  readonly key?: string;
  /** `--out`: where `checkpoint` writes the checkpoint besides printing it. */
  readonly out?: string;
  /** `--replay`: also replay every case through its machine (loaded modules) and compare snapshots. */
  readonly replay: boolean;
  readonly modules: readonly AnyRuleModule[];
}

interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

function readPem(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new ZwgkError('INVALID_ARGUMENT', `${what} ${path}: ${(error as Error).message}`, { path });
  }
}

function keyFrom(path: string, kind: 'public' | 'private'): KeyObject {
  const pem = readPem(path, `--key`);
  let key: KeyObject;
  try {
    // A private key file also gives its public key, so `verify --key private.pem` works too.
    key = kind === 'private' ? createPrivateKey(pem) : createPublicKey(pem);
  } catch (error) {
    throw new ZwgkError('INVALID_ARGUMENT', `--key ${path} is not a PEM ${kind} key: ${(error as Error).message}`, { path });
  }
  if (key.asymmetricKeyType !== 'ed25519')
    throw new ZwgkError('INVALID_ARGUMENT', `--key ${path} is a ${key.asymmetricKeyType} key; checkpoints are signed with Ed25519`, {
      path,
    });
  return key;
}

/** Reads `--since`: a file holding a checkpoint, or the checkpoint's JSON itself. */
function readCheckpoint(since: string): Checkpoint {
  const text = since.trimStart().startsWith('{') ? since : existsSync(since) ? readFileSync(since, 'utf8') : undefined;
  if (text === undefined) throw new ZwgkError('INVALID_ARGUMENT', `--since ${since}: no such checkpoint file`, { path: since });
  return parseCheckpoint(text);
}

function describe(finding: AuditFinding): string {
  const where = [
    finding.caseId === null ? 'store' : `case ${finding.caseId}`,
    finding.seq === null ? undefined : `entry ${finding.seq}`,
    `field ${finding.field}`,
  ]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${finding.reason}`;
}

/** `zwgk audit verify <store>`: the whole record, the ledger, and with --since a checkpoint. */
export async function auditVerify(file: string, options: AuditCommandOptions, io: Io): Promise<number> {
  const since = options.since === undefined ? undefined : readCheckpoint(options.since);
  const publicKey = options.key === undefined ? undefined : keyFrom(options.key, 'public');
  if (publicKey && !since) throw new ZwgkError('INVALID_ARGUMENT', '--key checks the signature of the --since checkpoint: give both', {});
  // Verification reads every case once: no point keeping them parsed.
  const store = new SqliteStore(file, { cacheSize: 0 });
  try {
    const verifyOptions: StoreVerificationOptions = {
      ...(since ? { since } : {}),
      ...(publicKey
        ? {
            verifySignature: (text: string, signature: string) =>
              verify(null, Buffer.from(text), publicKey, Buffer.from(signature, 'base64')),
          }
        : {}),
      ...(options.replay ? { replay: machineReplay(store, options.modules) } : {}),
    };
    const result = await verifyStore(store, verifyOptions);
    if (options.json) {
      io.stdout(JSON.stringify(result));
    } else if (result.ok) {
      io.stdout(
        `ok: ${result.cases} cases, ${result.entries} audit entries; every chain, case record and deadline agrees with its chain${options.replay ? ' and replays' : ''}; ledger ${result.ledger.size} leaves, root ${result.ledger.root}` +
          (since ? `; extends the checkpoint of ${since.at} (${since.size} leaves${publicKey ? ', signature valid' : ''})` : ''),
      );
    } else {
      for (const finding of result.findings) io.stdout(`BROKEN: ${describe(finding)}`);
      if (result.findingCount > result.findings.length) io.stdout(`… and ${result.findingCount - result.findings.length} more`);
      io.stdout(`${result.findingCount} finding${result.findingCount === 1 ? '' : 's'}: the audit record does not verify`);
    }
    return result.ok ? AUDIT_EXIT.ok : AUDIT_EXIT.broken;
  } finally {
    store.close();
  }
}

/** `zwgk audit checkpoint <store>`: the ledger's size and root now, signed with --key. */
export async function auditCheckpoint(file: string, options: AuditCommandOptions, io: Io): Promise<number> {
  const privateKey = options.key === undefined ? undefined : keyFrom(options.key, 'private');
  const store = new SqliteStore(file);
  try {
    const checkpoint = await takeCheckpoint(store, toInstant(Date.now()), {
      ...(privateKey ? { sign: (text: string) => sign(null, Buffer.from(text), privateKey).toString('base64') } : {}),
    });
    const text = JSON.stringify(checkpoint);
    if (options.out) writeFileSync(options.out, `${text}\n`);
    if (options.json || !options.out) io.stdout(text);
    else
      io.stdout(
        `checkpoint: ${checkpoint.size} leaves, root ${checkpoint.root}, at ${checkpoint.at}${checkpoint.signature ? ', signed' : ''} → ${options.out}`,
      );
    return AUDIT_EXIT.ok;
  } finally {
    store.close();
  }
}

/** Replays each case through its machine with the loaded modules; a case of a module not loaded is skipped. */
function machineReplay(store: SqliteStore, modules: readonly AnyRuleModule[]): NonNullable<StoreVerificationOptions['replay']> {
  // The engine is used only for replay, which reads the store and never writes.
  const engine = createEngine({ modules, calendar: china, clock: new SimulatedClock('2000-01-01T00:00:00+08:00'), store });
  const known = new Set(modules.map((m) => `${m.id}@${m.version}`));
  return async (record, entries) => {
    if (!known.has(`${record.moduleId}@${record.moduleVersion}`)) return undefined;
    const result = await engine.replay(record.id);
    if (result.matches) return undefined;
    const last = [...entries].reverse().find((e) => (e.kind === 'event.applied' || e.kind === 'engine.event') && e.data.delivered === true);
    return {
      caseId: record.id,
      field: 'snapshot',
      seq: last?.seq ?? 1,
      reason: "the stored machine snapshot is not what replaying the chain's events through the machine gives",
    };
  };
}
