import type { AnyMachineSnapshot } from 'xstate';
import type { CaseRecord } from '../case-record.js';

/**
 * Restored snapshots by case, valid while the case's version is unchanged: saves resolving the
 * persisted snapshot on every event. Bounded; the oldest entries go first.
 */
export class SnapshotCache {
  readonly #entries = new Map<string, { version: number; snapshot: AnyMachineSnapshot }>();

  constructor(private readonly size = 10_000) {}

  /** The cached snapshot of the case at exactly this version, if any. */
  get(record: CaseRecord): AnyMachineSnapshot | undefined {
    const cached = this.#entries.get(record.id);
    return cached && cached.version === record.version ? cached.snapshot : undefined;
  }

  remember(record: CaseRecord, snapshot: AnyMachineSnapshot): void {
    this.#entries.delete(record.id);
    this.#entries.set(record.id, { version: record.version, snapshot });
    if (this.#entries.size > this.size) this.#entries.delete(this.#entries.keys().next().value!);
  }
}
