import { defineRuleModule } from '@zwgk/core';
import { z } from 'zod';
import { clauses } from './clauses.js';
import { answerSchema, applicationSchema, events } from './events.js';
import { nationalDisclosureMachine } from './machine.js';

/** What the regulation leaves to the agency: a named parameter with a default and the reason. */
export const parameters = {
  correctionWorkingDays: {
    label: { zh: '补正期限（工作日）', en: 'time given to correct the application (working days)' },
    default: 15,
    schema: z.number().int().min(1).max(60),
    why:
      '第三十条 requires the agency to state “合理的补正期限” (a reasonable time to correct) but does not fix it. ' +
      'The default of 15 working days is this example’s choice; an agency sets its own. The applicant who does not correct within it is deemed to have withdrawn the application.',
  },
} as const;

const text = z.string().trim().min(1);

/** Notices the machine sends, with the content each clause requires. */
export const notices = {
  correctionRequest: {
    label: { zh: '补正告知书', en: 'request to correct the application' },
    recipient: 'applicant',
    clause: '第三十条',
    schema: z.object({ toCorrect: text, guidance: text, correctionWorkingDays: z.number().int().positive() }),
  },
  thirdPartyConsultation: {
    label: { zh: '第三方意见征询函', en: 'letter consulting the third party' },
    recipient: 'thirdParty',
    clause: '第三十二条',
    schema: z.object({ party: text, information: text, harm: text }),
  },
  extension: {
    label: { zh: '延长答复期限告知书', en: 'notice of the extended reply period' },
    recipient: 'applicant',
    clause: '第三十三条',
    schema: z.object({ reason: text, workingDays: z.number().int().min(1).max(20) }),
  },
  answer: {
    label: { zh: '政府信息公开申请答复书', en: 'answer to the application' },
    recipient: 'applicant',
    clause: '第三十六条',
    schema: answerSchema,
  },
} as const;

/**
 * An integrator's own rule module: an application for government information under
 * 《中华人民共和国政府信息公开条例》 (国务院令第711号, in force from 2019-05-15).
 *
 * @example
 * const engine = createEngine({ modules: [nationalDisclosureRequest2019], calendar: china, clock });
 * await engine.open('national-disclosure-request-2019', { input: application, actor: { id: 'clerk-1', role: 'clerk' } });
 */
export const nationalDisclosureRequest2019 = defineRuleModule({
  id: 'national-disclosure-request-2019',
  version: '1.0.0',
  title: { zh: '政府信息依申请公开（2019年条例）', en: 'Disclosure on application under the 2019 national regulation' },
  source: {
    name: '中华人民共和国政府信息公开条例',
    documentNumber: '国务院令第711号',
    issuer: '国务院',
    jurisdiction: '中华人民共和国',
  },
  inForce: { from: '2019-05-15', to: '2099-12-31' },
  clauses,
  roles: {
    clerk: { zh: '政府信息公开工作机构经办人', en: 'officer of the disclosure office', inside: true },
    officeHead: { zh: '政府信息公开工作机构负责人', en: 'head of the disclosure office', inside: true },
    applicant: { zh: '申请人', en: 'applicant', inside: false },
  },
  input: applicationSchema,
  events,
  deadlines: {
    reply: {
      label: { zh: '答复期限', en: 'reply' },
      length: 20,
      unit: 'workingDays',
      startsOn: { zh: '收到申请之日（补正的，收到补正的申请之日）', en: 'receipt of the application (or of the corrected application)' },
      clause: '第三十三条',
      warnBefore: { length: 3, unit: 'workingDays' },
      extension: { maxTimes: 1, maxLength: 20, clause: '第三十三条' },
      pause: { clause: '第三十三条' },
    },
    correction: {
      label: { zh: '补正期限', en: 'correction' },
      length: 15,
      unit: 'workingDays',
      startsOn: { zh: '告知补正之日', en: 'the request to correct' },
      clause: '第三十条',
    },
    thirdPartyOpinion: {
      label: { zh: '第三方提出意见期限', en: 'third party’s opinion' },
      length: 15,
      unit: 'workingDays',
      startsOn: { zh: '第三方收到征求意见书之日', en: 'the third party’s receipt of the consultation letter' },
      clause: '第三十二条',
    },
  },
  notices,
  breaches: {
    replyOverdue: { label: { zh: '逾期未答复', en: 'reply overdue' }, clause: '第三十三条' },
  },
  parameters,
  output: z.object({
    outcome: z.enum(['answered', 'deemedWithdrawn']),
    answer: z.enum(['alreadyPublic', 'disclosed', 'refused', 'nonexistent', 'notThisAgency', 'repeated', 'specialProcedure']).nullable(),
    thirdPartyOpinion: z.enum(['consents', 'objects', 'silent']).nullable(),
  }),
  machine: nationalDisclosureMachine,
});
