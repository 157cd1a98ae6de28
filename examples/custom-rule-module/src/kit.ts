import { createRuleKit } from '@zwgk/core';
import { informationDisclosureRegulation } from '@zwgk/regulation-national-2019';
import { clauses } from './clauses.js';
import { breaches, deadlines } from './deadlines.js';
import { events } from './events.js';
import { input, output } from './input.js';
import { notices } from './notices.js';
import { parameters } from './parameters.js';
import { roles } from './roles.js';

/**
 * The module's kit: xstate's `setup` with the module's types preset, effect actions whose names
 * are checked against the deadlines, notices and breaches above, the `deadlineDue` guard, and
 * `defineModule`. The regulation gives the module's `source` and `inForce`.
 */
export const kit = createRuleKit({
  regulation: informationDisclosureRegulation,
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
