import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '../src/audit.js';
import { requestFingerprint } from '../src/engine/apply.js';
import type { EngineContext } from '../src/engine/context.js';
import { InFlight } from '../src/engine/in-flight.js';

// What every event's path does cheaply now must still mean what it meant.

describe('InFlight: what useCalendar waits for', () => {
  it('waits for the operations started before it asked, in whatever order they end, and not for later ones', async () => {
    const flight = new InFlight();
    const first = flight.start();
    const second = flight.start();
    let settled = false;
    const waiting = flight.settled().then(() => (settled = true));
    const later = flight.start();
    flight.end(second);
    await Promise.resolve();
    expect(settled).toBe(false);
    flight.end(first);
    await waiting;
    expect(settled).toBe(true);
    flight.end(later);
    await expect(flight.settled()).resolves.toBeUndefined();
  });
});

describe('requestFingerprint: the same text as a store round trip of the payload gives', () => {
  // The fingerprint is stored with an event's result and compared when its id is sent again, so
  // one written before must equal one computed now for the same request.
  const ctx = { digest: sha256Hex } as unknown as EngineContext;
  const roundTripped = (payload: unknown) =>
    sha256Hex(
      canonicalJson({
        actor: { id: 'clerk-1', role: 'clerk' },
        occurredAt: null,
        payload: payload === undefined ? {} : JSON.parse(JSON.stringify(payload)),
        type: 'reply.given',
      }),
    );
  class Fee {
    constructor(readonly yuan: number) {}
  }
  it.each([
    ['no payload', undefined],
    ['sorted plain data', { a: 1, b: [1, 'two', null, { c: true }], d: '西吉县' }],
    ['unsorted keys', { z: 1, a: { y: 2, b: 3 } }],
    ['undefined members and array holes', { a: undefined, b: [undefined, 1] }],
    ['non-finite numbers and negative zero', { a: Number.NaN, b: -0, c: 1e21 }],
    ['a class instance and a date', { fee: new Fee(5), at: new Date(0) }],
    ['a lone surrogate', { text: '\ud800x' }],
  ])('%s', (_, payload) => {
    expect(requestFingerprint(ctx, { type: 'reply.given', payload, actor: { id: 'clerk-1', role: 'clerk' } })).toBe(roundTripped(payload));
  });
});
