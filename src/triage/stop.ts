import { QUESTIONS } from '../content/questions.js';
import { compareLevels, highestReachableLevel, triage, type Answers } from './triage.js';

/** One of QUESTIONS, with its literal types (so that `'hint' in question` narrows). */
export type CheckerQuestion = (typeof QUESTIONS)[number];

/**
 * The stop rule: the questions end when every one is answered, or as soon as a warning sign has
 * raised the level and no unanswered question could raise it further. Because QUESTIONS asks the
 * most urgent signs first, that is the first answer that counts as yes: everything more urgent has
 * already been ruled out. Checked against a full triage over every combination of answers.
 *
 * A path of no's asks every question, ending with the tender lump, so that self-care is only
 * reached after every warning sign was ruled out.
 */
export function isFinished(answers: Readonly<Answers>): boolean {
  if (QUESTIONS.every((question) => answers[question.id] !== undefined)) return true;
  const { level } = triage(answers);
  return level !== 'self-care' && compareLevels(level, highestReachableLevel(answers)) >= 0;
}

/** The next question to ask, in QUESTIONS order, or undefined when the questions are finished. */
export function nextQuestion(answers: Readonly<Answers>): CheckerQuestion | undefined {
  if (isFinished(answers)) return undefined;
  return QUESTIONS.find((question) => answers[question.id] === undefined);
}
