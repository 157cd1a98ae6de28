import { createRuleKit } from '@zwgk/core';
import { spokespersonRegulation } from '@zwgk/regulation-xiji-2018-47';
import { clauses } from './clauses.js';
import { breaches, deadlines } from './deadlines.js';
import { spokespersonEvents } from './events.js';
import { input, output } from './input.js';
import { spokespersonNotices } from './notices.js';
import { spokespersonParameters } from './parameters.js';
import { roles } from './roles.js';

/** The kit of 《西吉县政务公开新闻发言人制度》: the typed setup, effects and guards its machine is written with. */
export const kit = createRuleKit({
  regulation: spokespersonRegulation,
  clauses,
  roles,
  input,
  output,
  events: spokespersonEvents,
  deadlines,
  notices: spokespersonNotices,
  breaches,
  parameters: spokespersonParameters,
});
