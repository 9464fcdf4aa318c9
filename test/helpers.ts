/** Small helpers so tests read like what a reader sees and does, and what an editor reads in the console. */
import { stub, type SinonStub } from 'sinon';
import { resetWarnings } from '../src/internal/warn.js';

/**
 * Collects console warnings while a test runs (a sinon stub on console.warn), with the widgets'
 * "warn once" memory cleared first, so that a test proves its own warning. Call restore() after.
 */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  resetWarnings();
  const warn: SinonStub = stub(console, 'warn');
  return {
    get messages() {
      return warn.getCalls().map((call) => call.args.map(String).join(' '));
    },
    restore: () => warn.restore(),
  };
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

/** The button a reader sees with this label, in the element's shadow root. */
export function button(element: Element, label: string): HTMLButtonElement {
  const found = all<HTMLButtonElement>(element, 'button').find((candidate) => candidate.textContent?.trim() === label);
  if (!found) throw new Error(`no button "${label}" on screen; the screen says: ${visibleText(element).slice(0, 200)}`);
  return found;
}

/** Taps the button with this label, as a reader would, and waits for the element to update. */
export async function tap(element: Element & { updateComplete: Promise<unknown> }, label: string): Promise<void> {
  button(element, label).click();
  await element.updateComplete;
}

/**
 * Waits until `root` and every clog-* widget inside it have rendered (a widget renders once it is
 * near the viewport or the page is idle, so a page of several takes a moment), and returns `root`.
 */
export async function rendered<T extends Element>(root: T): Promise<T> {
  const widgets = [root, ...root.querySelectorAll('*')].filter((element) => element.localName.startsWith('clog-'));
  await Promise.all(widgets.map((widget) => (widget as Element & { updateComplete: Promise<unknown> }).updateComplete));
  return root;
}
