import { msg, str } from '@lit/localize';
import { THRESHOLDS } from './thresholds.js';
import type { NumberFormatter } from './units.js';
import type { ReasonId } from './warning-signs.js';

/**
 * What the reader sees for each warning sign: one text, used as the checker's tick-box line, the
 * banner's list item and the result's reason, so the three never disagree. Plain words, no medical
 * terms; redness and colour described for every skin tone (NHS). The type requires a text for
 * every reason id.
 */
export const REASON_TEXTS: { readonly [Id in ReasonId]: (format: NumberFormatter) => string } = {
  confusion: () => msg('Slurred speech, confusion, or not making sense', { desc: 'Warning sign (a tick-box line in the checker, a banner list item and a result reason). Emergency: a sign of sepsis.' }),
  breathless: () => msg('Very short of breath, or breathing very fast', { desc: 'Warning sign (a tick-box line in the checker, a banner list item and a result reason). Emergency: a sign of sepsis.' }),
  'skin-colour': () =>
    msg('Skin, lips or tongue that look blue, grey, pale or blotchy (on brown or black skin, look at the lips, tongue, palms and soles)', {
      desc: 'Warning sign (a tick-box line in the checker, a banner list item and a result reason). Emergency: a sign of sepsis, described for every skin tone.',
    }),
  rash: () => msg('A new rash of spots or blotches on your body (not the sore area of your breast) that does not fade when you press a glass against it', { desc: 'Warning sign (a tick-box line in the checker, a banner list item and a result reason). Emergency: a sign of sepsis.' }),
  shivering: () =>
    msg('Extreme shivering, or severe muscle pain, far worse than the chills and aches of a fever', {
      desc: 'Warning sign (a tick-box line in the checker, a banner list item and a result reason). Emergency: a sign of sepsis. Must read as much worse than ordinary chills and aches.',
    }),
  'no-pee': () => msg('Not peeing at all for a whole day', { desc: 'Warning sign (a tick-box line in the checker, a banner list item and a result reason). Emergency: a sign of sepsis.' }),
  'might-die': () => msg('Feeling that you might die', { desc: 'Warning sign (a tick-box line in the checker, a banner list item and a result reason). Emergency: a sign of sepsis.' }),
  faint: () => msg('Fainting, or being very hard to wake (someone with you may notice this)', { desc: 'Warning sign (a tick-box line in the checker, a banner list item and a result reason). Emergency: a sign of sepsis.' }),
  'skin-damage': () =>
    msg('Patches on the breast that turn black, grey or deep purple like a bad bruise, or that blister or go numb (this is different from redness, which can look darker or purple on brown or black skin)', {
      desc: 'Warning sign (a tick-box line in the checker, a banner list item and a result reason). Emergency: signs of a deep, fast infection of the breast.',
    }),
  'fast-spreading': () =>
    msg('Redness or swelling on the breast spreading fast: you can see it grow within hours', {
      desc: 'Warning sign (a tick-box line in the checker, a banner list item and a result reason). Emergency.',
    }),
  'very-unwell': () =>
    msg('Feeling very unwell, or that something is seriously wrong', { desc: 'Warning sign (a tick-box line in the checker, a banner list item and a result reason). Urgent care within hours.' }),
  'racing-heart': () => msg('A racing heart', { desc: 'Warning sign (a tick-box line in the checker, a banner list item and a result reason). Urgent care within hours.' }),
  'low-temperature': (f) => {
    const celsius = f.temperature(THRESHOLDS.lowCelsius, 'c', 1);
    const fahrenheit = f.temperature(THRESHOLDS.lowFahrenheit, 'f', 1);
    return msg(str`A temperature of ${celsius} (${fahrenheit}) or lower`, {
      desc: 'Warning sign (a tick-box line in the checker, a banner list item and a result reason). Urgent care within hours: a very low temperature. The temperatures come formatted with their units.',
    });
  },
  'weak-immune': () =>
    msg('A fever with a weakened immune system, for example from chemotherapy, long-term steroids, a transplant, or diabetes that is hard to control', {
      desc: 'Warning sign (a tick-box line in the checker, a banner list item and a result reason). Urgent care within hours, asked only when the reader has a fever.',
    }),
  'baby-unwell': () =>
    msg('Your baby seems unwell: not feeding, very sleepy or floppy, has a fever, or has far fewer wet nappies (diapers)', {
      desc: 'Warning sign (a tick-box line in the checker, a banner list item and a result reason). Urgent care within hours, for the baby.',
    }),
  'after-birth': (f) => {
    const weeks = f.number(THRESHOLDS.afterBirthWeeks);
    return msg(str`A fever in the first ${weeks} weeks after giving birth, with tummy pain, heavy or smelly bleeding, or a red, painful caesarean or tear wound`, {
      desc: 'Warning sign (a tick-box line in the checker, a banner list item and a result reason). Urgent care within hours, asked only with a fever: another infection after birth. The number is already formatted.',
    });
  },
  fever: (f) => {
    const celsius = f.temperature(THRESHOLDS.feverCelsius, 'c', 1);
    const fahrenheit = f.temperature(THRESHOLDS.feverFahrenheit, 'f', 1);
    return msg(str`A temperature of ${celsius} (${fahrenheit}) or higher, or feeling feverish with chills and aches like flu`, {
      desc: 'Warning sign (a tick-box line in the checker, a banner list item and a result reason). See a provider today. The temperatures come formatted with their units, e.g. 38,0 °C.',
    });
  },
  'red-streaks': () =>
    msg('Red streaks, or redness that keeps growing (on brown or black skin it may look darker or purple, or be harder to see)', {
      desc: 'Warning sign (a tick-box line in the checker, a banner list item and a result reason). See a provider today. Described for every skin tone.',
    }),
  pus: () => msg('Pus in your milk or coming from the nipple', { desc: 'Warning sign (a tick-box line in the checker, a banner list item and a result reason). See a provider today.' }),
  'infected-nipple': () => msg('A cracked or broken nipple that looks infected', { desc: 'Warning sign (a tick-box line in the checker, a banner list item and a result reason). See a provider today.' }),
  'both-breasts': () =>
    msg('A red, hot, painful area in both breasts (not just both breasts feeling full)', { desc: 'Warning sign (a tick-box line in the checker, a banner list item and a result reason). See a provider today.' }),
  'no-improvement': (f) => {
    const from = f.number(THRESHOLDS.noImprovementHours.from);
    const to = f.number(THRESHOLDS.noImprovementHours.to);
    return msg(str`No better after ${from} to ${to} hours of self-care, or getting worse at any time`, {
      desc: 'Warning sign (a tick-box line in the checker, a banner list item and a result reason). See a provider today. The numbers are hours, already formatted.',
    });
  },
  'antibiotics-not-working': (f) => {
    const hours = f.number(THRESHOLDS.antibioticsHours);
    return msg(str`Taking antibiotics and no better after ${hours} hours, or getting worse`, {
      desc: 'Warning sign (a tick-box line in the checker, a banner list item and a result reason). See a provider today. The number is hours, already formatted.',
    });
  },
  abscess: () =>
    msg('A firm, very painful lump that feels full of fluid, with or without a fever', {
      desc: 'Warning sign (a tick-box line in the checker, a banner list item and a result reason). See a provider today: a possible abscess, in plain words.',
    }),
  // "two weeks" is written out (THRESHOLDS.youngBabyWeeks): languages such as Arabic need a special
  // form for two, which a number placeholder cannot give.
  'young-baby': () =>
    msg('A sore, red area on your breast while your baby is less than two weeks old', {
      desc: 'Warning sign (a tick-box line in the checker, a banner list item and a result reason). See a provider today. Write "two weeks" in the form your language uses for two.',
    }),
  'not-breastfeeding': () =>
    msg('A sore, red or swollen breast while you are not breastfeeding, or while you are pregnant', { desc: 'Warning sign (a tick-box line in the checker, a banner list item and a result reason). See a provider today.' }),
  implants: () =>
    msg('Breast implants, or breast surgery in the last few months, with a red, painful breast', {
      desc: 'Warning sign (a tick-box line in the checker, a banner list item and a result reason). See a provider today.',
    }),
  'persistent-lump': () =>
    msg('A lump that lasts more than a week, or one that does not seem linked to breastfeeding', {
      desc: 'Warning sign (a tick-box line in the checker, a banner list item and a result reason). Book an appointment.',
    }),
  'recurring-lump': () => msg('Lumps that keep coming back in the same place', { desc: 'Warning sign (a tick-box line in the checker, a banner list item and a result reason). Book an appointment.' }),
  'skin-changes': () =>
    msg('Skin that looks like orange peel or is dimpled, a nipple that has newly turned inward, or redness that does not go away after treatment', {
      desc: 'Warning sign (a tick-box line in the checker, a banner list item and a result reason). Book an appointment. Never mention cancer.',
    }),
  'no-lump': () =>
    msg('You do not have a tender lump or sore, wedge-shaped area, or you are not sure', {
      desc: 'Checker result reason: the reader answered no or not sure to the tender-lump question.',
    }),
};
