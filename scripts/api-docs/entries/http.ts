/**
 * The engine over HTTP (Hono) for OA systems in any language, with an OpenAPI document generated from
 * the same zod schemas.
 *
 * @module @zwgk/http
 */
export * from '@zwgk/http';
