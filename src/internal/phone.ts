/**
 * A `tel:` link for a number a publisher typed, or undefined when it does not look like a phone
 * number (then the text is shown as it is, with no link): digits with optional spaces, dashes,
 * dots or brackets, an optional leading +, 2 to 15 digits in all (E.164 allows 15).
 */
export function dialHref(number: string): string | undefined {
  const text = number.trim();
  if (!/^\+?[\d\s().-]+$/.test(text)) return undefined;
  const digits = text.replace(/\D/g, '');
  if (digits.length < 2 || digits.length > 15) return undefined;
  return `tel:${text.startsWith('+') ? '+' : ''}${digits}`;
}
