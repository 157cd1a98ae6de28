import { ZwgkError } from './errors.js';
import type { Instant } from './events.js';

/**
 * A store's ledger at one moment: how many leaves it had and their Merkle root (RFC 9162's tree
 * head). Kept outside the database (printed, published, written to a file, signed), it lets
 * `verifyStore(store, { since })` prove that the store still holds everything it held then.
 */
export interface Checkpoint {
  /** Format tag, so a future format is refused rather than misread. */
  readonly format: 'zwgk-checkpoint/1';
  /** Leaves in the ledger. */
  readonly size: number;
  /** Merkle root of those leaves (lowercase hex SHA-256). */
  readonly root: string;
  /** When it was taken, by the caller's clock. */
  readonly at: Instant;
  /** Ed25519 signature of {@link checkpointSignedText}, base64, when the store's key signed it. */
  readonly signature?: string;
}

/** Signs a checkpoint's text; returns the signature as base64. Stores, the CLI and the service pass Ed25519 through node:crypto. */
export type CheckpointSigner = (text: string) => string;
/** Checks a signature (base64) of a checkpoint's text. */
export type CheckpointVerifier = (text: string, signature: string) => boolean;

/** The exact text a checkpoint's signature covers: format, size, root and time, one per line. */
export function checkpointSignedText(checkpoint: Pick<Checkpoint, 'format' | 'size' | 'root' | 'at'>): string {
  return `${checkpoint.format}\n${checkpoint.size}\n${checkpoint.root}\n${checkpoint.at}\n`;
}

/** A checkpoint of `size` leaves with `root`, taken at `at`, signed when a signer is given. */
export function makeCheckpoint(size: number, root: string, at: Instant, sign?: CheckpointSigner): Checkpoint {
  const unsigned = { format: 'zwgk-checkpoint/1' as const, size, root, at };
  return sign ? { ...unsigned, signature: sign(checkpointSignedText(unsigned)) } : unsigned;
}

/**
 * Reads a checkpoint from its JSON text (what `zwgk audit checkpoint --json` prints, or a file the
 * service wrote); a malformed one is a `ZwgkError('INVALID_ARGUMENT')` naming the field.
 */
export function parseCheckpoint(text: string): Checkpoint {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ZwgkError('INVALID_ARGUMENT', 'checkpoint is not JSON', {});
  }
  const bad = (field: string, why: string): never => {
    throw new ZwgkError('INVALID_ARGUMENT', `checkpoint.${field} ${why}`, { field });
  };
  if (typeof value !== 'object' || value === null) return bad('', 'must be an object');
  const c = value as Record<string, unknown>;
  if (c.format !== 'zwgk-checkpoint/1') bad('format', `must be zwgk-checkpoint/1, got ${JSON.stringify(c.format)}`);
  if (typeof c.size !== 'number' || !Number.isSafeInteger(c.size) || c.size < 0) bad('size', 'must be a whole number ≥ 0');
  if (typeof c.root !== 'string' || !/^[0-9a-f]{64}$/.test(c.root)) bad('root', 'must be 64 lowercase hex digits');
  if (typeof c.at !== 'string' || c.at.length === 0) bad('at', 'must be an instant');
  if (c.signature !== undefined && (typeof c.signature !== 'string' || c.signature.length === 0)) bad('signature', 'must be base64 text');
  return makeCheckpointFrom(c);
}

function makeCheckpointFrom(c: Record<string, unknown>): Checkpoint {
  const base = { format: 'zwgk-checkpoint/1' as const, size: c.size as number, root: c.root as string, at: c.at as string };
  return c.signature === undefined ? base : { ...base, signature: c.signature as string };
}
