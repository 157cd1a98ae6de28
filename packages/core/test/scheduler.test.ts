import { createScheduler } from '@zwgk/core';
import { describe, expect, it } from 'vitest';
import { toyEngine } from './fixtures/engine.js';
import { clerk } from './fixtures/toy-modules.js';

describe('createScheduler', () => {
  it('ticks on its injected timer and reports what fired, including deadlines missed while it was stopped', async () => {
    const { engine, clock } = toyEngine('2019-09-27T10:00:00+08:00');
    await engine.open('toy-request', { input: { applicant: '张三' }, actor: clerk });
    const timers: { fn: () => void; ms: number }[] = [];
    const reports: string[][] = [];
    const scheduler = createScheduler(engine, {
      intervalMs: 30_000,
      setTimer: (fn, ms) => timers.push({ fn, ms }),
      clearTimer: () => undefined,
      onFired: (fired) => reports.push(fired.map((f) => `${f.name}:${f.kind}`)),
    });
    clock.set('2019-10-25T08:00:00+08:00'); // the process was down across both instants
    scheduler.start();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(reports).toEqual([['reply:warning', 'reply:due']]);
    expect(timers.at(-1)?.ms).toBe(30_000);
    timers.at(-1)!.fn();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(reports).toHaveLength(1); // nothing new to fire
    await scheduler.stop();
  });

  it('keeps going after a failing tick and reports the error', async () => {
    const errors: unknown[] = [];
    const failing = { tick: () => Promise.reject(new Error('store down')) } as unknown as Parameters<typeof createScheduler>[0];
    const timers: (() => void)[] = [];
    const scheduler = createScheduler(failing, { setTimer: (fn) => timers.push(fn), onError: (e) => errors.push(e) });
    scheduler.start();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(errors).toEqual([new Error('store down')]);
    expect(timers).toHaveLength(1);
    await scheduler.stop();
  });
});
