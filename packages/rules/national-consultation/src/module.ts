import { defineRuleModule } from '@zwgk/core';
import { informationDisclosureRegulation } from '@zwgk/regulation-national-2019';
import { z } from 'zod';
import { clauses } from './clauses.js';
import { consultationInputSchema, consultationOutputSchema } from './consultation.js';
import { events } from './events.js';
import { consultationMachine } from './machine.js';

/** What the regulation leaves to the agency. */
export const parameters = {
  agencyOpinionWorkingDays: {
    label: { zh: '其他机关提出意见期限（工作日）', en: 'time another agency is given to answer (working days)' },
    default: 15,
    schema: z.number().int().min(1).max(60),
    why:
      '第三十三条第二款 does not count the time spent consulting other agencies but gives them no time to answer; a wait with no end would hold the application forever. ' +
      'The default of 15 working days follows 第三十四条 (co-making agencies); an agency sets its own.',
  },
} as const;

/**
 * One written consultation under 《中华人民共和国政府信息公开条例》 (国务院令第711号), opened by an
 * application (`national-disclosure-request`) as a child case: a third party (第三十二条), a co-making
 * agency (第三十四条) or another agency (第三十三条第二款), each with its own clock and outcome.
 *
 * @example
 * // opened by the application's machine: openChild('national-consultation', 'consultation-1', { kind: 'thirdParty', … })
 */
export const nationalConsultation = defineRuleModule({
  id: 'national-consultation',
  version: '1.0.0',
  title: { zh: '征求第三方和其他机关意见（2019年条例）', en: 'Consultation of a third party or another agency (2019 regulation)' },
  source: informationDisclosureRegulation.source,
  inForce: informationDisclosureRegulation.inForce,
  clauses,
  roles: { clerk: { zh: '政府信息公开工作机构经办人', en: 'officer of the disclosure office', inside: true } },
  input: consultationInputSchema,
  events,
  deadlines: {
    thirdPartyOpinion: {
      label: { zh: '第三方提出意见期限', en: 'third party’s opinion' },
      length: 15,
      unit: 'workingDays',
      startsOn: { zh: '征求意见书发出之日（第三方收到之日以发出记录）', en: 'the consultation letter (recorded as sent)' },
      clause: '第三十二条',
    },
    coMakerOpinion: {
      label: { zh: '共同制作机关提出意见期限', en: 'co-making agency’s opinion' },
      length: 15,
      unit: 'workingDays',
      startsOn: { zh: '征求意见书发出之日', en: 'the consultation letter' },
      clause: '第三十四条',
    },
    agencyOpinion: {
      label: { zh: '其他机关提出意见期限', en: 'other agency’s opinion' },
      length: 15,
      unit: 'workingDays',
      startsOn: { zh: '征求意见书发出之日', en: 'the consultation letter' },
      clause: '第三十三条',
    },
  },
  notices: {
    consultationLetter: {
      label: { zh: '征求意见书', en: 'consultation letter' },
      recipient: 'consultee',
      clause: '第三十二条',
      schema: consultationInputSchema,
    },
  },
  parameters,
  output: consultationOutputSchema,
  machine: consultationMachine,
});
