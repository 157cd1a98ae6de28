import { caseSteps, describeRuleModule } from '@zwgk/testing';
import { applicant, clerk, head, reviewer, toyRequest, toyReview } from '../../core/test/fixtures/toy-modules.js';

/** The one-line steps of the case `as` (see caseSteps in @zwgk/testing). */
const on = (as: string) => caseSteps(as, { module: 'toy-request' });

// The tester run on the engine's own toy modules: the same harness the built-in modules use.
describeRuleModule(toyRequest, {
  dependencies: [toyReview],
  scenarios: [
    {
      name: 'an application received before the National Day holiday is answered within 15 working days',
      steps: [
        // 2019-09-29 and 2019-10-12 are 调休 working days; 2019-10-01…07 are 国庆 holidays.
        on('app').open(
          '2019-09-27T10:00:00+08:00',
          { applicant: '张三' },
          {
            actor: clerk,
            expect: {
              state: 'answering.working',
              deadlines: { reply: { dueAt: '2019-10-24T00:00:00+08:00', warnAt: '2019-10-19T00:00:00+08:00', status: 'running' } },
            },
          },
        ),
        on('app').send('2019-10-08T09:00:00+08:00', 'review.requested', { subject: '申请的信息' }, clerk, [
          { state: 'answering.inReview' },
          {
            case: 'app/review',
            state: 'reviewing',
            deadlines: { opinion: { dueAt: '2019-10-22T00:00:00+08:00' /* 2019-10-12 is a 调休 Saturday, worked */ } },
          },
        ]),
        on('app/review').send('2019-10-10T09:00:00+08:00', 'review.decided', { approved: true }, reviewer, [
          { state: 'decided', status: 'done' },
          { case: 'app', state: 'answering.working' },
        ]),
        on('app').send('2019-10-21T09:00:00+08:00', 'answer.given', { text: '予以公开' }, clerk, {
          status: 'done',
          notices: ['answer'],
          deadlines: { reply: { status: 'completed', outcome: 'met' } },
        }),
      ],
    },
    {
      name: 'an extension must come from the office head and counts 15 more working days after the first due date',
      steps: [
        on('app').open('2019-09-27T10:00:00+08:00', { applicant: '张三' }, { actor: clerk }),
        on('app').send('2019-10-15T09:00:00+08:00', 'reply.extended', { reason: '需要调取档案' }, clerk, { rejected: 'ROLE_NOT_ALLOWED' }),
        on('app').send('2019-10-15T09:05:00+08:00', 'reply.extended', { reason: '需要调取档案' }, head, {
          notices: ['extension'],
          deadlines: { reply: { dueAt: '2019-11-14T00:00:00+08:00', extensionsUsed: 1 } },
        }),
        on('app').send('2019-10-16T09:00:00+08:00', 'reply.extended', { reason: '再次延期' }, head, { rejected: 'EVENT_NOT_ALLOWED' }),
        on('app').tick('2019-11-14T00:00:00+08:00', {
          fired: ['reply:warning', 'reply:due'],
          breaches: ['replyOverdue'],
          state: 'answering.working',
        }),
        on('app').send('2019-11-15T09:00:00+08:00', 'application.withdrawn', undefined, applicant, {
          status: 'done',
          deadlines: { reply: { status: 'cancelled', outcome: 'missed' } },
        }), // withdrawn after it fell due: missed
      ],
    },
    {
      name: 'the clock stops while a third party is consulted and restarts after the weekend (2007 条例 第二十四条)',
      steps: [
        on('app').open(
          '2019-11-04T10:00:00+08:00',
          { applicant: '张三' },
          { actor: clerk, expect: { deadlines: { reply: { dueAt: '2019-11-26T00:00:00+08:00' } } } },
        ),
        on('app').send('2019-11-08T16:00:00+08:00' /* Friday: 11 working days left */, 'thirdParty.consulted', { party: '某公司' }, clerk, {
          state: 'answering.thirdParty',
          deadlines: { reply: { status: 'paused', dueAt: null } },
        }),
        on('app').send('2019-11-11T09:00:00+08:00' /* Monday */, 'thirdParty.replied', { agrees: true }, clerk, {
          state: 'answering.working',
          deadlines: { reply: { status: 'running', dueAt: '2019-11-27T00:00:00+08:00' } },
        }),
        on('app').send('2019-11-12T09:00:00+08:00', 'application.corrected', undefined, applicant, {
          deadlines: { reply: { dueAt: '2019-12-04T00:00:00+08:00' } },
        }),
      ],
    },
  ],
});
