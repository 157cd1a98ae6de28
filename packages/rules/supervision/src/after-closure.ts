import { type AfterClosureSpec, type EngineEffect, ZwgkError } from '@zwgk/core';
import type { ClauseId } from './clauses.js';
import type { SupervisionOutput } from './input.js';

/**
 * 第四条 对投诉的问题严格实施责任追究: a substantiated complaint may be referred for accountability
 * after its case closed (the misconduct often shows only once the answer went out or the correction
 * failed). Once per case: a case already referred, or a complaint found unfounded, or an inspection,
 * is refused (EVENT_NOT_ALLOWED) and nothing changes.
 */
export const afterClosure = {
  'matter.referred': {
    states: ['closed'],
    moveTo: 'referredAfterClosure',
    clause: '第四条',
    effects: ({ event, output }): readonly EngineEffect[] => {
      const result = output as SupervisionOutput;
      if (result.kind !== 'complaint' || result.substantiated !== true || result.referred) {
        throw new ZwgkError(
          'EVENT_NOT_ALLOWED',
          'matter.referred after closure needs a substantiated complaint not yet referred (第四条)',
          { kind: result.kind, substantiated: result.substantiated, referred: result.referred },
        );
      }
      const { organ, reasons } = event.payload as { organ: string; reasons: string };
      return [
        {
          type: 'zwgk.notice',
          notice: 'accountabilityReferral',
          data: { body: result.body, organ, findings: result.findings ?? '', reasons },
        },
      ];
    },
  },
} as const satisfies Readonly<Record<string, AfterClosureSpec<ClauseId>>>;
