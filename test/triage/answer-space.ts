// Every combination of answers the checker can receive, as a mixed-radix number: one digit per
// question (its options, in QUESTIONS order) and one for the temperature reading that goes with
// the fever question. The last digit changes fastest. scripts/triage-doc.mjs reads the count.
import { QUESTIONS, type AnswerOption, type QuestionId } from '../../src/content/questions.js';
import type { Answers } from '../../src/triage/triage.js';
import { parseTemperature, type TemperatureUnit } from '../../src/triage/temperature.js';

export interface TemperatureCase {
  readonly label: string;
  readonly celsius: number | undefined;
  /** Whether guidance calls this a fever (38.0 °C / 100.4 °F or more): the tests' own oracle. */
  readonly fever: boolean;
}

function reading(text: string, unit: TemperatureUnit): number {
  const result = parseTemperature(text, unit);
  if (!result.ok) throw new Error(`test reading ${text} ${unit} did not parse: ${result.error}`);
  return result.celsius;
}

/** No reading, just under the threshold, exactly on it in °C and in °F (100.4 °F = 38.0 °C). */
export const TEMPERATURE_CASES: readonly TemperatureCase[] = [
  { label: 'no reading', celsius: undefined, fever: false },
  { label: '37,9 °C', celsius: reading('37,9', 'c'), fever: false },
  { label: '38.0 °C', celsius: reading('38.0', 'c'), fever: true },
  { label: '100.4 °F', celsius: reading('100.4', 'f'), fever: true },
];

export type Dimension =
  | { readonly kind: 'answer'; readonly question: QuestionId; readonly options: readonly AnswerOption[] }
  | { readonly kind: 'temperature'; readonly question: QuestionId; readonly cases: readonly TemperatureCase[] };

export const DIMENSIONS: readonly Dimension[] = QUESTIONS.flatMap((question): Dimension[] => {
  const answer: Dimension = { kind: 'answer', question: question.id, options: question.options };
  return 'temperature' in question
    ? [answer, { kind: 'temperature', question: question.id, cases: TEMPERATURE_CASES }]
    : [answer];
});

export const RADICES: readonly number[] = DIMENSIONS.map((d) => (d.kind === 'answer' ? d.options.length : d.cases.length));

/** How far apart two combinations are that differ by one in dimension d. */
export const STRIDES: readonly number[] = RADICES.map((_, d) => RADICES.slice(d + 1).reduce((a, b) => a * b, 1));

/** The number of combinations: the product of every question's option count and the temperature cases. */
export const COMBINATIONS: number = RADICES.reduce((a, b) => a * b, 1);

/** The dimension index of a question's answer, and of its temperature reading if it has one. */
export function dimensionOf(question: QuestionId, kind: Dimension['kind'] = 'answer'): number {
  return DIMENSIONS.findIndex((d) => d.question === question && d.kind === kind);
}

/** Writes the combination `digits` into `answers` (mutated in place, for speed). */
export function writeDigit(answers: Answers, d: number, digit: number): void {
  const dim = DIMENSIONS[d]!;
  if (dim.kind === 'answer') answers[dim.question] = dim.options[digit];
  else answers.temperatureCelsius = dim.cases[digit]!.celsius;
}

/**
 * Calls `visit` for every combination in index order with its digits (reused: copy to keep). With
 * `answers`, keeps that object filled in to match.
 */
export function forEachCombination(visit: (digits: Uint8Array, index: number) => void, answers?: Answers): void {
  const digits = new Uint8Array(DIMENSIONS.length);
  if (answers) DIMENSIONS.forEach((_, d) => writeDigit(answers, d, 0));
  for (let index = 0; index < COMBINATIONS; index++) {
    visit(digits, index);
    // Odometer: bump the last digit, carrying leftwards.
    for (let d = DIMENSIONS.length - 1; d >= 0; d--) {
      const next = digits[d]! + 1;
      if (next < RADICES[d]!) {
        digits[d] = next;
        if (answers) writeDigit(answers, d, next);
        break;
      }
      digits[d] = 0;
      if (answers) writeDigit(answers, d, 0);
    }
  }
}
