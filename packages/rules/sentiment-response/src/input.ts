export { sentimentInputSchema as input } from './events.js';
