/** The part of a zod issue a message needs (zod v4's `$ZodIssue` has more). */
export interface IssueLike {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/**
 * A zod issue path as one reads it in JSON: `holidays[2].days[0]`, with `root` before it when given
 * (`payload.items[0].name`). Shared by every package that reports a schema failure, so all say it alike.
 *
 * @example
 * formatIssuePath(['holidays', 2, 'days', 0]) //=> 'holidays[2].days[0]'
 * formatIssuePath(['name'], 'payload') //=> 'payload.name'
 */
export function formatIssuePath(path: readonly PropertyKey[], root = ''): string {
  let out = root;
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`;
  return out;
}

/**
 * One line for a zod issue: where (its path under `root`) and what is wrong.
 *
 * @example
 * describeIssue({ path: ['items', 0], message: 'Required' }, 'payload') //=> 'payload.items[0]: Required'
 */
export function describeIssue(issue: IssueLike | undefined, root = ''): string {
  if (!issue) return `${root || 'value'}: invalid`;
  return `${formatIssuePath(issue.path, root) || 'value'}: ${issue.message}`;
}
