/**
 * The numbers the guidance turns on (../shared/guidance.md), in one place so that the questions,
 * the temperature parser, the texts and the triage document cannot disagree.
 */
export const THRESHOLDS = {
  /** A temperature at or above this is a fever: 38.0 °C (100.4 °F). NHS, NICE CKS. */
  feverCelsius: 38,
  feverFahrenheit: 100.4,
  /** A temperature at or below this is a warning sign: 35.0 °C (95.0 °F). NEWS2; NHS sepsis page. */
  lowCelsius: 35,
  lowFahrenheit: 95,
  /** Paracetamol or ibuprofen taken within this many hours lowers a reading. */
  painkillerHours: { from: 4, to: 6 },
  /** A parent whose baby is younger than this, with a sore red area: be seen today (hospital handouts). */
  youngBabyWeeks: 2,
  /** Fever within this many weeks of giving birth, with other symptoms: another infection may be starting (NICE NG194). */
  afterBirthWeeks: 6,
  /** No improvement after this many hours of self-care: see a provider today (NICE CKS). */
  noImprovementHours: { from: 12, to: 24 },
  /** No better after this many hours of antibiotics: see a provider today (NICE CKS; ABM #36). */
  antibioticsHours: 48,
  /** A lump lasting more than this many weeks: book an appointment (guidance.md v2; NICE NG12 gives no figure). */
  lumpWeeks: 1,
  /** Skin changes are to be checked within this many weeks (NICE NG12). */
  checkWithinWeeks: 2,
  /** Most clogs settle with self-care within this many days (ABM #36). */
  settleDays: { from: 1, to: 2 },
  /**
   * Readings outside this range are not a person's body temperature (a typo, a thermometer left in
   * a hot drink) and are refused rather than used. In °F that is 93.2–109.4, so the two units never
   * overlap: a plausible number fits exactly one unit.
   */
  plausibleCelsius: { min: 34, max: 43 },
  /** The cold pack: about 10–20 minutes, e.g. once an hour (ABM #36; University of Iowa handout). */
  coldPackMinutes: { min: 10, max: 20 },
} as const;

/** Celsius to Fahrenheit, rounded to 0.1 °F as thermometers show it. */
export function toFahrenheit(celsius: number): number {
  return Math.round(((celsius * 9) / 5 + 32) * 10) / 10;
}
