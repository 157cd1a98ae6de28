import { describeIssue } from '@zwgk/calendar';
import type { z } from 'zod';
import type { AnyRuleModule } from '../define-rule-module.js';
import { ZwgkError } from '../errors.js';
import { own } from '../own.js';

/** Module parameters by module key: each module's defaults with the deployment's overrides, validated. */
export function resolveParameters(
  modules: readonly AnyRuleModule[],
  overrides: Readonly<Record<string, Readonly<Record<string, unknown>>>>,
): Map<string, Record<string, unknown>> {
  const resolved = new Map<string, Record<string, unknown>>();
  const known = new Set(modules.map((m) => m.id));
  for (const moduleId of Object.keys(overrides)) {
    if (!known.has(moduleId))
      throw new ZwgkError('INVALID_ARGUMENT', `parameters.${moduleId}: no such module is loaded`, { module: moduleId });
  }
  for (const module of modules) {
    const values: Record<string, unknown> = { ...module.defaultParameters };
    for (const [name, value] of Object.entries(own(overrides, module.id) ?? {})) {
      const spec = own(module.parameters, name);
      if (!spec)
        throw new ZwgkError('INVALID_ARGUMENT', `parameters.${module.id}.${name}: ${module.id} has no such parameter`, {
          module: module.id,
          parameter: name,
        });
      const parsed = (spec.schema as z.ZodType).safeParse(value);
      if (!parsed.success) {
        throw new ZwgkError('INVALID_ARGUMENT', describeIssue(parsed.error.issues[0], `parameters.${module.id}.${name}`), {
          module: module.id,
          parameter: name,
        });
      }
      values[name] = parsed.data;
    }
    resolved.set(module.key, values);
  }
  return resolved;
}
