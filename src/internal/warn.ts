const warned = new Set<string>();

/** Logs a console warning once per key, so a bad attribute never floods a publisher's console. */
export function warnOnce(key: string, message: string): void {
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`clog-widgets: ${message}`);
}

/** Forgets which warnings were given, so that each test sees its own "warns once". Tests only. */
export function resetWarnings(): void {
  warned.clear();
}
