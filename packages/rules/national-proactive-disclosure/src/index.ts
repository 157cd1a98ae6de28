export { nationalProactiveDisclosure } from './module.js';
export { proactiveMachine } from './machine.js';
export type { ProactiveContext } from './machine.js';
export { clauses } from './clauses.js';
export type { ClauseId } from './clauses.js';
export { events, publicationChannelSchema } from './events.js';
export type { EventType } from './events.js';
export { informationCategorySchema, informationSchema } from './information.js';
export type { Information } from './information.js';
