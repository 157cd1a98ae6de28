/** The engine's only source of time. Logic never reads the wall clock itself. */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
}

/** The wall clock, for production. The one place in core that reads `Date.now()`. */
export const systemClock: Clock = { now: () => Date.now() };

/**
 * A clock that moves only when told to: for tests, scenario replays and audits.
 *
 * @example
 * const clock = new SimulatedClock(Date.parse('2024-09-27T09:00:00+08:00'));
 * clock.advance(60 * 60 * 1000);
 * clock.now(); //=> Date.parse('2024-09-27T10:00:00+08:00')
 */
export class SimulatedClock implements Clock {
  #now: number;
  constructor(start: number | string) {
    this.#now = typeof start === 'number' ? start : Date.parse(start);
    if (!Number.isFinite(this.#now)) throw new RangeError(`SimulatedClock start is not a valid instant: ${String(start)}`);
  }
  now(): number {
    return this.#now;
  }
  /** Moves the clock to `instant`; it never goes backwards. */
  set(instant: number | string): void {
    const next = typeof instant === 'number' ? instant : Date.parse(instant);
    if (!Number.isFinite(next)) throw new RangeError(`SimulatedClock.set: not a valid instant: ${String(instant)}`);
    if (next < this.#now) throw new RangeError('SimulatedClock.set: time does not go backwards');
    this.#now = next;
  }
  /** Moves the clock forward by `ms` milliseconds. */
  advance(ms: number): void {
    this.set(this.#now + ms);
  }
}
