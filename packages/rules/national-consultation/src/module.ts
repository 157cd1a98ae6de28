import { kit } from './kit.js';
import { consultationMachine } from './machine.js';

/**
 * One written consultation under 《中华人民共和国政府信息公开条例》 (国务院令第711号), opened by an
 * application (`national-disclosure-request`) as a child case: a third party (第三十二条), a co-making
 * agency (第三十四条) or another agency (第三十三条第二款), each with its own clock and outcome, its
 * period counted from its receipt of the letter (recorded, or presumed after the parameter's working days).
 *
 * @example
 * // opened by the application's machine: openChild('national-consultation', 'consultation-1', { kind: 'thirdParty', … })
 */
export const nationalConsultation = kit.defineModule({
  id: 'national-consultation',
  version: '1.0.0',
  title: { zh: '征求第三方和其他机关意见（2019年条例）', en: 'Consultation of a third party or another agency (2019 regulation)' },
  machine: consultationMachine,
  afterClosure: {
    // A return receipt that arrives after the consultation ended (its period ran from a presumed
    // receipt): recorded as the fact it is; the opinion the application relied on stands.
    'letter.received': { states: ['done'], clause: '第三十二条' },
  },
});
