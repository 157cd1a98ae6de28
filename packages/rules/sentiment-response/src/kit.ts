import { createRuleKit } from '@zwgk/core';
import { sentimentResponseRegulation } from '@zwgk/regulation-xiji-2018-47';
import { clauses } from './clauses.js';
import { breaches, deadlines } from './deadlines.js';
import { sentimentEvents } from './events.js';
import { input } from './input.js';
import { sentimentNotices } from './notices.js';
import { sentimentParameters } from './parameters.js';
import { roles } from './roles.js';

/** The kit of 《西吉县政府政务舆情回应制度》: the typed setup, effects and guards its machine is written with. */
export const kit = createRuleKit({
  regulation: sentimentResponseRegulation,
  clauses,
  roles,
  input,
  events: sentimentEvents,
  deadlines,
  notices: sentimentNotices,
  breaches,
  parameters: sentimentParameters,
});
