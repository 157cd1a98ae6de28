/**
 * The characters a caller-chosen id may use (a case id, an event id): ASCII letters and digits,
 * then also `.`, `_`, `~`, `:` and `-` (URL-safe without escaping, so an id is the same in a path, a
 * query and a header), 1 to 128 characters, starting with a letter or digit. An OA system's file
 * number in Chinese (西政办〔2021〕1号) travels as the case's `title`, not its id.
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._~:-]{0,127}$/;

/** The longest id {@link ID_PATTERN} allows. */
export const ID_MAX_LENGTH = 128;

/**
 * True when `value` is an id a caller may choose (see {@link ID_PATTERN}).
 *
 * @example
 * isValidId('oa-2021-0042') //=> true
 * isValidId('西政办〔2021〕1号') //=> false
 */
export function isValidId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}
