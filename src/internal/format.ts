import type { NumberFormatter, TemperatureUnit } from '../content/units.js';

const UNITS = { c: 'celsius', f: 'fahrenheit' } as const;
// First-strong isolate … pop: a temperature stays one piece inside right-to-left text.
const isolate = (text: string) => `\u2068${text}\u2069`;

/*
 * Intl's first use on a page loads ICU's locale data: about 80 ms of one task on a phone-speed CPU,
 * longer than the rest of a widget's first render. English, the language built in, is therefore
 * written by hand below; a test checks it against Intl's own output. Other languages use Intl: a
 * number formatter is made once per locale and options (numbers are formatted many times a render),
 * a date or list formatter at each call (a few a render).
 */
const ENGLISH = 'en';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SYMBOLS: Record<TemperatureUnit, string> = { c: '°C', f: '°F' };

const formatters = new Map<string, Intl.NumberFormat>();
function intlNumber(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.NumberFormat(locale, options)));
  return formatter;
}

const digits = (fractionDigits: number) => ({ minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits });
// English by hand only where it is plain: under 999, so never rounded up to a grouped "1,000"; no exponent.
const plainEnglish = (locale: string, value: number) => locale === ENGLISH && Math.abs(value) < 999 && !/e/i.test(String(value));
/** Rounds as Intl does: halves away from zero, on the number's shortest decimal form (38.15 → 38.2). */
function fixed(value: number, fractionDigits: number): string {
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  const rounded = Math.round(Number(`${Math.abs(value)}e${fractionDigits}`));
  return sign + (rounded / 10 ** fractionDigits).toFixed(fractionDigits);
}

/** Numbers and temperatures in the reader's locale (a decimal comma in German, °م in Arabic). */
export function numberFormatter(locale: string): NumberFormatter {
  return {
    number: (value, fractionDigits = 0) =>
      plainEnglish(locale, value) ? fixed(value, fractionDigits) : intlNumber(locale, digits(fractionDigits)).format(value),
    temperature: (value, unit, fractionDigits = 0) =>
      isolate(
        plainEnglish(locale, value)
          ? fixed(value, fractionDigits) + SYMBOLS[unit]
          : intlNumber(locale, { style: 'unit', unit: UNITS[unit], ...digits(fractionDigits) }).format(value),
      ),
    unitSymbol: (unit) =>
      locale === ENGLISH
        ? SYMBOLS[unit]
        : (intlNumber(locale, { style: 'unit', unit: UNITS[unit] })
            .formatToParts(0)
            .find((part) => part.type === 'unit')?.value ?? SYMBOLS[unit]),
  };
}

/** A calendar date (YYYY-MM-DD) in the reader's locale, independent of her time zone. */
export function formatDate(isoDate: string, locale: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (locale === ENGLISH && date.getUTCFullYear() > 999) return `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** "A, B, and C" in the reader's locale. */
export function formatList(items: string[], locale: string): string {
  if (locale !== ENGLISH) return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
  if (items.length < 3) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')}, and ${items[items.length - 1]}`;
}
