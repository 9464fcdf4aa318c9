import { warnOnce } from './warn.js';

/** The element with this id in the host's document (or shadow root), or undefined with one warning. */
export function findOnPage(host: Element, id: string, where: string): HTMLElement | undefined {
  if (!id) return undefined;
  const target = (host.getRootNode() as Document | ShadowRoot).getElementById(id);
  if (!target) warnOnce(`${where}=${id}`, `${where}="${id}": no element with that id on the page.`);
  return target ?? undefined;
}

/** Scrolls to an element (smoothly unless the reader asked for reduced motion) and focuses it. */
export function bringIntoView(target: HTMLElement): void {
  const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
  target.scrollIntoView({ behavior: smooth ? 'smooth' : 'auto', block: 'start' });
  target.focus({ preventScroll: true });
}
