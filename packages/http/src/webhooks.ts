import { createHmac } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { type Clock, type Engine, FEED_KINDS, type FeedEntry, type FeedKind, systemClock } from '@zwgk/core';
import { z } from 'zod';

// Webhooks deliver the change feed by POST, one entry per request, at least once: a subscription's
// cursor moves past an entry only after its endpoint answered 2xx, and the cursor and the backoff
// are kept in a state file, so a restart resumes where delivery stood. Delivery runs beside the
// engine and reads the committed feed: a dead endpoint delays its own subscription only, never an
// event and never another subscription.

/** One endpoint and what it receives. */
export const webhookSubscriptionSchema = z.strictObject({
  /** Names the subscription in the state file and in delivery ids; the characters of case ids. */
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._~:-]{0,63}$/),
  url: z.url({ protocol: /^https?$/ }),
  /** The HMAC-SHA256 key of the signature header; at least 16 characters. */
  secret: z.string().min(16),
  kinds: z.array(z.enum(FEED_KINDS)).min(1).optional(),
  agencies: z.array(z.string().min(1)).min(1).optional(),
  modules: z.array(z.string().min(1)).min(1).optional(),
});

/** A webhook subscription (see {@link webhookSubscriptionSchema}). */
export type WebhookSubscription = z.infer<typeof webhookSubscriptionSchema>;

/** A webhooks file: `{ "subscriptions": [ … ] }`. */
export const webhooksFileSchema = z.strictObject({ subscriptions: z.array(webhookSubscriptionSchema) });

/** A subscription as an administrator sends it (PUT /admin/webhooks/{id}): the id is the path's. */
export const webhookPutSchema = webhookSubscriptionSchema.omit({ id: true }).extend({
  /** Deliver entries after this cursor; default 0, the whole feed. Replacing a subscription without it keeps its place. */
  after: z.int().min(0).optional(),
});

/** A subscription as the service shows it: never its secret. */
export interface WebhookSubscriptionView extends Omit<WebhookSubscription, 'secret'> {
  readonly state: SubscriptionState;
}

/** Options of {@link WebhookDispatcher}. */
export interface WebhookOptions {
  readonly subscriptions: readonly WebhookSubscription[];
  /**
   * The webhooks file the subscriptions came from: subscriptions added, replaced or removed at run
   * time ({@link WebhookDispatcher.put}, {@link WebhookDispatcher.remove}) are written back to it
   * (atomically), so a restart keeps them. Without it they last until the service stops.
   */
  readonly subscriptionsFile?: string;
  /** A JSON file holding each subscription's cursor and backoff (written atomically after each change). */
  readonly statePath: string;
  /** Time for backoff; default the system clock. */
  readonly clock?: Clock;
  /** How long an endpoint may take to answer. Default 10 000 ms. */
  readonly timeoutMs?: number;
  /** The first retry's delay; each further failure doubles it. Default 1 000 ms. */
  readonly backoffMs?: number;
  /** The longest delay between retries. Default 3 600 000 ms (one hour). */
  readonly maxBackoffMs?: number;
  /** How often the feed is polled when there is nothing to deliver. Default 1 000 ms. */
  readonly pollIntervalMs?: number;
  /** Called with failures of delivery (logged by the service). */
  readonly onError?: (error: unknown) => void;
}

/** Where one subscription stands. */
export interface SubscriptionState {
  /** The last cursor its endpoint acknowledged. */
  cursor: number;
  /** Failed attempts at the next entry. */
  attempts: number;
  /** No attempt before this instant (ms). */
  nextAttemptAtMs: number;
  /** The last failure, for operators. */
  lastError?: string;
}

/** The header of a delivery's id: the same on every retry of one entry, for de-duplication. */
export const DELIVERY_HEADER = 'X-Zwgk-Delivery';
/** The header of a delivery's signature: `sha256=<hex HMAC-SHA256 of the body with the subscription's secret>`. */
export const SIGNATURE_HEADER = 'X-Zwgk-Signature-256';

/**
 * The signature a receiver recomputes: `sha256=` and the hex HMAC-SHA256 of the raw body with the
 * subscription's secret (as GitHub's X-Hub-Signature-256). Compare in constant time.
 *
 * @example
 * signatureOf('{"cursor":"1"}', 'a-secret-of-16-chars') //=> 'sha256=…'
 */
export function signatureOf(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** Delivers the change feed to webhook subscriptions; `start()` runs it in the background. */
export class WebhookDispatcher {
  readonly #options: WebhookOptions;
  readonly #clock: Clock;
  readonly #subscriptions = new Map<string, WebhookSubscription>();
  readonly #state: Record<string, SubscriptionState>;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #running: Promise<void> | undefined;
  #stopped = true;
  #stopping = false;

  constructor(
    private readonly engine: Engine,
    options: WebhookOptions,
  ) {
    this.#options = options;
    this.#clock = options.clock ?? systemClock;
    this.#state = readState(options.statePath);
    for (const s of options.subscriptions) {
      this.#subscriptions.set(s.id, s);
      this.#state[s.id] ??= { cursor: 0, attempts: 0, nextAttemptAtMs: 0 };
    }
  }

  /** The subscriptions and where each stands, without their secrets. */
  list(): WebhookSubscriptionView[] {
    return [...this.#subscriptions.values()].map((subscription) => this.#view(subscription));
  }

  /**
   * Adds or replaces a subscription. A new one starts after cursor `after` (default 0: the whole
   * feed); a replaced one keeps its place unless `after` is given. Saved to the webhooks file.
   */
  put(subscription: WebhookSubscription, after?: number): { readonly created: boolean; readonly subscription: WebhookSubscriptionView } {
    const created = !this.#subscriptions.has(subscription.id);
    this.#subscriptions.set(subscription.id, subscription);
    if (created || after !== undefined) this.#state[subscription.id] = { cursor: after ?? 0, attempts: 0, nextAttemptAtMs: 0 };
    this.#saveSubscriptions();
    this.#save();
    return { created, subscription: this.#view(subscription) };
  }

  /** Removes a subscription (false when there is none of that id); a delivery in flight to it is its last. */
  remove(id: string): boolean {
    if (!this.#subscriptions.delete(id)) return false;
    delete this.#state[id];
    this.#saveSubscriptions();
    this.#save();
    return true;
  }

  #view({ secret: _secret, ...subscription }: WebhookSubscription): WebhookSubscriptionView {
    return { ...subscription, state: structuredClone(this.#state[subscription.id]!) };
  }

  #saveSubscriptions(): void {
    const file = this.#options.subscriptionsFile;
    if (file) writeAtomically(file, `${JSON.stringify({ subscriptions: [...this.#subscriptions.values()] }, null, 2)}\n`);
  }

  /** Each subscription's state (a copy). */
  get state(): Readonly<Record<string, SubscriptionState>> {
    return structuredClone(this.#state);
  }

  /**
   * One pass: for each subscription due for an attempt, delivers its next entries in order until
   * one fails (then backs off) or none is left. Returns how many entries were acknowledged.
   */
  async deliverOnce(): Promise<number> {
    const outcomes = await Promise.all([...this.#subscriptions.values()].map((s) => this.#deliverTo(s)));
    return outcomes.reduce((a, b) => a + b, 0);
  }

  /** Delivers in the background until {@link stop}. */
  start(): void {
    this.#stopped = false;
    const loop = async () => {
      if (this.#stopped) return;
      this.#running = this.deliverOnce().then(
        () => undefined,
        (error: unknown) => this.#options.onError?.(error),
      );
      await this.#running;
      if (!this.#stopped) this.#timer = setTimeout(loop, this.#options.pollIntervalMs ?? 1_000);
    };
    void loop();
  }

  /** Stops after the delivery in flight (its outcome is recorded). */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#stopping = true;
    if (this.#timer) clearTimeout(this.#timer);
    await this.#running;
  }

  async #deliverTo(subscription: WebhookSubscription): Promise<number> {
    const state = this.#state[subscription.id]!;
    if (this.#clock.now() < state.nextAttemptAtMs) return 0;
    let delivered = 0;
    // Stops when an administrator replaced or removed the subscription meanwhile.
    const current = () => this.#subscriptions.get(subscription.id) === subscription && this.#state[subscription.id] === state;
    for (;;) {
      const entries = await this.engine.feed({
        after: state.cursor,
        limit: 20,
        ...(subscription.kinds ? { kinds: subscription.kinds as FeedKind[] } : {}),
        ...(subscription.agencies ? { agencies: subscription.agencies } : {}),
        ...(subscription.modules ? { moduleIds: subscription.modules } : {}),
      });
      if (entries.length === 0) return delivered;
      for (const entry of entries) {
        if (this.#stopping || !current()) return delivered;
        const failure = await this.#post(subscription, entry);
        if (failure) {
          state.attempts += 1;
          const delay = Math.min(this.#options.maxBackoffMs ?? 3_600_000, (this.#options.backoffMs ?? 1_000) * 2 ** (state.attempts - 1));
          state.nextAttemptAtMs = this.#clock.now() + delay;
          state.lastError = failure;
          this.#save();
          return delivered;
        }
        state.cursor = entry.cursor;
        state.attempts = 0;
        state.nextAttemptAtMs = 0;
        delete state.lastError;
        this.#save();
        delivered++;
      }
    }
  }

  /** POSTs one entry; the failure's description, or undefined on 2xx. */
  async #post(subscription: WebhookSubscription, entry: FeedEntry): Promise<string | undefined> {
    const body = JSON.stringify({ ...entry, cursor: String(entry.cursor) });
    try {
      const response = await fetch(subscription.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [DELIVERY_HEADER]: `${subscription.id}:${entry.cursor}`,
          [SIGNATURE_HEADER]: signatureOf(body, subscription.secret),
          'user-agent': 'zwgk-webhooks',
        },
        body,
        signal: AbortSignal.timeout(this.#options.timeoutMs ?? 10_000),
        redirect: 'manual',
      });
      await response.body?.cancel();
      return response.status >= 200 && response.status < 300 ? undefined : `HTTP ${response.status}`;
    } catch (error) {
      return (error as Error).name === 'TimeoutError' ? 'timed out' : String((error as Error).message ?? error);
    }
  }

  #save(): void {
    writeAtomically(this.#options.statePath, JSON.stringify(this.#state, null, 2));
  }
}

/** A reader (or a crash) never sees half a file. */
function writeAtomically(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

function readState(path: string): Record<string, SubscriptionState> {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, SubscriptionState>;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new TypeError(`webhook state ${path}: ${(error as Error).message}`);
  }
}
