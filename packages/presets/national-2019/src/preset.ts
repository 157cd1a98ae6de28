import type { RulePreset } from '@zwgk/core';
import { stateCouncilDecree711 } from '@zwgk/regulation-national-2019';
import { nationalAnnualReport } from '@zwgk/rule-national-annual-report';
import { nationalConsultation } from '@zwgk/rule-national-consultation';
import { nationalDisclosureRequest } from '@zwgk/rule-national-disclosure-request';
import { nationalProactiveDisclosure } from '@zwgk/rule-national-proactive-disclosure';
import { nationalRemedy } from '@zwgk/rule-national-remedy';

/**
 * 《中华人民共和国政府信息公开条例》（国务院令第711号, in force since 2019-05-15）: the regulation
 * every government office in China works under today. Its end date is open (2099-12-31 stands for
 * “until revised”).
 *
 * @example
 * const engine = createEngine({ modules: national2019.modules, calendar: china, clock: systemClock, store });
 * await engine.open('national-disclosure-request', { input: application, actor: { id: 'clerk-1', role: 'clerk' } });
 */
export const national2019: RulePreset = {
  id: 'national-2019',
  documentNumber: stateCouncilDecree711.documentNumber,
  title: '中华人民共和国政府信息公开条例',
  issuer: stateCouncilDecree711.issuer,
  issuedOn: stateCouncilDecree711.issuedOn,
  inForce: stateCouncilDecree711.inForce,
  modules: [nationalProactiveDisclosure, nationalDisclosureRequest, nationalConsultation, nationalRemedy, nationalAnnualReport],
};
