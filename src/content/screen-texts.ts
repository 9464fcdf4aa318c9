import { msg, str } from '@lit/localize';
import type { AnswerOption, ScreenId } from './screens.js';
import { THRESHOLDS, toFahrenheit } from './thresholds.js';
import type { NumberFormatter, TemperatureUnit } from './units.js';

export interface ScreenText {
  /** The question, in the active locale. */
  question(format: NumberFormatter): string;
  /** An optional line under the question that helps the reader answer. */
  hint?(format: NumberFormatter): string;
}

const SKIN_TONE = () =>
  msg('On brown or black skin, redness may look darker or purple, or be harder to see.', {
    desc: 'Checker hint: how redness looks on darker skin.',
  });

/**
 * The words of each checker screen (src/content/screens.ts). The signs on a screen use their own
 * texts (warning-sign-texts.ts). The type requires a text for every screen.
 */
export const SCREEN_TEXTS: { readonly [Id in ScreenId]: ScreenText } = {
  sepsis: {
    question: () => msg('Do you have any of these right now?', { desc: 'Checker screen 1 (emergency): signs of sepsis follow as tick boxes.' }),
    hint: () =>
      msg('They can mean an infection is affecting the whole body. Ordinary chills and aches with a fever are asked about later.', {
        desc: 'Checker hint under the sepsis signs. Avoid medical terms.',
      }),
  },
  'breast-emergency': {
    question: () => msg('Look at your breast. Do you see any of these?', { desc: 'Checker screen (emergency): breast signs follow as tick boxes.' }),
    hint: SKIN_TONE,
  },
  'you-and-baby': {
    question: () => msg('Do any of these apply to you or your baby?', { desc: 'Checker screen: signs about the reader and her baby follow as tick boxes.' }),
    hint: () =>
      msg('Flu-like chills and aches, and feeling feverish, are asked about next.', {
        desc: 'Checker hint on the screen about the reader and her baby: ordinary fever symptoms come on the next screen.',
      }),
  },
  fever: {
    question: (f) => {
      const celsius = f.temperature(THRESHOLDS.feverCelsius, 'c', 1);
      const fahrenheit = f.temperature(THRESHOLDS.feverFahrenheit, 'f', 1);
      return msg(str`Is your temperature ${celsius} (${fahrenheit}) or higher, or do you feel feverish, with chills and aches like flu?`, {
        desc: 'Checker question (same day): fever. The temperatures come formatted with their units, e.g. 38,0 °C.',
      });
    },
    hint: (f) => {
      const from = f.number(THRESHOLDS.painkillerHours.from);
      const to = f.number(THRESHOLDS.painkillerHours.to);
      return msg(
        str`Feeling feverish counts, even without a thermometer. Painkillers lower a temperature: if you took paracetamol or ibuprofen in the last ${from} to ${to} hours, answer for how you felt before.`,
        { desc: 'Checker hint under the fever question. The numbers are hours, already formatted.' },
      );
    },
  },
  'fever-extra': {
    question: () => msg('With a fever, do any of these also apply?', { desc: 'Checker screen shown only with a fever; signs follow as tick boxes.' }),
  },
  'breast-today': {
    question: () => msg('Do you have any of these?', { desc: 'Checker screen (same day): breast signs follow as tick boxes.' }),
    hint: SKIN_TONE,
  },
  'lump-changes': {
    question: () => msg('Do any of these apply to the lump or your breast?', { desc: 'Checker screen (appointment): signs follow as tick boxes.' }),
  },
  'tender-lump': {
    question: () =>
      msg('Do you have a tender lump, or a sore, swollen area shaped like a wedge?', {
        desc: 'Checker question, asked last: what a clogged duct feels like.',
      }),
    hint: () =>
      msg('It may feel hot, look red or darker than the skin around it, and often hurts more before a feed and less after.', {
        desc: 'Checker hint under the last question.',
      }),
  },
};

/** The label of each answer option of a single question, in the active locale. */
export const ANSWER_LABELS: { readonly [O in AnswerOption]: () => string } = {
  yes: () => msg('Yes', { desc: 'Checker: answer option.' }),
  no: () => msg('No', { desc: 'Checker: answer option.' }),
  'not-sure': () => msg('Not sure', { desc: 'Checker: answer option when the reader cannot tell; it never lowers the advice.' }),
};

/** The answers of a signs screen. */
export const SIGNS_TEXT = {
  none: () => msg('None of these', { desc: 'Checker: answer on a screen of tick boxes; the reader has none of the signs.' }),
  notSure: () => ANSWER_LABELS['not-sure'](),
  next: () => msg('Continue', { desc: 'Checker: goes on with the signs the reader ticked.' }),
  nothingTicked: () =>
    msg('Tick the signs you have, or choose None of these.', { desc: 'Checker: the reader chose Continue without ticking a sign.' }),
  tickedAndNone: () =>
    msg('You ticked a sign. Choose Continue, or untick it first.', { desc: 'Checker: the reader ticked a sign and then chose None of these.' }),
  hint: () => msg('Tick all that apply.', { desc: 'Checker: under the question of a screen of tick boxes.' }),
};

/** Texts of the optional temperature entry that goes with the fever question. */
export const TEMPERATURE_TEXT = {
  label: () =>
    msg('If you took your temperature, type it here (a very low reading matters too)', {
      desc: 'Checker: label of the optional temperature field.',
    }),
  notANumber: (f: NumberFormatter) => {
    const example = f.number(38.2, 1);
    return msg(str`Please type the number your thermometer shows, for example ${example}.`, {
      desc: 'Checker: the temperature field holds something that is not a number. The example is already formatted for the language.',
    });
  },
  implausible: (f: NumberFormatter, unit: TemperatureUnit) => {
    const { min, max } = THRESHOLDS.plausibleCelsius;
    const low = unit === 'c' ? f.temperature(min, 'c') : f.temperature(toFahrenheit(min), 'f', 1);
    const high = unit === 'c' ? f.temperature(max, 'c') : f.temperature(toFahrenheit(max), 'f', 1);
    return msg(str`Please check that reading. We can only use readings from ${low} to ${high}.`, {
      desc: 'Checker: the temperature is outside what a thermometer shows for a person. The temperatures come formatted with their units.',
    });
  },
  /** Added when the reading is below the range: a real reading that low needs help, not a retry. */
  tooLow: () =>
    msg('If your thermometer really shows a reading this low, get medical help now.', {
      desc: 'Checker: shown after the "check that reading" message when the number is below the range a thermometer shows.',
    }),
  readAs: (reading: string) =>
    msg(str`Read as ${reading}.`, {
      desc: 'Checker: the number typed fits only the other unit, so it is read in that unit. The reading comes formatted with its unit, e.g. 37,2 °C.',
    }),
};
