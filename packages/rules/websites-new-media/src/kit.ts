import { createRuleKit } from '@zwgk/core';
import { websitesNewMediaRegulation } from '@zwgk/regulation-xiji-2018-47';
import { clauses } from './clauses.js';
import { breaches, deadlines } from './deadlines.js';
import { events } from './events.js';
import { input, output } from './input.js';
import { notices } from './notices.js';
import { parameters } from './parameters.js';
import { roles } from './roles.js';

/** The kit of 《西吉县政府网站及新媒体建设运营管理制度》: typed setup, effects and guards for the machine. */
export const kit = createRuleKit({
  regulation: websitesNewMediaRegulation,
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
