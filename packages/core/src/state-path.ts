import type { StateValue } from 'xstate';

/**
 * A machine state as one string: `answering.thirdParty`; parallel regions joined with `|`
 * (`review|consultation`), so stores can index and query it.
 *
 * @example
 * stateToString({ answering: 'thirdParty' }); //=> 'answering.thirdParty'
 */
export function stateToString(value: StateValue): string {
  if (typeof value === 'string') return value;
  const parts = Object.entries(value).map(([key, child]) => {
    const inner = child === undefined ? '' : stateToString(child as StateValue);
    if (!inner) return key;
    return inner.includes('|') ? `${key}.(${inner})` : `${key}.${inner}`;
  });
  return parts.join('|');
}
