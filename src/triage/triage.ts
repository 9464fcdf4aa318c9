import { LEVELS, type Level } from '../content/levels.js';
import { QUESTIONS, type AnswerOption, type QuestionId } from '../content/questions.js';
import type { ReasonId } from '../content/warning-signs.js';
import { RULES } from './rules.js';
import { isFever } from './temperature.js';

/**
 * What the reader answered so far. A missing question is unanswered. `temperatureCelsius` is a
 * reading from `parseTemperature` that goes with the fever question.
 */
export type Answers = { [Q in QuestionId]?: AnswerOption } & { temperatureCelsius?: number };

export interface TriageResult {
  /** Where to seek care. */
  readonly level: Level;
  /** The warning signs found, most urgent first (warning-sign ids, never text). */
  readonly reasons: readonly ReasonId[];
}

/** The question whose answer a temperature reading can stand in for (the fever question). */
export const TEMPERATURE_QUESTION: QuestionId | undefined = QUESTIONS.find((question) => 'temperature' in question)?.id;

const RANK = Object.fromEntries(LEVELS.map((level, index) => [level, index])) as Record<Level, number>;

/** Compares levels: negative when `a` is less urgent than `b`. */
export function compareLevels(a: Level, b: Level): number {
  return RANK[a] - RANK[b];
}

// The rules as bit masks over QUESTIONS (bit i: QUESTIONS[i]), so that triage reads each answer once.
const QUESTION_BITS = new Map<QuestionId, number>(QUESTIONS.map((question, i) => [question.id, 1 << i]));
const TEMPERATURE_BIT = TEMPERATURE_QUESTION ? (QUESTION_BITS.get(TEMPERATURE_QUESTION) ?? 0) : 0;
const COMPILED = RULES.map((rule) => ({
  reason: rule.reason,
  rank: RANK[rule.level],
  mask: rule.when.reduce((mask, id) => mask | (QUESTION_BITS.get(id) ?? 0), 0),
}));

/**
 * The not-sure policy, in one place: a bit per question that counts as yes. Only a clear "no" rules
 * a sign out, so "not sure" (or any unexpected value) counts as yes (NOT_SURE_POLICY). A reading of
 * 38.0 °C (100.4 °F) or more makes the fever question count as yes whatever was answered; a lower
 * reading never turns a yes into a no.
 */
function yesMask(answers: Readonly<Answers>): number {
  let mask = 0;
  // One pass over the keys, not a lookup per question: triage runs millions of times in the tests.
  for (const key in answers) {
    const bit = QUESTION_BITS.get(key as QuestionId);
    const answer = answers[key as QuestionId];
    if (bit !== undefined && answer !== undefined && answer !== 'no') mask |= bit;
  }
  const reading = answers.temperatureCelsius;
  if (reading !== undefined && isFever(reading)) mask |= TEMPERATURE_BIT;
  return mask;
}

/**
 * Triage: the most urgent level of every rule that applies (self-care when none does) and the
 * warning signs behind it. Pure: no DOM, no text, same answers same result. Unanswered questions
 * count as no here; `isFinished` says when the answers so far are enough.
 */
export function triage(answers: Readonly<Answers>): TriageResult {
  const yes = yesMask(answers);
  let rank = 0;
  const reasons: ReasonId[] = [];
  for (const rule of COMPILED) {
    if ((rule.mask & yes) === rule.mask) {
      reasons.push(rule.reason);
      if (rule.rank > rank) rank = rule.rank;
    }
  }
  return { level: LEVELS[rank] ?? 'emergency', reasons };
}

/**
 * The most urgent level the answers could still reach: that of every rule whose questions each
 * count as yes or are still unanswered (missing or undefined).
 */
export function highestReachableLevel(answers: Readonly<Answers>): Level {
  let open = yesMask(answers);
  for (const [id, bit] of QUESTION_BITS) if (answers[id] === undefined) open |= bit;
  let rank = 0;
  for (const rule of COMPILED) if ((rule.mask & open) === rule.mask && rule.rank > rank) rank = rule.rank;
  return LEVELS[rank] ?? 'emergency';
}
