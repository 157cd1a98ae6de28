/**
 * The value a record holds under `key` itself, never one inherited from `Object.prototype`: an
 * event type or role named `constructor`, `__proto__` or `toString` finds nothing.
 *
 * @example
 * own({ clerk: 1 }, 'clerk') //=> 1
 * own({ clerk: 1 }, 'constructor') //=> undefined
 */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
