import { LEVELS, type Level } from '../content/levels.js';
import { ANSWER_OPTIONS, type AnswerOption, type ItemId } from '../content/screens.js';
import { THRESHOLDS } from '../content/thresholds.js';
import { reasonById, type ReasonId } from '../content/warning-signs.js';
import { NOT_SURE_POLICY, RULES, type Condition, type Rule } from './rules.js';
import { isFever, isLowTemperature } from './temperature.js';

/**
 * What the reader answered so far, by item (each sign on a screen, each single question). A missing
 * item is unanswered. `temperatureCelsius` is a reading from `parseTemperature` that goes with the
 * fever question.
 */
export type Answers = { [I in ItemId]?: AnswerOption } & { temperatureCelsius?: number };

export interface TriageResult {
  /** Where to seek care. */
  readonly level: Level;
  /** Everything the result names, most urgent first (ids, never text). */
  readonly reasons: readonly ReasonId[];
  /** The reasons the reader was not sure about (a subset of `reasons`). */
  readonly unsure: readonly ReasonId[];
}

/** How certain a condition is: 0 false, 1 not sure, 2 true. */
export type Truth = 0 | 1 | 2;

const RANK = Object.fromEntries(LEVELS.map((level, index) => [level, index])) as Record<Level, number>;

/** Compares levels: negative when `a` is less urgent than `b`. */
export function compareLevels(a: Level, b: Level): number {
  return RANK[a] - RANK[b];
}

/** The more urgent of two levels. */
export function maxLevel(a: Level, b: Level): Level {
  return compareLevels(a, b) >= 0 ? a : b;
}

/** How certain `condition` is for these answers. Only a clear "no" (or no answer) rules an item out. */
export function evaluate(condition: Condition, answers: Readonly<Answers>): Truth {
  if ('item' in condition) {
    const answer = answers[condition.item];
    if (answer === undefined) return 0;
    if (condition.is) return condition.is.includes(answer) ? 2 : 0;
    return answer === 'yes' ? 2 : answer === 'not-sure' ? 1 : 0;
  }
  if ('reading' in condition) {
    const celsius = answers.temperatureCelsius;
    if (celsius === undefined) return 0;
    return (condition.reading === 'fever' ? isFever(celsius) : isLowTemperature(celsius)) ? 2 : 0;
  }
  const truths = ('any' in condition ? condition.any : condition.all).map((c) => evaluate(c, answers));
  return ('any' in condition ? Math.max(...truths) : Math.min(...truths)) as Truth;
}

/** The level a rule asks for at this certainty (undefined when false), after the not-sure policy. */
function levelFor(rule: Rule, truth: Truth): Level | undefined {
  if (truth === 0) return undefined;
  const level = reasonById(rule.reason).level;
  return truth === 1 ? (NOT_SURE_POLICY.unsureLevel[level] ?? level) : level;
}

/** The level one rule asks for (undefined when it does not hold), after the not-sure policy. */
export function ruleLevel(rule: Rule, answers: Readonly<Answers>): Level | undefined {
  return levelFor(rule, evaluate(rule.when, answers));
}

/**
 * Triage: the most urgent level of every rule that holds (self-care when none does) and the reasons
 * behind it, most urgent first. Pure: no DOM, no text, same answers same result. Unanswered items
 * count as no here; `isFinished` (flow.ts) says when the answers so far are enough.
 */
export function triage(answers: Readonly<Answers>): TriageResult {
  let level: Level = 'self-care';
  const found: { reason: ReasonId; level: Level; unsure: boolean }[] = [];
  for (const rule of RULES) {
    const truth = evaluate(rule.when, answers);
    const ruled = levelFor(rule, truth);
    if (ruled === undefined) continue;
    level = maxLevel(level, ruled);
    found.push({ reason: rule.reason, level: ruled, unsure: truth === 1 });
  }
  // Stable sort: the table's order within a level.
  found.sort((a, b) => compareLevels(b.level, a.level));
  return {
    level,
    reasons: found.map((f) => f.reason),
    unsure: found.filter((f) => f.unsure).map((f) => f.reason),
  };
}

/** The items and the reading a condition reads. */
export function inputsOf(condition: Condition): { items: ItemId[]; reading: boolean } {
  if ('item' in condition) return { items: [condition.item], reading: false };
  if ('reading' in condition) return { items: [], reading: true };
  const parts = ('any' in condition ? condition.any : condition.all).map(inputsOf);
  return { items: [...new Set(parts.flatMap((p) => p.items))], reading: parts.some((p) => p.reading) };
}

/** One reading per band the rules tell apart: none, low, ordinary, fever. */
export const READING_BANDS: readonly (number | undefined)[] = [
  undefined,
  THRESHOLDS.lowCelsius,
  (THRESHOLDS.lowCelsius + THRESHOLDS.feverCelsius) / 2,
  THRESHOLDS.feverCelsius,
];

/**
 * The most urgent level one rule could still ask for: the answers so far, completed in every way
 * its own unanswered inputs allow (the reading is open until the fever question is answered).
 */
export function reachableLevel(rule: Rule, answers: Readonly<Answers>): Level | undefined {
  const { items, reading } = inputsOf(rule.when);
  const open = items.filter((item) => answers[item] === undefined);
  const readings = reading && answers.fever === undefined ? READING_BANDS : [answers.temperatureCelsius];
  let best: Level | undefined;
  const trial: Answers = { ...answers };
  const fill = (k: number): void => {
    if (k === open.length) {
      for (const celsius of readings) {
        trial.temperatureCelsius = celsius;
        const level = ruleLevel(rule, trial);
        if (level !== undefined) best = best === undefined ? level : maxLevel(best, level);
      }
      return;
    }
    const item = open[k] as ItemId;
    for (const option of [undefined, ...ANSWER_OPTIONS]) {
      trial[item] = option;
      fill(k + 1);
    }
  };
  fill(0);
  return best;
}

/** The most urgent level the answers could still reach, over every way of answering what is open. */
export function highestReachableLevel(answers: Readonly<Answers>): Level {
  let level: Level = 'self-care';
  for (const rule of RULES) {
    const reachable = reachableLevel(rule, answers);
    if (reachable !== undefined) level = maxLevel(level, reachable);
  }
  return level;
}
