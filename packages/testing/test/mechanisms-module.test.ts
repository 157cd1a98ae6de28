import { caseSteps, describeRuleModule } from '@zwgk/testing';
import { toyPublication } from '../../core/test/fixtures/mechanism-modules.js';

/** The one-line steps of the case `as` (see caseSteps in @zwgk/testing). */
const on = (as: string) => caseSteps(as, { module: 'toy-publication' });

// Issue 14's mechanisms through the same tester the built-in modules use: several parties each
// with their own clock, silence deemed consent, a period that elapses, a pause that warns, and
// facts recorded after the case closed.
const clerk = { id: 'clerk-1', role: 'clerk' } as const;
const applicant = { id: 'zhang-san', role: 'applicant' } as const;

describeRuleModule(toyPublication, {
  scenarios: [
    {
      name: 'two third parties: one answers, the other stays silent and is deemed to consent; neither holds the case',
      steps: [
        on('p').open('2019-09-02T09:00:00+08:00', { applicant: '张三' }, { actor: clerk }),
        on('p').send('2019-09-02T10:00:00+08:00', 'thirdParty.consulted', { party: 'acme' }, clerk, {
          deadlines: { 'consult:acme': { dueAt: '2019-09-10T00:00:00+08:00', status: 'running' } },
        }),
        on('p').send('2019-09-03T10:00:00+08:00', 'thirdParty.consulted', { party: 'beta' }, clerk),
        on('p').send('2019-09-05T10:00:00+08:00', 'thirdParty.replied', { party: 'beta' }, clerk, {
          deadlines: { 'consult:beta': { outcome: 'met' } },
        }),
        on('p').tick('2019-09-10T00:00:00+08:00', {
          fired: ['consult:acme:due'],
          state: 'handling',
          deadlines: { 'consult:acme': { status: 'completed', outcome: 'deemed' } },
        }),
        on('p').send('2019-09-11T09:00:00+08:00', 'answer.given', undefined, clerk, {
          state: 'displaying',
          deadlines: { answer: { outcome: 'met' }, display: { status: 'running' } },
        }),
        // 5 calendar days from 11 Sep end on 16 Sep; 中秋节 13–15 Sep does not move a calendar-day period ending on a working day.
        on('p').tick('2019-09-17T00:00:00+08:00', { status: 'done', state: 'published', deadlines: { display: { outcome: 'elapsed' } } }),
      ],
    },
    {
      name: 'a pause waiting on the applicant warns after 10 working days; improper disclosure found after publication is still recorded',
      steps: [
        on('p').open('2019-09-02T09:00:00+08:00', { applicant: '张三' }, { actor: clerk }),
        on('p').send('2019-09-02T09:30:00+08:00', 'correction.requested', undefined, clerk, {
          deadlines: { answer: { status: 'paused', dueAt: null } },
        }),
        on('p').tick('2019-09-18T00:00:00+08:00', { fired: ['answer:pauseWarning'], deadlines: { answer: { status: 'paused' } } }),
        on('p').send('2019-09-19T09:00:00+08:00', 'correction.received', undefined, applicant, {
          deadlines: { answer: { status: 'running' } },
        }),
        on('p').send('2019-09-19T10:00:00+08:00', 'answer.given', undefined, clerk),
        on('p').tick('2019-09-25T00:00:00+08:00', { status: 'done', state: 'published' }),
        on('p').send('2019-09-26T09:00:00+08:00', 'answer.given', undefined, clerk, { rejected: 'CASE_CLOSED' }),
        on('p').send('2019-09-26T10:00:00+08:00', 'improperDisclosure.found', { detail: '公开了申请人电话' }, clerk, {
          status: 'done',
          state: 'corrected',
          notices: ['correction'],
          breaches: ['improperDisclosure'],
          deadlines: { correct: { status: 'running' } },
        }),
        on('p').send('2019-09-27T09:00:00+08:00', 'correction.made', undefined, clerk, {
          status: 'done',
          deadlines: { correct: { outcome: 'met' } },
        }),
      ],
    },
  ],
});
