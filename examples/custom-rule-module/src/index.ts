export type { ClauseId } from './clauses.js';
export { clauses } from './clauses.js';
export type { Answer, AnswerKind, Application, EventType } from './events.js';
export { answerSchema, applicationSchema, channelSchema, events } from './events.js';
export type { NationalDisclosureContext, NationalDisclosureOutput, Outcome, Parameters, ThirdPartyOpinion } from './machine.js';
export { nationalDisclosureMachine } from './machine.js';
export { nationalDisclosureRequest2019, notices, parameters } from './module.js';
