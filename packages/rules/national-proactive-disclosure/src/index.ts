export type { ClauseId } from './clauses.js';
export { clauses } from './clauses.js';
export type { EventType } from './events.js';
export { events, publicationChannelSchema } from './events.js';
export type { Information } from './information.js';
export { informationCategorySchema, informationSchema } from './information.js';
export type { ProactiveContext } from './machine.js';
export { proactiveMachine } from './machine.js';
export { nationalProactiveDisclosure } from './module.js';
