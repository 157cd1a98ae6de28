import { z } from 'zod';
import type { AnyRuleModule } from './define-rule-module.js';

/** JSON Schema (draft 2020-12) documents of a module, for systems that do not run TypeScript. */
export interface ModuleJsonSchemas {
  readonly module: string;
  /** The data a case is opened with. */
  readonly input: unknown;
  /** Each event's payload, with the roles allowed to send it. */
  readonly events: Readonly<Record<string, { readonly roles: readonly string[]; readonly payload: unknown }>>;
  /** Each notice's required content (when the module declares it). */
  readonly notices: Readonly<Record<string, unknown>>;
  /** The final output a parent case receives (when the module declares it). */
  readonly output: unknown;
}

// `io: 'input'` describes what a caller must send (before defaults and transforms); parts that
// JSON Schema cannot express (a custom refinement) become `{}` rather than failing.
const toSchema = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });

/**
 * Generates the JSON Schemas of a module's input, event payloads, notices and output from its zod
 * schemas, so an OA system in any language can validate what it sends before it sends it.
 *
 * @example
 * moduleJsonSchemas(disclosureRequest).events['reply.extended'].payload
 * //=> { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', properties: { reason: …, days: … }, … }
 */
export function moduleJsonSchemas(module: AnyRuleModule): ModuleJsonSchemas {
  return {
    module: module.key,
    input: toSchema(module.input as z.ZodType),
    events: Object.fromEntries(
      Object.entries(module.events).map(([type, spec]) => [type, { roles: spec.roles, payload: toSchema(spec.schema as z.ZodType) }]),
    ),
    notices: Object.fromEntries(
      Object.entries(module.notices ?? {})
        .filter(([, spec]) => spec.schema !== undefined)
        .map(([name, spec]) => [name, toSchema(spec.schema as z.ZodType)]),
    ),
    output: module.output ? toSchema(module.output as z.ZodType) : null,
  };
}
