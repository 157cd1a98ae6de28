/**
 * The operations running now (open, send, tick), so that `useCalendar` can let those already
 * started finish before it recomputes. A number per operation, not a promise: this is on every
 * event's path, and nothing waits on it but a calendar change.
 */
export class InFlight {
  #next = 0;
  // Numbers are added in rising order and a Set keeps insertion order: the first is the oldest running.
  readonly #running = new Set<number>();
  #waiters: { readonly before: number; readonly resolve: () => void }[] = [];

  /** Registers an operation; `end` it with the number returned, however it ends. */
  start(): number {
    const id = this.#next++;
    this.#running.add(id);
    return id;
  }

  end(id: number): void {
    this.#running.delete(id);
    if (this.#waiters.length > 0) this.#wake();
  }

  /** Resolves once every operation started before this call has ended (those started later are not waited for). */
  settled(): Promise<void> {
    if (this.#running.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push({ before: this.#next, resolve }));
  }

  #wake(): void {
    const oldest = this.#running.values().next();
    this.#waiters = this.#waiters.filter((waiter) => {
      if (!oldest.done && oldest.value < waiter.before) return true;
      waiter.resolve();
      return false;
    });
  }
}
