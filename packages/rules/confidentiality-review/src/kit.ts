import { createRuleKit } from '@zwgk/core';
import { confidentialityReviewRegulation } from '@zwgk/regulation-xiji-2018-47';
import { clauses } from './clauses.js';
import { breaches, deadlines } from './deadlines.js';
import { events } from './events.js';
import { reviewInput, reviewOutput } from './input.js';
import { notices } from './notices.js';
import { parameters } from './parameters.js';
import { roles } from './roles.js';

/** The kit of 《西吉县政务公开保密审查制度》: the typed setup, effects and guards its machine is written with. */
export const kit = createRuleKit({
  regulation: confidentialityReviewRegulation,
  clauses,
  roles,
  input: reviewInput,
  output: reviewOutput,
  events,
  deadlines,
  notices,
  breaches,
  parameters,
});
