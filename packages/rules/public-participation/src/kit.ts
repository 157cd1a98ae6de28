import { createRuleKit } from '@zwgk/core';
import { publicParticipationRegulation } from '@zwgk/regulation-xiji-2018-47';
import { clauses } from './clauses.js';
import { breaches, deadlines } from './deadlines.js';
import { events } from './events.js';
import { input, output } from './input.js';
import { notices } from './notices.js';
import { parameters } from './parameters.js';
import { roles } from './roles.js';

/** The kit of 《西吉县政务公开公众参与制度》: typed setup, effects and guards for the machine. */
export const kit = createRuleKit({
  regulation: publicParticipationRegulation,
  clauses,
  roles,
  input,
  output,
  events,
  deadlines,
  notices,
  breaches,
  parameters,
});
