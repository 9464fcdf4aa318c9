/** Pure triage over the checker's answers: no DOM, no Lit, no text; ids rather than words. */
export { triage, compareLevels, maxLevel, evaluate, ruleLevel, reachableLevel, highestReachableLevel, inputsOf, READING_BANDS } from './triage.js';
export type { Answers, TriageResult, Truth } from './triage.js';
export { START, answerScreen, back, countedAnswers, isAskable, isFinished, itemAnswers, nextScreen, result, screenChoice } from './flow.js';
export type { CheckerScreen, Flow, ScreenAnswer } from './flow.js';
export { RULES, FEVER, NOT_SURE_POLICY } from './rules.js';
export type { Condition, Rule } from './rules.js';
export { parseTemperature, isFever, isLowTemperature, TEMPERATURE_UNITS } from './temperature.js';
export type { TemperatureError, TemperatureReading, TemperatureUnit } from './temperature.js';
