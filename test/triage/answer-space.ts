// Every combination of answers the checker can receive, as a mixed-radix number: one digit per
// question (its options, in QUESTIONS order) and one for the temperature reading that goes with
// the fever question. The last digit changes fastest. scripts/triage-doc.mjs reads the count.
// Also the tests' oracle: what the guidance says a reader reported, without the rules table.
import { LEVELS, type Level } from '../../src/content/levels.js';
import { QUESTIONS, type AnswerOption, type QuestionId } from '../../src/content/questions.js';
import { REASON_IDS, WARNING_SIGNS, type ReasonId } from '../../src/content/warning-signs.js';
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

// ---- The tests' own oracle, from the warning-sign list the banner shows (not from the rules). ----

export const rank = (level: Level): number => LEVELS.indexOf(level);
const SIGN_RANK = new Map<ReasonId, number>(WARNING_SIGNS.map((sign) => [sign.id, rank(sign.level)]));
/** Bit i stands for REASON_IDS[i], the warning signs in the banner's order (most urgent first). */
export const REASON_INDEX = new Map<ReasonId, number>(REASON_IDS.map((id, i) => [id, i]));
export const reasonBit = (id: ReasonId): number => 1 << REASON_INDEX.get(id)!;

const FEVER = dimensionOf('fever');
const READING = dimensionOf('fever', 'temperature');
const YOUNG_BABY = dimensionOf('young-baby');

/** A clear "no" is the only answer that rules a sign out; "not sure" counts as yes (our policy). */
function saidYes(digits: Uint8Array, d: number): boolean {
  const dim = DIMENSIONS[d]!;
  return dim.kind === 'answer' && dim.options[digits[d]!] !== 'no';
}

// For speed over millions of combinations: per dimension and digit, the signs that answer reports
// on its own, as a bit mask.
const ALONE: readonly (readonly number[])[] = DIMENSIONS.map((dim) => {
  if (dim.kind === 'temperature') return dim.cases.map(() => 0);
  const question = QUESTIONS.find((q) => q.id === dim.question)!;
  const mask = question.reasons.reduce((m: number, id: ReasonId) => m | reasonBit(id), 0);
  return dim.options.map((option) => (option === 'no' ? 0 : mask));
});

/** For every mask of signs, the rank (index in LEVELS) of the most urgent one; 0 for none. */
export const FLOOR = new Uint8Array(2 ** REASON_IDS.length).map((_, mask) =>
  REASON_IDS.reduce((floor, id) => (mask & reasonBit(id) ? Math.max(floor, SIGN_RANK.get(id)!) : floor), 0),
);

/**
 * The warning signs a reader reported, per the guidance: each question's sign when she answered
 * yes or not sure; a fever also when the reading is 38.0 °C (100.4 °F) or more; and a fever with a
 * baby under two weeks as a sign of its own.
 */
export function reported(digits: Uint8Array): number {
  let mask = 0;
  for (let d = 0; d < digits.length; d++) mask |= ALONE[d]![digits[d]!]!;
  const fever = saidYes(digits, FEVER) || TEMPERATURE_CASES[digits[READING]!]!.fever;
  if (fever) mask |= reasonBit('fever');
  if (fever && saidYes(digits, YOUNG_BABY)) mask |= reasonBit('young-baby-fever');
  return mask;
}

export const LEVEL_WORDS: Record<Level, string> = {
  'self-care': 'self-care',
  'see-provider': 'an appointment',
  'see-provider-today': 'a provider the same day',
  emergency: 'emergency care',
};

export function describeDigits(digits: ArrayLike<number | undefined>): string {
  return DIMENSIONS.flatMap((dim, d) => {
    const digit = digits[d];
    if (digit === undefined) return [];
    return [dim.kind === 'answer' ? `${dim.question}=${dim.options[digit]}` : `reading=${dim.cases[digit]!.label}`];
  }).join(', ');
}

/** Every index whose digit in dimension d is `digit`. */
export function forEachInDimension(d: number, digit: number, visit: (index: number) => void): void {
  const stride = STRIDES[d]!;
  const block = stride * RADICES[d]!;
  for (let high = 0; high < COMBINATIONS; high += block) {
    const start = high + digit * stride;
    for (let low = 0; low < stride; low++) visit(start + low);
  }
}

/** Every index whose digits match `fixed` where it is defined. */
export function forEachConsistent(fixed: readonly (number | undefined)[], visit: (index: number) => void): void {
  const last = fixed.reduce<number>((l, x, d) => (x === undefined ? l : d), -1);
  const run = last < 0 ? COMBINATIONS : STRIDES[last]!; // the free trailing dimensions: one contiguous run
  const walk = (d: number, base: number): void => {
    if (d > last) {
      for (let i = 0; i < run; i++) visit(base + i);
      return;
    }
    const x = fixed[d];
    if (x !== undefined) walk(d + 1, base + x * STRIDES[d]!);
    else for (let digit = 0; digit < RADICES[d]!; digit++) walk(d + 1, base + digit * STRIDES[d]!);
  };
  walk(0, 0);
}
