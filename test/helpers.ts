/** Small helpers so tests read like what a reader sees and an editor reads in the console. */

/** Collects console warnings while a test runs. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

/**
 * The text a reader sees in an element's shadow root: whitespace collapsed (no-break spaces kept),
 * invisible direction isolates (around temperatures) dropped.
 */
export function visibleText(element: Element, selector?: string): string {
  const root = element.shadowRoot ?? element;
  const target = selector ? root.querySelector(selector) : root;
  return (target?.textContent ?? '').replace(/[\u2068\u2069]/g, '').replace(/[ \t\n\r\f]+/g, ' ').trim();
}

/** Every element matching a selector inside the shadow root. */
export function all<T extends Element = HTMLElement>(element: Element, selector: string): T[] {
  return [...(element.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

/** Headings as a screen reader lists them: level and text. */
export function headings(element: Element): { level: number; text: string }[] {
  return all(element, '[role="heading"], h1, h2, h3, h4, h5, h6').map((heading) => ({
    level: Number(heading.getAttribute('aria-level') ?? heading.tagName.slice(1)),
    text: heading.textContent?.replace(/\s+/g, ' ').trim() ?? '',
  }));
}
