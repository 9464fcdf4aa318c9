import { warnOnce } from './warn.js';

/**
 * Registers a custom element without ever throwing: publishers paste the script twice, or load an
 * older copy beside a newer one. The first registration wins; another copy warns once.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === element) return;
  if (existing) {
    warnOnce(
      'define',
      `<${tag}> is already registered by another copy of clog-widgets; keeping that one. Load the script once per page.`,
    );
    return;
  }
  try {
    customElements.define(tag, element);
  } catch (error) {
    warnOnce('define', `could not register <${tag}>: ${String(error)}`);
  }
}
