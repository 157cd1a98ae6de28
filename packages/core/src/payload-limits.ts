import { ZwgkError } from './errors.js';

/**
 * Bounds on what a caller's payload or input may hold, checked for every module before its own
 * schema: a 10 MB string would be stored, hashed and re-read with every later event of the case.
 */
export interface PayloadLimits {
  /** The longest string (in UTF-16 code units), keys included. Default 20 000. */
  readonly maxStringLength?: number;
  /** The longest array. Default 1 000. */
  readonly maxArrayLength?: number;
  /** The most keys one object may have. Default 200. */
  readonly maxObjectKeys?: number;
  /** The deepest nesting of arrays and objects. Default 32. */
  readonly maxDepth?: number;
  /** A rejected payload whose JSON is longer than this is audited as its SHA-256 and size only. Default 4 096. */
  readonly maxAuditedRejectionChars?: number;
}

/** {@link PayloadLimits} with every default filled in. */
export type ResolvedPayloadLimits = Required<PayloadLimits>;

/** The defaults of {@link PayloadLimits}. */
export const DEFAULT_PAYLOAD_LIMITS: ResolvedPayloadLimits = {
  maxStringLength: 20_000,
  maxArrayLength: 1_000,
  maxObjectKeys: 200,
  maxDepth: 32,
  maxAuditedRejectionChars: 4_096,
};

/** The limits with defaults for what is not given. */
export function resolvePayloadLimits(limits: PayloadLimits = {}): ResolvedPayloadLimits {
  const resolved = { ...DEFAULT_PAYLOAD_LIMITS, ...limits };
  for (const [name, value] of Object.entries(resolved)) {
    if (!Number.isInteger(value) || value < 1)
      throw new ZwgkError('INVALID_ARGUMENT', `payloadLimits.${name} must be a positive integer`, { [name]: value });
  }
  return resolved;
}

/**
 * Throws INVALID_PAYLOAD naming the first place where `value` exceeds a limit (`payload.files[3]`),
 * walking it without recursion so that depth itself cannot overflow the stack.
 */
export function checkPayloadLimits(
  value: unknown,
  limits: ResolvedPayloadLimits,
  root: string,
  details: Readonly<Record<string, unknown>>,
): void {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: root, depth: 0 }];
  const fail = (path: string, limit: keyof PayloadLimits, message: string): never => {
    throw new ZwgkError('INVALID_PAYLOAD', `${path} ${message}`, { ...details, path, limit, max: limits[limit] });
  };
  while (stack.length > 0) {
    const { value: v, path, depth } = stack.pop()!;
    if (typeof v === 'string') {
      if (v.length > limits.maxStringLength) fail(path, 'maxStringLength', `is longer than ${limits.maxStringLength} characters`);
    } else if (Array.isArray(v)) {
      if (depth >= limits.maxDepth) fail(path, 'maxDepth', `is nested deeper than ${limits.maxDepth}`);
      if (v.length > limits.maxArrayLength) fail(path, 'maxArrayLength', `has more than ${limits.maxArrayLength} items`);
      v.forEach((item, i) => stack.push({ value: item, path: `${path}[${i}]`, depth: depth + 1 }));
    } else if (v !== null && typeof v === 'object') {
      if (depth >= limits.maxDepth) fail(path, 'maxDepth', `is nested deeper than ${limits.maxDepth}`);
      const keys = Object.keys(v);
      if (keys.length > limits.maxObjectKeys) fail(path, 'maxObjectKeys', `has more than ${limits.maxObjectKeys} keys`);
      for (const key of keys) {
        if (key.length > limits.maxStringLength)
          fail(path, 'maxStringLength', `has a key longer than ${limits.maxStringLength} characters`);
        stack.push({
          value: (v as Record<string, unknown>)[key],
          path: `${path}.${key.length > 40 ? `${key.slice(0, 40)}…` : key}`,
          depth: depth + 1,
        });
      }
    }
  }
}
