/**
 * The numbers the guidance turns on (../shared/guidance.md), in one place so that the questions,
 * the temperature parser and the triage document cannot disagree.
 */
export const THRESHOLDS = {
  /** A temperature at or above this is a fever: 38.0 °C (100.4 °F). NHS, NICE CKS, ABM #36. */
  feverCelsius: 38,
  feverFahrenheit: 100.4,
  /** A baby younger than this, with a feverish parent, is named as its own reason. */
  youngBabyWeeks: 2,
  /** No improvement after this many hours of self-care: see a provider today (NICE CKS). */
  noImprovementHours: { from: 12, to: 24 },
  /** No better after this many hours of antibiotics: see a provider today. */
  antibioticsHours: 48,
  /** A lump lasting more than this many weeks: book an appointment. */
  lumpWeeks: 1,
  /**
   * Readings outside this range are not a person's body temperature (a typo, the wrong unit, a
   * thermometer left in a hot drink) and are refused rather than used.
   */
  plausibleCelsius: { min: 34, max: 43 },
  /** The cold pack: about 10–20 minutes, e.g. once an hour (ABM #36). */
  coldPackMinutes: { min: 10, max: 20 },
} as const;

/** Celsius to Fahrenheit, rounded to 0.1 °F as thermometers show it. */
export function toFahrenheit(celsius: number): number {
  return Math.round(((celsius * 9) / 5 + 32) * 10) / 10;
}
