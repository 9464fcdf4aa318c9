import { THRESHOLDS } from '../content/thresholds.js';
import { TEMPERATURE_UNITS, type TemperatureUnit } from '../content/units.js';

export { TEMPERATURE_UNITS, type TemperatureUnit };

/**
 * - `empty`: nothing typed (the checker treats this as "no reading", not as an error to show).
 * - `not-a-number`: not a single number with an optional unit, e.g. `abc`, `38..2`, `3 8`, `NaN`.
 * - `implausible`: a number, but not a body temperature in either unit (outside 34–43 °C and
 *   93.2–109.4 °F).
 * - `too-low`: implausible because it is below the range in every unit it could be in: a reading
 *   that low, if real, needs help rather than a retry, and the checker says so.
 */
export type TemperatureError = 'empty' | 'not-a-number' | 'implausible' | 'too-low';

export type TemperatureReading =
  | {
      readonly ok: true;
      /** In °C, rounded to 0.01 °C so that 100.4 °F is exactly 38 °C. */
      readonly celsius: number;
      /** The number as typed, in `unit`. */
      readonly value: number;
      /** The unit the reading was taken in: the selected one, the one typed, or the only one it fits. */
      readonly unit: TemperatureUnit;
      /** True when the number fitted only the other unit than the one selected, and was read in it. */
      readonly inferred: boolean;
    }
  | { readonly ok: false; readonly error: TemperatureError };

// Digits and decimal separator of Arabic script (ar locale): ٠١٢٣٤٥٦٧٨٩, ۰۱۲۳۴۵۶۷۸۹ and ٫.
const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;
const ARABIC_DECIMAL = /\u066B/g;
// A number with an optional decimal part (dot or comma), then an optional degree sign and unit.
const READING = /^([+-]?\d+(?:[.,]\d+)?)\s*(?:°\s*)?([cf])?$/i;

/**
 * Reads a temperature as a reader types it: `38,2`, `38.2`, ` 38.2 `, `100.4` (with °F selected),
 * `38.2 °C`, `101F`. A unit typed after the number wins over the selected `unit` (someone who types
 * `100.4 F` means Fahrenheit). Body temperatures in °C and °F never overlap, so a number that fits
 * only the other unit is read in it (`37.2` with °F selected is 37.2 °C) and flagged `inferred`,
 * for the checker to show back. Anything else is a typed error, never a silent default.
 */
export function parseTemperature(input: string, unit: TemperatureUnit): TemperatureReading {
  const text = input
    // º (ordinal) and ˚ (ring) are typed for ° on many keyboards; NFKC turns ℃/℉ into °C/°F and
    // full-width digits into ASCII, but would turn º into "o", so it is replaced first.
    .replace(/[º˚]/g, '°')
    .normalize('NFKC')
    .replace(ARABIC_DIGITS, (digit) => String(digit.charCodeAt(0) & 0xf))
    .replace(ARABIC_DECIMAL, '.')
    .replace(/\u2212/g, '-') // the minus sign
    .trim();
  if (text === '') return { ok: false, error: 'empty' };

  const match = READING.exec(text);
  if (!match) return { ok: false, error: 'not-a-number' };
  const [, number = '', typedUnit] = match;
  const value = Number(number.replace(',', '.'));
  if (!Number.isFinite(value)) return { ok: false, error: 'not-a-number' };

  const readingUnit: TemperatureUnit = typedUnit ? (typedUnit.toLowerCase() as TemperatureUnit) : unit;
  const celsius = toCelsius(value, readingUnit);
  if (isPlausible(celsius)) return { ok: true, celsius, value, unit: readingUnit, inferred: false };
  const other: TemperatureUnit = readingUnit === 'c' ? 'f' : 'c';
  const otherCelsius = toCelsius(value, other);
  if (!typedUnit && isPlausible(otherCelsius)) return { ok: true, celsius: otherCelsius, value, unit: other, inferred: true };
  const { min } = THRESHOLDS.plausibleCelsius;
  const below = celsius < min && (typedUnit !== undefined || otherCelsius < min);
  return { ok: false, error: below ? 'too-low' : 'implausible' };
}

/** °C rounded to 0.01 °C: 100.4 °F gives 38 exactly, not 37.99999999999999. */
function toCelsius(value: number, unit: TemperatureUnit): number {
  const celsius = unit === 'c' ? value : ((value - 32) * 5) / 9;
  return Math.round(celsius * 100) / 100;
}

function isPlausible(celsius: number): boolean {
  const { min, max } = THRESHOLDS.plausibleCelsius;
  return celsius >= min && celsius <= max;
}

/** In hundredths of a degree, so that floating-point noise never decides a threshold. */
const hundredths = (celsius: number) => Math.round(celsius * 100);

/**
 * True when a reading in °C is a fever: 38.0 °C (100.4 °F) or higher. Compared in hundredths of a
 * degree so that floating-point noise around the threshold always falls on the safe side.
 */
export function isFever(celsius: number): boolean {
  return Number.isFinite(celsius) && hundredths(celsius) >= hundredths(THRESHOLDS.feverCelsius);
}

/** True when a reading in °C is 35.0 °C (95.0 °F) or lower: a warning sign of its own. */
export function isLowTemperature(celsius: number): boolean {
  return Number.isFinite(celsius) && hundredths(celsius) <= hundredths(THRESHOLDS.lowCelsius);
}
