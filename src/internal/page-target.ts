import { warnOnce } from './warn.js';

/**
 * The `tag` element with this id in the host's document (or shadow root), or undefined with one
 * warning when there is none, or when the id names some other element.
 */
export function findOnPage(host: Element, id: string | null, tag: string, where: string): HTMLElement | undefined {
  if (!id) return undefined;
  const target = (host.getRootNode() as Document | ShadowRoot).getElementById(id);
  if (target?.localName === tag) return target;
  const problem = target ? `names a <${target.localName}>, not a <${tag}>` : 'no element with that id on the page';
  warnOnce(`${where}=${id}`, `${where}="${id}": ${problem}.`);
  return undefined;
}

/** Scrolls to an element (smoothly unless the reader asked for reduced motion) and focuses it. */
export function bringIntoView(target: HTMLElement): void {
  const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
  target.scrollIntoView({ behavior: smooth ? 'smooth' : 'auto', block: 'start' });
  target.focus({ preventScroll: true });
}
