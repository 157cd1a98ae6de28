import { nationalRuleKit } from '@zwgk/regulation-national-2019';
import { clauses } from './clauses.js';
import { breaches, deadlines } from './deadlines.js';
import { events } from './events.js';
import { input, output } from './input.js';
import { notices } from './notices.js';
import { parameters } from './parameters.js';
import { roles } from './roles.js';

/** The kit of 《中华人民共和国政府信息公开条例》第三章 (主动公开): typed setup, effects and guards for the machine. */
export const kit = nationalRuleKit({ clauses, roles, input, output, events, deadlines, notices, breaches, parameters });
