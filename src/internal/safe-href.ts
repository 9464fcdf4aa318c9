const ALLOWED_PROTOCOLS = ['http:', 'https:', 'tel:', 'mailto:'];

/**
 * Returns the link if it is http(s), tel, mailto or relative, else undefined. Parsing with URL, as
 * the browser will, catches tricks such as "java\nscript:" that a pattern check lets through.
 */
export function safeHref(value: string | undefined | null): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  try {
    const url = new URL(trimmed, document.baseURI);
    return ALLOWED_PROTOCOLS.includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
