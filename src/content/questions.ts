import { msg, str } from '@lit/localize';
import type { Level } from './levels.js';
import { WARNING_SIGN_SOURCES, type SourceId } from './sources.js';
import { THRESHOLDS, toFahrenheit } from './thresholds.js';
import type { NumberFormatter, ReasonId } from './warning-signs.js';

/** The answers a reader can give. "Not sure" counts as yes (src/triage/rules.ts, docs/triage.md). */
export const ANSWER_OPTIONS = ['yes', 'no', 'not-sure'] as const;
export type AnswerOption = (typeof ANSWER_OPTIONS)[number];

/** The label of each answer option, in the active locale. */
export const ANSWER_LABELS: { readonly [O in AnswerOption]: () => string } = {
  yes: () => msg('Yes', { desc: 'Checker: answer option.' }),
  no: () => msg('No', { desc: 'Checker: answer option.' }),
  'not-sure': () => msg('Not sure', { desc: 'Checker: answer option when the reader cannot tell; it counts as yes.' }),
};

/**
 * - `warning-sign`: a yes (or not sure) raises the result to `raisesTo`.
 * - `context`: changes which reasons are named, never the level on its own (the baby's age).
 * - `final`: the tender lump or wedge; confirms that self-care fits when no warning sign was found.
 */
export type QuestionKind = 'warning-sign' | 'context' | 'final';

export interface Question {
  readonly id: string;
  readonly kind: QuestionKind;
  /** The level a yes (or not sure) to this question leads to on its own. */
  readonly raisesTo: Level;
  /** The warning signs a yes (or not sure) to this question reports. */
  readonly reasons: readonly ReasonId[];
  /** The options offered, in the order shown. */
  readonly options: readonly AnswerOption[];
  /** Offers an optional temperature entry (°C or °F) with this question. */
  readonly temperature?: true;
  readonly sources: readonly SourceId[];
  /** The question, in the active locale. */
  text(format: NumberFormatter): string;
  /** An optional line under the question that helps the reader answer. */
  hint?(format: NumberFormatter): string;
}

const YES_NO_NOT_SURE = ANSWER_OPTIONS;

/**
 * The checker's questions, in the order asked: emergency signs first, then same-day signs, then
 * appointment signs, then the tender lump. The checker stops at the first answer that settles
 * the level (src/triage/stop.ts): everything more urgent has been asked before.
 *
 * Two warning signs have no question of their own because a question asked earlier already covers
 * them at the same level (COVERED_SIGNS in src/triage/rules.ts): an abscess comes with a fever,
 * and antibiotics that fail for 48 hours mean no improvement after 12–24 hours.
 */
export const QUESTIONS = [
  // Emergency: seek care now.
  {
    id: 'very-unwell',
    kind: 'warning-sign',
    raisesTo: 'emergency',
    reasons: ['sepsis'],
    options: YES_NO_NOT_SURE,
    sources: WARNING_SIGN_SOURCES,
    text: () =>
      msg('Do you feel very ill, for example confused or faint, breathing fast, with a racing heart, or shivering that will not stop?', {
        desc: 'Checker question (emergency): signs of sepsis in plain words.',
      }),
    hint: () =>
      msg('These can mean an infection is spreading through the body.', {
        desc: 'Checker hint under the sepsis question. Avoid medical terms.',
      }),
  },
  {
    id: 'fast-spreading-redness',
    kind: 'warning-sign',
    raisesTo: 'emergency',
    reasons: ['fast-spreading-redness'],
    options: YES_NO_NOT_SURE,
    sources: WARNING_SIGN_SOURCES,
    text: () =>
      msg('Is the redness on your breast spreading quickly?', { desc: 'Checker question (emergency).' }),
  },
  {
    id: 'skin-damage',
    kind: 'warning-sign',
    raisesTo: 'emergency',
    reasons: ['skin-damage'],
    options: YES_NO_NOT_SURE,
    sources: WARNING_SIGN_SOURCES,
    text: () =>
      msg('Does any skin on your breast look dark or blistered, or as though it is dying?', {
        desc: 'Checker question (emergency): skin necrosis in plain words.',
      }),
  },
  // See a provider today. The baby's age comes just before the fever question so that a fever in
  // the first two weeks is named as such; on its own it changes nothing.
  {
    id: 'young-baby',
    kind: 'context',
    raisesTo: 'self-care',
    reasons: [],
    options: ['yes', 'no'],
    sources: WARNING_SIGN_SOURCES,
    // "two weeks" is written out (THRESHOLDS.youngBabyWeeks): languages such as Arabic need a
    // special form for two, which a number placeholder cannot give.
    text: () =>
      msg('Is your baby less than two weeks old?', {
        desc: "Checker question about the baby's age. Write the number two in the form your language uses for two weeks.",
      }),
    hint: () =>
      msg('We ask because it matters if you also have a fever.', {
        desc: "Checker hint under the baby's age question.",
      }),
  },
  {
    id: 'fever',
    kind: 'warning-sign',
    raisesTo: 'see-provider-today',
    reasons: ['fever'],
    options: YES_NO_NOT_SURE,
    temperature: true,
    sources: WARNING_SIGN_SOURCES,
    text: (f: NumberFormatter) => {
      const celsius = f.temperature(THRESHOLDS.feverCelsius, 'c', 1);
      const fahrenheit = f.temperature(THRESHOLDS.feverFahrenheit, 'f', 1);
      return msg(str`Is your temperature ${celsius} (${fahrenheit}) or higher, or do you have chills and aches like flu?`, {
        desc: 'Checker question (same day): fever. The temperatures come formatted with their units, e.g. 38,0 °C.',
      });
    },
    hint: () =>
      msg('If you have a thermometer, you can type your reading. Feeling feverish counts too, even without one.', {
        desc: 'Checker hint under the fever question, above the optional temperature entry.',
      }),
  },
  {
    id: 'red-streaks',
    kind: 'warning-sign',
    raisesTo: 'see-provider-today',
    reasons: ['red-streaks'],
    options: YES_NO_NOT_SURE,
    sources: WARNING_SIGN_SOURCES,
    text: () =>
      msg('Do you see red streaks on your breast, or redness that is growing?', { desc: 'Checker question (same day).' }),
  },
  {
    id: 'pus-or-blood',
    kind: 'warning-sign',
    raisesTo: 'see-provider-today',
    reasons: ['pus-or-blood'],
    options: YES_NO_NOT_SURE,
    sources: WARNING_SIGN_SOURCES,
    text: () => msg('Is there pus or blood in your milk?', { desc: 'Checker question (same day).' }),
  },
  {
    id: 'infected-nipple',
    kind: 'warning-sign',
    raisesTo: 'see-provider-today',
    reasons: ['infected-nipple'],
    options: YES_NO_NOT_SURE,
    sources: WARNING_SIGN_SOURCES,
    text: () => msg('Do you have a cracked nipple that looks infected?', { desc: 'Checker question (same day).' }),
  },
  {
    id: 'both-breasts',
    kind: 'warning-sign',
    raisesTo: 'see-provider-today',
    reasons: ['both-breasts'],
    options: YES_NO_NOT_SURE,
    sources: WARNING_SIGN_SOURCES,
    text: () => msg('Are both of your breasts affected?', { desc: 'Checker question (same day).' }),
  },
  {
    id: 'no-improvement',
    kind: 'warning-sign',
    raisesTo: 'see-provider-today',
    reasons: ['no-improvement'],
    options: YES_NO_NOT_SURE,
    // NICE CKS: antibiotics if not improving after 12–24 h of effective milk removal.
    sources: ['nice-cks-mastitis', 'abm-36'],
    text: (f: NumberFormatter) => {
      const from = f.number(THRESHOLDS.noImprovementHours.from);
      const to = f.number(THRESHOLDS.noImprovementHours.to);
      return msg(str`Have you tried self-care for ${from} to ${to} hours or more without getting better?`, {
        desc: 'Checker question (same day): no improvement with self-care. The numbers are already formatted for the language.',
      });
    },
    hint: (f: NumberFormatter) => {
      const hours = f.number(THRESHOLDS.antibioticsHours);
      return msg(str`If you are taking antibiotics and feel no better after ${hours} hours, answer yes.`, {
        desc: 'Checker hint under the no-improvement question. The number is already formatted for the language.',
      });
    },
  },
  // Book an appointment.
  {
    id: 'persistent-lump',
    kind: 'warning-sign',
    raisesTo: 'see-provider',
    reasons: ['persistent-lump'],
    options: YES_NO_NOT_SURE,
    sources: WARNING_SIGN_SOURCES,
    text: () =>
      msg('Has the lump been there for more than a week, or does it seem to have nothing to do with breastfeeding?', {
        desc: 'Checker question (book an appointment).',
      }),
  },
  {
    id: 'recurring-lump',
    kind: 'warning-sign',
    raisesTo: 'see-provider',
    reasons: ['recurring-lump'],
    options: YES_NO_NOT_SURE,
    sources: WARNING_SIGN_SOURCES,
    text: () =>
      msg('Do lumps keep coming back in the same place?', { desc: 'Checker question (book an appointment).' }),
  },
  // Self-care: what a clog feels like, so that a path of no's ends with the self-care steps.
  {
    id: 'tender-lump',
    kind: 'final',
    raisesTo: 'self-care',
    reasons: [],
    options: YES_NO_NOT_SURE,
    sources: ['article-kellymom', 'abm-36'],
    text: () =>
      msg('Do you have a tender lump, or a sore, swollen area shaped like a wedge?', {
        desc: 'Checker question, asked last: what a clogged duct feels like.',
      }),
    hint: () =>
      msg('It may feel hot or look red, and often hurts more before a feed and less after.', {
        desc: 'Checker hint under the last question.',
      }),
  },
] as const satisfies readonly Question[];

export type QuestionId = (typeof QUESTIONS)[number]['id'];


/** Texts of the optional temperature entry that goes with the fever question. */
export const TEMPERATURE_TEXT = {
  label: () => msg('Your temperature (optional)', { desc: 'Checker: label of the optional temperature field.' }),
  notANumber: (f: NumberFormatter) => {
    const example = f.number(38.2, 1);
    return msg(str`Please type the number your thermometer shows, for example ${example}.`, {
      desc: 'Checker: the temperature field holds something that is not a number. The example is already formatted for the language.',
    });
  },
  implausible: (f: NumberFormatter, unit: 'c' | 'f') => {
    const { min, max } = THRESHOLDS.plausibleCelsius;
    const low = unit === 'c' ? f.temperature(min, 'c') : f.temperature(toFahrenheit(min), 'f', 1);
    const high = unit === 'c' ? f.temperature(max, 'c') : f.temperature(toFahrenheit(max), 'f', 1);
    return msg(str`Please check that reading. We can only use readings from ${low} to ${high}.`, {
      desc: 'Checker: the temperature is outside what a thermometer shows for a person. The temperatures come formatted with their units.',
    });
  },
  otherUnit: (unit: 'c' | 'f') =>
    unit === 'c'
      ? msg('Did you mean °C? That reading fits Celsius.', {
          desc: 'Checker: the reading is implausible in °F but plausible in °C; suggests switching the unit.',
        })
      : msg('Did you mean °F? That reading fits Fahrenheit.', {
          desc: 'Checker: the reading is implausible in °C but plausible in °F; suggests switching the unit.',
        }),
} as const;
