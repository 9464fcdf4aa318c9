/** Pure triage over the checker's answers: no DOM, no Lit, ids rather than text. */
export { triage, compareLevels, highestReachableLevel, TEMPERATURE_QUESTION } from './triage.js';
export type { Answers, TriageResult } from './triage.js';
export { isFinished, nextQuestion } from './stop.js';
export type { CheckerQuestion } from './stop.js';
export { RULES, SELF_CARE, COVERED_SIGNS, NOT_SURE_POLICY } from './rules.js';
export type { Rule } from './rules.js';
export { parseTemperature, isFever, TEMPERATURE_UNITS } from './temperature.js';
export type { TemperatureError, TemperatureReading, TemperatureUnit } from './temperature.js';
