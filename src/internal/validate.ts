import { warnOnce } from './warn.js';

/**
 * Returns `value` if it is one of `allowed`, else `fallback` with one console warning that names
 * the element, the attribute and the values it accepts.
 */
export function oneOf<T extends string | number>(
  value: unknown,
  allowed: readonly T[],
  fallback: T,
  where: string,
): T {
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  warnOnce(
    `${where}=${String(value)}`,
    `${where}="${String(value)}" is not one of ${allowed.join(', ')}; using ${fallback}.`,
  );
  return fallback;
}
