import type { Engine, FiredDeadline } from './engine/types.js';

/** Options of `createScheduler`. */
export interface SchedulerOptions {
  /** How often to look for due deadlines. Default 60 000 ms. */
  readonly intervalMs?: number;
  /** Called with what each tick fired. */
  readonly onFired?: (fired: readonly FiredDeadline[]) => void;
  /** Called when a tick fails; the scheduler keeps going. */
  readonly onError?: (error: unknown) => void;
  /** Injected timers (tests); default the host's setTimeout. */
  readonly setTimer?: (fn: () => void, ms: number) => unknown;
  /** Injected timer cancellation, paired with `setTimer`. */
  readonly clearTimer?: (handle: unknown) => void;
}

/** Runs `engine.tick()` periodically; see `createScheduler`. */
export interface Scheduler {
  /** Starts ticking (the first tick runs at once). */
  start(): void;
  /** Stops ticking and waits for a tick in progress to finish. */
  stop(): Promise<void>;
  /** Runs one tick now (and waits for it). */
  runOnce(): Promise<readonly FiredDeadline[]>;
}

/**
 * Calls `engine.tick()` at a short interval. Deadlines are stored data, so the interval only
 * bounds how late a firing can be: a 30-working-day deadline is never a 30-day timer, and
 * deadlines that fell due while the process was down fire on the first tick after start.
 */
export function createScheduler(engine: Engine, options: SchedulerOptions = {}): Scheduler {
  const intervalMs = options.intervalMs ?? 60_000;
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  let handle: unknown;
  let running = false;
  let inFlight: Promise<readonly FiredDeadline[]> | undefined;

  const runOnce = async (): Promise<readonly FiredDeadline[]> => {
    if (inFlight) return inFlight;
    inFlight = engine.tick().finally(() => (inFlight = undefined));
    const fired = await inFlight;
    if (fired.length > 0) options.onFired?.(fired);
    return fired;
  };

  const loop = () => {
    if (!running) return;
    runOnce()
      .catch((error: unknown) => options.onError?.(error))
      .finally(() => {
        if (running) handle = setTimer(loop, intervalMs);
      });
  };

  return {
    start() {
      if (running) return;
      running = true;
      loop();
    },
    async stop() {
      running = false;
      if (handle !== undefined) clearTimer(handle);
      await inFlight?.catch(() => undefined);
    },
    runOnce,
  };
}
