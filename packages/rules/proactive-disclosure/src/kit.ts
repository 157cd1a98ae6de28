import { createRuleKit } from '@zwgk/core';
import { proactiveDisclosureRegulation } from '@zwgk/regulation-xiji-2018-47';
import { clauses } from './clauses.js';
import { breaches, deadlines } from './deadlines.js';
import { events } from './events.js';
import { input, output } from './input.js';
import { notices } from './notices.js';
import { parameters } from './parameters.js';
import { roles } from './roles.js';

/** The kit of 《西吉县政府政务公开制度》: the typed setup, effects and guards its machine is written with. */
export const kit = createRuleKit({
  regulation: proactiveDisclosureRegulation,
  clauses,
  roles,
  input,
  output,
  events,
  deadlines,
  notices,
  breaches,
  parameters,
  children: ['confidentiality-review', 'release-coordination'],
});
