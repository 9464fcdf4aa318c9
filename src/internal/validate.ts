import { warnOnce } from './warn.js';

/**
 * The one validation pattern for enumerated attributes: an element checks a value when it changes
 * (in willUpdate), keeps what this returns, and renders from that. Returns `value` if it is one of
 * `allowed`, else undefined with one console warning that names the element, the attribute, the
 * values it accepts and what is used `instead`. A missing or removed attribute (null, undefined)
 * is not a bad value: undefined, without a warning.
 */
export function validValue<T extends string | number>(value: unknown, allowed: readonly T[], where: string, instead: string): T | undefined {
  if (value == null) return undefined;
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  warnOnce(`${where}=${String(value)}`, `${where}="${String(value)}" is not one of ${allowed.join(', ')}; using ${instead}.`);
  return undefined;
}

/** validValue with a fixed default: `value` if allowed, else `fallback` (with one warning). */
export function oneOf<T extends string | number>(value: unknown, allowed: readonly T[], fallback: T, where: string): T {
  return validValue(value, allowed, where, String(fallback)) ?? fallback;
}
