export type { CorsOptions, HttpAppOptions } from './app.js';
export { CALENDAR_ADMIN, createHttpApp, withSchedules } from './app.js';
export type { CommandLineOptions } from './args.js';
export { serviceOptionsFromArgs, UsageError } from './args.js';
export type { Authenticator, Connection, Principal } from './auth.js';
export { bearerTokens, clientCertificates, firstOf, principalSchema, resolveActor, tokenTableSchema } from './auth.js';
export type { ErrorBody, HttpErrorCode, HttpOnlyErrorCode } from './errors.js';
export { errorResponse, HttpError, STATUS_OF_CODE } from './errors.js';
export type { AuthFailureLimit } from './guards.js';
export { AuthFailureLimiter, DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_URL_LENGTH, LOOPBACK_HOSTS } from './guards.js';
export { eventSchemaName, inputSchemaName, openApiDocument, operations } from './openapi.js';
export type { ServicePreset } from './presets.js';
export { DEFAULT_PRESETS, presetModules, presets } from './presets.js';
export type { CheckpointOptions, RunningServer, ServeOptions, Service, ServiceOptions, ServiceStore } from './server.js';
export { isLoopback, isPostgresUrl, serve, startService } from './server.js';
export type { SubscriptionState, WebhookOptions, WebhookSubscription, WebhookSubscriptionView } from './webhooks.js';
export {
  DELIVERY_HEADER,
  SIGNATURE_HEADER,
  signatureOf,
  WebhookDispatcher,
  webhookPutSchema,
  webhookSubscriptionSchema,
  webhooksFileSchema,
} from './webhooks.js';
