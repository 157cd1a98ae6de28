import { createRuleKit } from '@zwgk/core';
import { policyInterpretationRegulation } from '@zwgk/regulation-xiji-2018-47';
import { clauses } from './clauses.js';
import { breaches, deadlines } from './deadlines.js';
import { policyEvents } from './events.js';
import { input, output } from './input.js';
import { policyNotices } from './notices.js';
import { policyParameters } from './parameters.js';
import { roles } from './roles.js';

/** The kit of 《西吉县政府政务公开政策解读制度》: the typed setup, effects and guards its machine is written with. */
export const kit = createRuleKit({
  regulation: policyInterpretationRegulation,
  clauses,
  roles,
  input,
  output,
  events: policyEvents,
  deadlines,
  notices: policyNotices,
  breaches,
  parameters: policyParameters,
});
