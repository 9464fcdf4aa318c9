import type { NumberFormatter } from '../content/warning-signs.js';

/** Numbers in the reader's locale (Arabic gets its own digits, German a decimal comma). */
export function numberFormatter(locale: string): NumberFormatter {
  return {
    number: (value, fractionDigits = 0) =>
      new Intl.NumberFormat(locale, {
        minimumFractionDigits: fractionDigits,
        maximumFractionDigits: fractionDigits,
      }).format(value),
  };
}

/** A calendar date (YYYY-MM-DD) in the reader's locale, independent of her time zone. */
export function formatDate(isoDate: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}
