import { describeRuleModule } from '@zwgk/testing';
import { applicant, clerk, head, reviewer, toyRequest, toyReview } from '../../core/test/fixtures/toy-modules.js';

// The tester run on the engine's own toy modules: the same harness the built-in modules use.
describeRuleModule(toyRequest, {
  dependencies: [toyReview],
  scenarios: [
    {
      name: 'an application received before the National Day holiday is answered within 15 working days',
      steps: [
        {
          at: '2019-09-27T10:00:00+08:00',
          open: { as: 'app', module: 'toy-request', input: { applicant: '张三' }, actor: clerk },
          // 2019-09-29 and 2019-10-12 are 调休 working days; 2019-10-01…07 are 国庆 holidays.
          expect: {
            state: 'answering.working',
            deadlines: { reply: { dueAt: '2019-10-24T00:00:00+08:00', warnAt: '2019-10-19T00:00:00+08:00', status: 'running' } },
          },
        },
        {
          at: '2019-10-08T09:00:00+08:00',
          send: { case: 'app', type: 'review.requested', payload: { subject: '申请的信息' }, actor: clerk },
          expect: [
            { state: 'answering.inReview' },
            {
              case: 'app/review',
              state: 'reviewing',
              deadlines: { opinion: { dueAt: '2019-10-22T00:00:00+08:00' /* 2019-10-12 is a 调休 Saturday, worked */ } },
            },
          ],
        },
        {
          at: '2019-10-10T09:00:00+08:00',
          send: { case: 'app/review', type: 'review.decided', payload: { approved: true }, actor: reviewer },
          expect: [
            { state: 'decided', status: 'done' },
            { case: 'app', state: 'answering.working' },
          ],
        },
        {
          at: '2019-10-21T09:00:00+08:00',
          send: { case: 'app', type: 'answer.given', payload: { text: '予以公开' }, actor: clerk },
          expect: { status: 'done', notices: ['answer'], deadlines: { reply: { status: 'completed', outcome: 'met' } } },
        },
      ],
    },
    {
      name: 'an extension must come from the office head and counts 15 more working days after the first due date',
      steps: [
        { at: '2019-09-27T10:00:00+08:00', open: { as: 'app', module: 'toy-request', input: { applicant: '张三' }, actor: clerk } },
        {
          at: '2019-10-15T09:00:00+08:00',
          send: { case: 'app', type: 'reply.extended', payload: { reason: '需要调取档案' }, actor: clerk },
          expect: { rejected: 'ROLE_NOT_ALLOWED' },
        },
        {
          at: '2019-10-15T09:05:00+08:00',
          send: { case: 'app', type: 'reply.extended', payload: { reason: '需要调取档案' }, actor: head },
          expect: { notices: ['extension'], deadlines: { reply: { dueAt: '2019-11-14T00:00:00+08:00', extensionsUsed: 1 } } },
        },
        {
          at: '2019-10-16T09:00:00+08:00',
          send: { case: 'app', type: 'reply.extended', payload: { reason: '再次延期' }, actor: head },
          expect: { rejected: 'EVENT_NOT_ALLOWED' },
        },
        {
          at: '2019-11-14T00:00:00+08:00',
          tick: true,
          expect: { case: 'app', fired: ['reply:warning', 'reply:due'], breaches: ['replyOverdue'], state: 'answering.working' },
        },
        {
          at: '2019-11-15T09:00:00+08:00',
          send: { case: 'app', type: 'application.withdrawn', actor: applicant },
          expect: { status: 'done', deadlines: { reply: { status: 'cancelled', outcome: 'missed' } } },
        }, // withdrawn after it fell due: missed
      ],
    },
    {
      name: 'the clock stops while a third party is consulted and restarts after the weekend (2007 条例 第二十四条)',
      steps: [
        {
          at: '2019-11-04T10:00:00+08:00',
          open: { as: 'app', module: 'toy-request', input: { applicant: '张三' }, actor: clerk },
          expect: { deadlines: { reply: { dueAt: '2019-11-26T00:00:00+08:00' } } },
        },
        {
          at: '2019-11-08T16:00:00+08:00' /* Friday: 11 working days left */,
          send: { case: 'app', type: 'thirdParty.consulted', payload: { party: '某公司' }, actor: clerk },
          expect: { state: 'answering.thirdParty', deadlines: { reply: { status: 'paused', dueAt: null } } },
        },
        {
          at: '2019-11-11T09:00:00+08:00' /* Monday */,
          send: { case: 'app', type: 'thirdParty.replied', payload: { agrees: true }, actor: clerk },
          expect: { state: 'answering.working', deadlines: { reply: { status: 'running', dueAt: '2019-11-27T00:00:00+08:00' } } },
        },
        {
          at: '2019-11-12T09:00:00+08:00',
          send: { case: 'app', type: 'application.corrected', actor: applicant },
          expect: { deadlines: { reply: { dueAt: '2019-12-04T00:00:00+08:00' } } },
        },
      ],
    },
  ],
});
