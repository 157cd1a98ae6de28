import { createRuleKit } from '@zwgk/core';
import { accountabilityRegulation } from '@zwgk/regulation-xiji-2018-47';
import { clauses } from './clauses.js';
import { breaches, deadlines } from './deadlines.js';
import { events } from './events.js';
import { input, output } from './input.js';
import { notices } from './notices.js';
import { parameters } from './parameters.js';
import { roles } from './roles.js';

/** The kit of 《西吉县政务公开责任追究制度》: typed setup, effects and guards for the machine. */
export const kit = createRuleKit({
  regulation: accountabilityRegulation,
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
