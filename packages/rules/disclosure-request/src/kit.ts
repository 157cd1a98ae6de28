import { createRuleKit } from '@zwgk/core';
import { disclosureRequestRegulation } from '@zwgk/regulation-xiji-2018-47';
import { clauses } from './clauses.js';
import { breaches, deadlines } from './deadlines.js';
import { events } from './events.js';
import { input } from './input.js';
import { notices } from './notices.js';
import { parameters } from './parameters.js';
import { roles } from './roles.js';

/** The kit of 《西吉县政府信息依申请公开制度》: the typed setup, effects and guards its machine is written with. */
export const kit = createRuleKit({
  regulation: disclosureRequestRegulation,
  clauses,
  roles,
  input,
  events,
  deadlines,
  notices,
  breaches,
  parameters,
  children: ['confidentiality-review', 'release-coordination'],
});
