import type { NumberFormatter } from '../content/units.js';

const UNITS = { c: 'celsius', f: 'fahrenheit' } as const;
// First-strong isolate … pop: a temperature stays one piece inside right-to-left text.
const isolate = (text: string) => `\u2068${text}\u2069`;

/** Numbers and temperatures in the reader's locale (a decimal comma in German, °م in Arabic). */
export function numberFormatter(locale: string): NumberFormatter {
  const digits = (fractionDigits: number) => ({ minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits });
  return {
    number: (value, fractionDigits = 0) => new Intl.NumberFormat(locale, digits(fractionDigits)).format(value),
    temperature: (value, unit, fractionDigits = 0) =>
      isolate(new Intl.NumberFormat(locale, { style: 'unit', unit: UNITS[unit], ...digits(fractionDigits) }).format(value)),
    unitSymbol: (unit) =>
      new Intl.NumberFormat(locale, { style: 'unit', unit: UNITS[unit] })
        .formatToParts(0)
        .find((part) => part.type === 'unit')?.value ?? (unit === 'c' ? '°C' : '°F'),
  };
}

/** A calendar date (YYYY-MM-DD) in the reader's locale, independent of her time zone. */
export function formatDate(isoDate: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}
