import { china } from '@zwgk/calendar';
import type { CaseView, FiredDeadline } from '@zwgk/core';
import { describe, expect, it } from 'vitest';
import { todoItem } from '../src/todo.js';

// A case whose reply deadline (条例第三十三条) the scheduler fired, in each of its three ways.
const view = {
  case: { id: 'c-1', moduleId: 'national-disclosure-request', title: '2025年道路养护资金明细' },
  deadlines: [
    {
      name: 'reply',
      label: { zh: '答复期限', en: 'reply' },
      citation: '《中华人民共和国政府信息公开条例》第三十三条',
      dueAt: '2026-12-31T00:00:00+08:00',
    },
  ],
  acceptedEvents: [],
} as unknown as CaseView;
const fired = (kind: FiredDeadline['kind']): FiredDeadline => ({
  caseId: 'c-1',
  name: 'reply',
  kind,
  scheduledAt: '2026-12-28T00:00:00+08:00',
  firedAt: '2026-12-28T00:00:05+08:00',
  lateMs: 5_000,
  delivered: true,
});

describe('the to-do entry of a fired deadline', () => {
  it.each([
    ['warning', 'warning', '【临期】'],
    ['due', 'overdue', '【逾期】'],
    ['pauseWarning', 'stalled', '【久停】'],
  ] as const)('a %s firing is a %s entry', (kind, entry, prefix) => {
    const item = todoItem(fired(kind), view, china);
    expect(item).toMatchObject({
      kind: entry,
      key: `c-1:reply:${kind}:2026-12-28T00:00:00+08:00`,
      deadlineLabel: '答复期限',
      lateMs: 5_000,
    });
    expect(item.message.startsWith(`${prefix}c-1「2025年道路养护资金明细」答复期限`)).toBe(true);
    expect(item.message).toContain('（《中华人民共和国政府信息公开条例》第三十三条）');
  });
});
