import { type AfterClosureSpec, type EngineEffect, ZwgkError } from '@zwgk/core';
import type { ClauseId } from './clauses.js';
import type { ViolationRecorded } from './events.js';
import type { SocialEvaluationOutput } from './input.js';

const refuse = (message: string): never => {
  throw new ZwgkError('EVENT_NOT_ALLOWED', `${message} (第十一条, 第十二条)`, {});
};

/**
 * 第十一条、第十二条: a breach of the discipline found after the results were reported and published is
 * recorded on the concluded case, with the consequence 第十二条 sets: an organiser's staff are
 * referred for accountability; an evaluated unit is referred and its published result corrected to
 * 不合格 (直接列为年度评议不合格单位); a representative's breach is recorded (the year's appointment
 * having ended, 取消资格 is part of the record) and, if serious, a disciplinary recommendation goes to
 * the employer. A unit that was not evaluated, or a person who was not a representative of the year,
 * is refused and nothing changes.
 */
export const afterClosure = {
  'violation.recorded': {
    states: ['concluded'],
    clause: '第十二条',
    effects: ({ event, output }): readonly EngineEffect[] => {
      const result = output as SocialEvaluationOutput;
      const v = event.payload as ViolationRecorded;
      const breach = (name: string): EngineEffect => ({ type: 'zwgk.breach', breach: name, data: { ...v, foundAfterResults: true } });
      if (v.by === 'organiser') {
        return [
          breach('organiserViolation'),
          {
            type: 'zwgk.notice',
            notice: 'accountabilityReferral',
            data: { year: result.year, unit: v.unit, persons: v.persons, rule: v.rule, facts: v.facts },
          },
        ];
      }
      if (v.by === 'evaluatedUnit') {
        const evaluated = result.results.find((r) => r.target === v.target) ?? refuse(`${v.target} was not evaluated in ${result.year}`);
        return [
          breach('evaluatedUnitViolation'),
          {
            type: 'zwgk.notice',
            notice: 'accountabilityReferral',
            data: { year: result.year, unit: v.target, persons: v.persons, rule: v.rule, facts: v.facts },
          },
          ...(evaluated.grade === 'unqualified'
            ? []
            : [
                {
                  type: 'zwgk.notice',
                  notice: 'resultCorrection',
                  data: {
                    year: result.year,
                    target: v.target,
                    previousGrade: evaluated.grade,
                    grade: 'unqualified',
                    rule: v.rule,
                    facts: v.facts,
                  },
                } satisfies EngineEffect,
              ]),
        ];
      }
      const representative =
        result.representatives.find((r) => r.name === v.representative) ??
        refuse(`${v.representative} was not a representative of ${result.year}`);
      return [
        breach('representativeViolation'),
        ...(v.serious
          ? [
              {
                type: 'zwgk.notice',
                notice: 'disciplineRecommendation',
                data: {
                  year: result.year,
                  representative: v.representative,
                  employer: representative.employer,
                  rule: v.rule,
                  facts: v.facts,
                },
              } satisfies EngineEffect,
            ]
          : []),
      ];
    },
  },
} as const satisfies Readonly<Record<string, AfterClosureSpec<ClauseId>>>;
