/**
 * Renders a JSON Schema (as `moduleJsonSchemas` generates it from zod) as rows of fields, for
 * readers who want a table rather than raw JSON: nested objects become dotted paths, array items
 * `[]`, map values `.<key>`, and the variants of a union are merged with the condition under which
 * each field applies (`when kind is alreadyPublic`).
 */

/** The JSON Schema keywords zod 4 emits for the modules' schemas. */
export interface JsonSchema {
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly items?: JsonSchema;
  readonly additionalProperties?: JsonSchema | boolean;
  readonly propertyNames?: JsonSchema;
  readonly anyOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  readonly allOf?: readonly JsonSchema[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly description?: string;
  readonly default?: unknown;
  readonly format?: string;
  readonly pattern?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
}

export interface FieldRow {
  /** Dotted path: `applicant.identity.number`, `agencies[]`, `counts.<key>`. */
  readonly path: string;
  readonly type: string;
  readonly required: boolean;
  readonly description: string;
}

const code = (value: unknown) => `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;

const variantsOf = (s: JsonSchema) => s.oneOf ?? s.anyOf;
const isNull = (s: JsonSchema) => s.type === 'null';
const isObject = (s: JsonSchema) => s.properties !== undefined;

/** The property whose `const` tells the variants of a union of objects apart, if there is one. */
function discriminator(variants: readonly JsonSchema[]): string | undefined {
  const first = variants[0]?.properties ?? {};
  return Object.keys(first).find((key) => variants.every((v) => v.properties?.[key]?.const !== undefined));
}

// zod's .int() adds the safe-integer bounds, which say nothing to a reader.
const bound = (n: number | undefined) => (n === undefined || Math.abs(n) >= Number.MAX_SAFE_INTEGER ? undefined : n);

function range(lowest: number | undefined, highest: number | undefined, lowOpen = false, highOpen = false): string {
  const low = bound(lowest);
  const high = bound(highest);
  if (low !== undefined && high !== undefined && !lowOpen && !highOpen) return ` ${low}–${high}`;
  const parts = [low === undefined ? '' : `${lowOpen ? '>' : '≥'} ${low}`, high === undefined ? '' : `${highOpen ? '<' : '≤'} ${high}`];
  return parts
    .filter(Boolean)
    .map((p) => ` ${p}`)
    .join(',');
}

/** A short type description of one schema: `non-empty string`, `integer 1–15`, `one of \`paper\`, \`copy\``. */
export function typeOf(s: JsonSchema): string {
  if (s.const !== undefined) return code(s.const);
  if (s.enum !== undefined) return `one of ${s.enum.map(code).join(', ')}`;
  const variants = variantsOf(s);
  if (variants !== undefined) {
    const rest = variants.filter((v) => !isNull(v));
    const nullable = rest.length < variants.length ? ' or null' : '';
    if (rest.length > 1 && rest.every(isObject)) {
      const key = discriminator(rest);
      return `object (${rest.length} shapes${key === undefined ? '' : ` by \`${key}\``})${nullable}`;
    }
    return `${rest.map(typeOf).join(' or ')}${nullable}`;
  }
  if (s.allOf !== undefined) return s.allOf.map(typeOf).join(' and ');
  if (typeof s.type === 'object') return s.type.join(' or ');
  switch (s.type) {
    case 'string': {
      if (s.format !== undefined) return `string (${s.format})`;
      if (s.pattern !== undefined) return `string matching \`${s.pattern}\``;
      if (s.minLength === 1 && s.maxLength === undefined) return 'non-empty string';
      const length = range(s.minLength, s.maxLength);
      return length ? `string,${length} characters` : 'string';
    }
    case 'integer':
    case 'number':
      return `${s.type}${range(s.exclusiveMinimum ?? s.minimum, s.exclusiveMaximum ?? s.maximum, s.exclusiveMinimum !== undefined, s.exclusiveMaximum !== undefined)}`;
    case 'array': {
      const count =
        s.minItems !== undefined && s.maxItems !== undefined
          ? ` (${s.minItems}–${s.maxItems} items)`
          : s.minItems !== undefined
            ? ` (at least ${s.minItems})`
            : s.maxItems !== undefined
              ? ` (at most ${s.maxItems})`
              : '';
      return `array of ${s.items ? typeOf(s.items) : 'any'}${count}`;
    }
    case 'object':
      if (!isObject(s) && typeof s.additionalProperties === 'object') {
        return `map from ${s.propertyNames ? typeOf(s.propertyNames) : 'string'} to ${typeOf(s.additionalProperties)}`;
      }
      return 'object';
    case undefined:
      return 'any';
    default:
      return s.type;
  }
}

function describe(s: JsonSchema): string {
  const parts = [s.description ?? ''];
  if (s.default !== undefined) parts.push(`default ${code(s.default)}`);
  return parts.filter(Boolean).join('; ');
}

interface ConditionalRow extends FieldRow {
  /** The union variants the row applies in, e.g. `kind is alreadyPublic`; empty when always. */
  readonly when: readonly string[];
}

/** The rows below one schema, whose own row (if any) the caller wrote at `path`. */
function nested(s: JsonSchema, path: string): ConditionalRow[] {
  const variants = variantsOf(s)?.filter((v) => !isNull(v));
  if (variants !== undefined && variants.length > 0 && variants.every(isObject)) return union(variants, path);
  if (variants !== undefined && variants.length === 1) return nested(variants[0]!, path);
  if (isObject(s)) return objectRows(s, path);
  if (s.type === 'array' && s.items) return nested(s.items, `${path}[]`);
  if (s.type === 'object' && typeof s.additionalProperties === 'object') return nested(s.additionalProperties, `${path}.<key>`);
  return [];
}

function objectRows(s: JsonSchema, prefix: string): ConditionalRow[] {
  const required = new Set(s.required ?? []);
  return Object.entries(s.properties ?? {}).flatMap(([name, field]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    return [{ path, type: typeOf(field), required: required.has(name), description: describe(field), when: [] }, ...nested(field, path)];
  });
}

/** Rows of a union of objects: a field of several variants is listed once with the variants it is in. */
function union(variants: readonly JsonSchema[], prefix: string): ConditionalRow[] {
  const key = discriminator(variants);
  const label = (v: JsonSchema, i: number) =>
    key === undefined ? `shape ${i + 1}` : `\`${prefix ? `${prefix}.` : ''}${key}\` is ${code(v.properties![key]!.const)}`;
  const merged = new Map<string, ConditionalRow>();
  variants.forEach((variant, i) => {
    for (const row of objectRows(variant, prefix)) {
      if (key !== undefined && row.path === (prefix ? `${prefix}.${key}` : key)) {
        merged.set(row.path, { ...row, type: `one of ${variants.map((v) => code(v.properties![key]!.const)).join(', ')}`, when: [] });
        continue;
      }
      const id = JSON.stringify([row.path, row.type, row.required, row.description]);
      const seen = merged.get(id);
      merged.set(id, {
        ...row,
        when: [
          ...(seen?.when ?? []),
          ...(row.when.length > 0 ? row.when.map((w) => `${label(variant, i)} and ${w}`) : [label(variant, i)]),
        ],
      });
    }
  });
  return [...merged.values()].map((row) => (row.when.length === variants.length ? { ...row, when: [] } : row));
}

/** The fields of a schema as table rows; a schema that is not an object gives one row with path `(value)`. */
export function schemaFieldRows(schema: JsonSchema): FieldRow[] {
  const rows = nested(schema, '');
  if (rows.length === 0 && !isObject(schema))
    return [{ path: '(value)', type: typeOf(schema), required: true, description: describe(schema) }];
  return rows.map(({ when, ...row }) => ({
    ...row,
    description: when.length === 0 ? row.description : [`only when ${when.join(' or ')}`, row.description].filter(Boolean).join('; '),
  }));
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n+/g, ' ');

/** The fields as a Markdown table (name, type, required, description), or a sentence when there are none. */
export function schemaFieldsMarkdown(schema: JsonSchema): string {
  const rows = schemaFieldRows(schema);
  if (rows.length === 0) return 'No fields.';
  return [
    '| field | type | required | description |',
    '| --- | --- | --- | --- |',
    ...rows.map((r) => `| \`${r.path}\` | ${cell(r.type)} | ${r.required ? 'yes' : 'no'} | ${cell(r.description) || '—'} |`),
  ].join('\n');
}
