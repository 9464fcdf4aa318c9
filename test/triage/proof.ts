// The safety proof's machinery, shared by the tests and scripts/clinical-docs.mjs (which prints the
// counts). Plain enumeration of every answer to every item (3^31 × readings) is too large, so the
// proof is a decomposition the tests check: (1) every rule exhaustively over its own inputs, (2)
// every pair of rules exhaustively over their inputs together, with the level equal to the maximum
// over the rules and to the oracle, (3) the maximum monotone over every triple of levels, and (4) every path a reader can
// take through the screens, with early stops compared against asking everything.
import { LEVELS, type Level } from '../../src/content/levels.js';
import { ANSWER_OPTIONS, SCREENS, itemsOf, type AnswerOption, type ItemId } from '../../src/content/screens.js';
import { THRESHOLDS } from '../../src/content/thresholds.js';
import { reasonById, type ReasonId } from '../../src/content/warning-signs.js';
import { START, answerScreen, result, type CheckerScreen, type Flow, type ScreenAnswer } from '../../src/triage/flow.js';
import { RULES, type Rule } from '../../src/triage/rules.js';
import { inputsOf, triage, type Answers } from '../../src/triage/triage.js';

export const rank = (level: Level): number => LEVELS.indexOf(level);

/** Readings that tell every band apart, on both sides of each threshold, in both units. */
export const TEST_READINGS: readonly { label: string; celsius: number | undefined }[] = [
  { label: 'no reading', celsius: undefined },
  { label: '34.0 °C', celsius: 34 },
  { label: `${THRESHOLDS.lowCelsius.toFixed(1)} °C`, celsius: THRESHOLDS.lowCelsius },
  { label: `${THRESHOLDS.lowFahrenheit.toFixed(1)} °F`, celsius: ((THRESHOLDS.lowFahrenheit - 32) * 5) / 9 },
  { label: '35.1 °C', celsius: 35.1 },
  { label: '37.9 °C', celsius: 37.9 },
  { label: `${THRESHOLDS.feverCelsius.toFixed(1)} °C`, celsius: THRESHOLDS.feverCelsius },
  { label: `${THRESHOLDS.feverFahrenheit} °F`, celsius: ((THRESHOLDS.feverFahrenheit - 32) * 5) / 9 },
  { label: '43.0 °C', celsius: 43 },
];

/** An item's possible states: unanswered, then each answer. */
export const ITEM_STATES: readonly (AnswerOption | undefined)[] = [undefined, ...ANSWER_OPTIONS];

/** Calls visit with every assignment of `items` (and the reading, when `reading`); `answers` is reused. */
export function forEachAssignment(items: readonly ItemId[], reading: boolean, visit: (answers: Answers) => void): number {
  const answers: Answers = {};
  let count = 0;
  const readings = reading ? TEST_READINGS.map((r) => r.celsius) : [undefined];
  const fill = (k: number): void => {
    if (k === items.length) {
      for (const celsius of readings) {
        if (celsius === undefined) delete answers.temperatureCelsius;
        else answers.temperatureCelsius = celsius;
        visit(answers);
        count += 1;
      }
      return;
    }
    for (const state of ITEM_STATES) {
      answers[items[k]!] = state; // undefined: unanswered
      fill(k + 1);
    }
  };
  fill(0);
  return count;
}

/** The inputs of one rule, or of several together. */
export function inputsOfRules(rules: readonly Rule[]): { items: ItemId[]; reading: boolean } {
  const all = rules.map((rule) => inputsOf(rule.when));
  return { items: [...new Set(all.flatMap((i) => i.items))], reading: all.some((i) => i.reading) };
}

// ---- The tests' own oracle: what guidance.md says, written without the rules table. ----

const said = (answers: Readonly<Answers>, item: ItemId) => answers[item] === 'yes' || answers[item] === 'not-sure';
const readingIs = (answers: Readonly<Answers>, test: (celsius: number) => boolean) =>
  answers.temperatureCelsius !== undefined && test(Math.round(answers.temperatureCelsius * 100) / 100);

/**
 * What guidance.md asks for, reason by reason: each sign the reader ticked or was not sure about,
 * at its own level; "not sure" to an emergency sign is urgent care; a fever also from a reading of
 * 38.0 °C or more; a reading of 35.0 °C or less is urgent; a weakened immune system or a recent
 * birth counts only with a fever; no lump (or not sure) is an appointment, never self-care.
 */
export function oracleReasons(answers: Readonly<Answers>): Map<ReasonId, Level> {
  const found = new Map<ReasonId, Level>();
  const fever = said(answers, 'fever') || readingIs(answers, (c) => c >= THRESHOLDS.feverCelsius);
  for (const screen of SCREENS) {
    if (screen.kind !== 'signs') continue;
    for (const item of screen.items) {
      const sign = reasonById(item);
      if ((item === 'weak-immune' || item === 'after-birth') && !fever) continue;
      if (answers[item] === 'yes') found.set(item, sign.level);
      if (answers[item] === 'not-sure') found.set(item, sign.level === 'emergency' ? 'urgent-care' : sign.level);
    }
  }
  if (fever) found.set('fever', 'see-provider-today');
  if (readingIs(answers, (c) => c <= THRESHOLDS.lowCelsius)) found.set('low-temperature', 'urgent-care');
  if (answers['tender-lump'] === 'no' || answers['tender-lump'] === 'not-sure') found.set('no-lump', 'see-provider');
  return found;
}

/** The most urgent level of oracleReasons, or self-care. */
export function oracleLevel(answers: Readonly<Answers>): Level {
  let level = 0;
  for (const found of oracleReasons(answers).values()) level = Math.max(level, rank(found));
  return LEVELS[level]!;
}

// ---- Every path through the screens. ----

/** The choices tried on each screen: enough to reach every rule with yes, not sure and no. */
export function choicesFor(screen: CheckerScreen): readonly { label: string; answer: ScreenAnswer; celsius?: number }[] {
  if (screen.kind === 'signs') {
    return [
      { label: 'none', answer: 'none' },
      { label: 'not sure', answer: 'not-sure' },
      ...screen.items.map((item) => ({ label: `ticked ${item}`, answer: { ticked: [item] } })),
      { label: 'ticked all', answer: { ticked: screen.items } },
    ];
  }
  if (screen.id === 'fever') {
    return ANSWER_OPTIONS.flatMap((option) =>
      TEST_READINGS.map((reading) => ({ label: `${option}, ${reading.label}`, answer: option, celsius: reading.celsius })),
    );
  }
  return ANSWER_OPTIONS.map((option) => ({ label: option, answer: option }));
}

export interface Path {
  readonly flow: Flow;
  readonly steps: readonly string[];
}

/** Walks every path a reader can take with choicesFor, calling visit at each result. */
export function forEachPath(visit: (path: Path) => void): number {
  let count = 0;
  const walk = (flow: Flow, steps: string[]): void => {
    if (flow.done) {
      visit({ flow, steps });
      count += 1;
      return;
    }
    const screen = SCREENS.find((s) => s.id === flow.path[flow.index])!;
    for (const choice of choicesFor(screen)) walk(answerScreen(flow, choice.answer, choice.celsius), [...steps, `${screen.id}: ${choice.label}`]);
  };
  walk(START, []);
  return count;
}

/** The answers with every screen left unasked filled in: least care (none, a lump) or most care. */
export function complete(answers: Readonly<Answers>, how: 'least' | 'most', celsius?: number): Answers {
  const full: Answers = { ...answers };
  for (const screen of SCREENS) {
    for (const item of itemsOf(screen)) {
      if (full[item] !== undefined) continue;
      full[item] = item === 'tender-lump' ? (how === 'least' ? 'yes' : 'no') : how === 'least' ? 'no' : 'yes';
    }
  }
  if (answers.fever === undefined && celsius !== undefined) full.temperatureCelsius = celsius;
  return full;
}

export { RULES, result, triage };
