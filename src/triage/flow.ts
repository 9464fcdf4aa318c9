import { itemsOf, SCREENS, screenById, type AnswerOption, type ItemId, type ScreenId } from '../content/screens.js';
import { FEVER } from './rules.js';
import { compareLevels, evaluate, highestReachableLevel, triage, type Answers } from './triage.js';

export type CheckerScreen = (typeof SCREENS)[number];

/**
 * The checker's flow, as pure data: what the reader answered, the screens she has seen and where
 * she is. The element only renders it; every change makes a new Flow.
 */
export interface Flow {
  /** Every answer given, including ones past the current screen after going Back. */
  readonly answers: Answers;
  /** The screens shown so far, in order; `index` is the one on screen. */
  readonly path: readonly ScreenId[];
  readonly index: number;
  /** The result is showing (for the answers on the path up to `index`). */
  readonly done: boolean;
}

/**
 * How a reader answers a screen: on a signs screen, the signs she ticked, "None of these" or
 * "Not sure"; on a single question, Yes, No or Not sure.
 */
export type ScreenAnswer = { readonly ticked: readonly ItemId[] } | 'none' | AnswerOption;

export const START: Flow = { answers: {}, path: [SCREENS[0].id], index: 0, done: false };

/** Whether a screen is asked at all, given the answers so far (the fever follow-up needs a fever). */
export function isAskable(screen: CheckerScreen, answers: Readonly<Answers>): boolean {
  return !('askIf' in screen) || evaluate(FEVER, answers) > 0;
}

function isAnswered(screen: CheckerScreen, answers: Readonly<Answers>): boolean {
  return itemsOf(screen).every((item) => answers[item] !== undefined);
}

/**
 * The stop rule: the questions end when every screen that applies is answered, or as soon as no
 * unanswered question could raise the level further. Because SCREENS asks the most urgent signs
 * first, an emergency sign ends the questions at once; a path of no's asks every screen, ending
 * with the tender lump, so that self-care is only reached after every warning sign was ruled out.
 */
export function isFinished(answers: Readonly<Answers>): boolean {
  if (SCREENS.every((screen) => !isAskable(screen, answers) || isAnswered(screen, answers))) return true;
  return compareLevels(triage(answers).level, highestReachableLevel(answers)) >= 0;
}

/** The next screen to show, in SCREENS order, or undefined when the questions are finished. */
export function nextScreen(answers: Readonly<Answers>): CheckerScreen | undefined {
  if (isFinished(answers)) return undefined;
  return SCREENS.find((screen) => isAskable(screen, answers) && !isAnswered(screen, answers));
}

/** The answers on the path up to and including the screen on show: what counts now. */
export function countedAnswers(flow: Flow): Answers {
  const counted: Answers = {};
  for (const id of flow.path.slice(0, flow.index + 1)) {
    for (const item of itemsOf(screenById(id))) {
      const answer = flow.answers[item];
      if (answer !== undefined) counted[item] = answer;
    }
    if (id === 'fever' && flow.answers.temperatureCelsius !== undefined) counted.temperatureCelsius = flow.answers.temperatureCelsius;
  }
  return counted;
}

/** The answer each item of a screen gets from the reader's choice. */
export function itemAnswers(screen: CheckerScreen, answer: ScreenAnswer): Answers {
  const result: Answers = {};
  for (const item of itemsOf(screen)) {
    if (typeof answer === 'object') result[item] = answer.ticked.includes(item) ? 'yes' : 'no';
    else result[item] = answer === 'none' ? 'no' : answer;
  }
  return result;
}

/**
 * The reader answers the screen on show. `temperatureCelsius` goes with the fever question (a
 * reading she typed, already checked; undefined for none).
 */
export function answerScreen(flow: Flow, answer: ScreenAnswer, temperatureCelsius?: number): Flow {
  const screen = screenById(flow.path[flow.index] ?? SCREENS[0].id);
  const answers: Answers = { ...flow.answers, ...itemAnswers(screen, answer) };
  if ('temperature' in screen) {
    if (temperatureCelsius === undefined) delete answers.temperatureCelsius;
    else answers.temperatureCelsius = temperatureCelsius;
  }
  const answered: Flow = { ...flow, answers };
  const next = nextScreen(countedAnswers(answered));
  if (!next) return { ...answered, done: true };
  return { answers, path: [...flow.path.slice(0, flow.index + 1), next.id], index: flow.index + 1, done: false };
}

/** Back: from the result to the last screen, or to the screen before. Answers are kept. */
export function back(flow: Flow): Flow {
  if (flow.done) return { ...flow, done: false };
  return { ...flow, index: Math.max(0, flow.index - 1) };
}

/** How the reader answered a signs screen as a whole: "None of these", "Not sure", or by ticks. */
export function screenChoice(screen: CheckerScreen, answers: Readonly<Answers>): 'none' | 'not-sure' | undefined {
  if (screen.kind !== 'signs') return undefined;
  const given = screen.items.map((item) => answers[item]);
  if (given.every((a) => a === 'no')) return 'none';
  if (given.every((a) => a === 'not-sure')) return 'not-sure';
  return undefined;
}

/** The result for the answers that count now. */
export function result(flow: Flow) {
  return triage(countedAnswers(flow));
}
