import { describeRuleModule } from '@zwgk/testing';
import { toyPublication } from '../../core/test/fixtures/mechanism-modules.js';

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
        { at: '2019-09-02T09:00:00+08:00', open: { as: 'p', module: 'toy-publication', input: { applicant: '张三' }, actor: clerk } },
        {
          at: '2019-09-02T10:00:00+08:00',
          send: { case: 'p', type: 'thirdParty.consulted', payload: { party: 'acme' }, actor: clerk },
          expect: { deadlines: { 'consult:acme': { dueAt: '2019-09-10T00:00:00+08:00', status: 'running' } } },
        },
        { at: '2019-09-03T10:00:00+08:00', send: { case: 'p', type: 'thirdParty.consulted', payload: { party: 'beta' }, actor: clerk } },
        {
          at: '2019-09-05T10:00:00+08:00',
          send: { case: 'p', type: 'thirdParty.replied', payload: { party: 'beta' }, actor: clerk },
          expect: { deadlines: { 'consult:beta': { outcome: 'met' } } },
        },
        {
          at: '2019-09-10T00:00:00+08:00',
          tick: true,
          expect: {
            case: 'p',
            fired: ['consult:acme:due'],
            state: 'handling',
            deadlines: { 'consult:acme': { status: 'completed', outcome: 'deemed' } },
          },
        },
        {
          at: '2019-09-11T09:00:00+08:00',
          send: { case: 'p', type: 'answer.given', actor: clerk },
          expect: { state: 'displaying', deadlines: { answer: { outcome: 'met' }, display: { status: 'running' } } },
        },
        // 5 calendar days from 11 Sep end on 16 Sep; 中秋节 13–15 Sep does not move a calendar-day period ending on a working day.
        {
          at: '2019-09-17T00:00:00+08:00',
          tick: true,
          expect: { case: 'p', status: 'done', state: 'published', deadlines: { display: { outcome: 'elapsed' } } },
        },
      ],
    },
    {
      name: 'a pause waiting on the applicant warns after 10 working days; improper disclosure found after publication is still recorded',
      steps: [
        { at: '2019-09-02T09:00:00+08:00', open: { as: 'p', module: 'toy-publication', input: { applicant: '张三' }, actor: clerk } },
        {
          at: '2019-09-02T09:30:00+08:00',
          send: { case: 'p', type: 'correction.requested', actor: clerk },
          expect: { deadlines: { answer: { status: 'paused', dueAt: null } } },
        },
        {
          at: '2019-09-18T00:00:00+08:00',
          tick: true,
          expect: { case: 'p', fired: ['answer:pauseWarning'], deadlines: { answer: { status: 'paused' } } },
        },
        {
          at: '2019-09-19T09:00:00+08:00',
          send: { case: 'p', type: 'correction.received', actor: applicant },
          expect: { deadlines: { answer: { status: 'running' } } },
        },
        { at: '2019-09-19T10:00:00+08:00', send: { case: 'p', type: 'answer.given', actor: clerk } },
        { at: '2019-09-25T00:00:00+08:00', tick: true, expect: { case: 'p', status: 'done', state: 'published' } },
        { at: '2019-09-26T09:00:00+08:00', send: { case: 'p', type: 'answer.given', actor: clerk }, expect: { rejected: 'CASE_CLOSED' } },
        {
          at: '2019-09-26T10:00:00+08:00',
          send: { case: 'p', type: 'improperDisclosure.found', payload: { detail: '公开了申请人电话' }, actor: clerk },
          expect: {
            status: 'done',
            state: 'corrected',
            notices: ['correction'],
            breaches: ['improperDisclosure'],
            deadlines: { correct: { status: 'running' } },
          },
        },
        {
          at: '2019-09-27T09:00:00+08:00',
          send: { case: 'p', type: 'correction.made', actor: clerk },
          expect: { status: 'done', deadlines: { correct: { outcome: 'met' } } },
        },
      ],
    },
  ],
});
