const ALLOWED_PROTOCOLS = ['http:', 'https:', 'tel:', 'mailto:'];

/**
 * A fixed base for telling relative links from others. A relative link resolves to http(s)
 * against any page's own base as well, so the answer never depends on the page: the check needs
 * no `document` (server rendering) and gives the server and the browser the same link to render.
 */
const BASE = 'https://clog-widgets.invalid/';

/**
 * Returns the link, as written, if it is http(s), tel, mailto or relative, else undefined. Parsing
 * with URL, as the browser will, catches tricks such as "java\nscript:" that a pattern check lets
 * through. The link is returned unresolved: the browser resolves it against the page.
 */
export function safeHref(value: string | undefined | null): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  try {
    return ALLOWED_PROTOCOLS.includes(new URL(trimmed, BASE).protocol) ? trimmed : undefined;
  } catch {
    return undefined;
  }
}
