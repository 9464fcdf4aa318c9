import { msg, str } from '@lit/localize';
import type { Step } from './step.js';
import { THRESHOLDS } from './thresholds.js';
import type { NumberFormatter } from './units.js';

/** When self-care is not enough: most urgent first, every number from THRESHOLDS. Always the last step. */
export const GET_HELP_STEP = {
  id: 'get-help',
  kind: 'get-help',
  // Tender and red is part of a clog: KellyMom (quoted in the article). Clog to mastitis, and
  // antibiotics no better after 48 hours: ABM #36 (with NICE CKS). Emergency: sepsis signs (NHS
  // sepsis page, UK Sepsis Trust); skin changes (NICE NG51); fast-spreading redness
  // (Gloucestershire pathway). Within hours: feeling very unwell (NHS sepsis page). Today: fever,
  // red streaks or growing redness, no better after 12–24 hours (NHS, NICE CKS, Gloucestershire).
  // Within hours also: a racing heart (NHS sepsis page, Gloucestershire), 35.0 °C or lower (NHS
  // sepsis page), an unwell baby (NICE NG194). Today also: pus, an infected nipple (NICE CKS,
  // Gloucestershire), both breasts red and hot, a possible abscess (LLL GB, ABM #36).
  // Appointment: a lasting lump, skin changes, a nipple newly turned in (NICE NG12).
  // Redness on every skin tone: NHS.
  sources: [
    'article-kellymom',
    'abm-36',
    'nhs-sepsis',
    'uk-sepsis-trust',
    'nice-ng51',
    'gloucestershire-pathway',
    'nice-ng194',
    'nhs-mastitis',
    'nice-cks-mastitis',
    'llli-gb',
    'nice-ng12',
  ],
  title: () => msg('Know when to get help', { desc: 'Self-care step title: when self-care is not enough.' }),
  body: () =>
    msg(
      'Some pain and redness are part of a clog, and home care is usually enough. But a clog can turn into mastitis, which may need an antibiotic (one you can take while breastfeeding). Get help if you notice any of these signs:',
      { desc: 'Self-care step: when to get help. Followed by a list, most urgent first.' },
    ),
  points: [
    () =>
      msg(
        'Call your local emergency number or go to the emergency department now if you have signs of sepsis, such as confusion or slurred speech, very fast or difficult breathing, or blue, grey or blotchy skin or lips; if patches on your breast turn black, grey or deep purple like a bad bruise, blister or go numb; or if redness is spreading so fast that you can see it grow within hours.',
        { desc: 'Self-care step, get help: the emergency signs. Plain words, no medical terms.' },
      ),
    (f: NumberFormatter) => {
      const celsius = f.temperature(THRESHOLDS.lowCelsius, 'c', 1);
      const fahrenheit = f.temperature(THRESHOLDS.lowFahrenheit, 'f', 1);
      return msg(
        str`Get medical help within a few hours, for example from an urgent care service or an out-of-hours doctor, if you feel very unwell or that something is seriously wrong, have a racing heart, or a temperature of ${celsius} (${fahrenheit}) or lower; and for your baby, if your baby seems unwell (not feeding, very sleepy or floppy, or far fewer wet nappies). If you can't get through, or things get worse, go to the emergency department.`,
        { desc: 'Self-care step, get help: the urgent-care level (NHS 111 in the UK). Use the local kind of service. Temperatures already formatted.' },
      );
    },
    (f: NumberFormatter) => {
      const celsius = f.temperature(THRESHOLDS.feverCelsius, 'c', 1);
      const fahrenheit = f.temperature(THRESHOLDS.feverFahrenheit, 'f', 1);
      const from = f.number(THRESHOLDS.noImprovementHours.from);
      const to = f.number(THRESHOLDS.noImprovementHours.to);
      const antibiotics = f.number(THRESHOLDS.antibioticsHours);
      return msg(
        str`Contact your doctor or midwife today, even in the evening or at the weekend, if you have a temperature of ${celsius} (${fahrenheit}) or higher, or feel feverish with chills and aches like flu; if you see red streaks, or the redness keeps growing; if there is pus, a firm and very painful lump that feels full of fluid, a red and painful area in both breasts, or a cracked nipple that looks infected; if you are no better after ${from} to ${to} hours, or worse at any time; or if you are taking antibiotics and are no better after ${antibiotics} hours.`,
        {
          desc: 'Self-care step, get help: the same-day level. Temperatures and hours are already formatted for the language.',
        },
      );
    },
    // "two weeks" and "a week" are written out: languages need their own forms for one and two.
    () =>
      msg(
        'Book an appointment to be seen within two weeks if a lump lasts more than a week or keeps coming back in the same place, if the skin looks like orange peel or is dimpled, or if a nipple has newly turned inward.',
        { desc: 'Self-care step, get help: the appointment level. Write "two weeks" and "a week" in the forms your language uses. Never mention cancer.' },
      ),
  ],
  closing: () =>
    msg('Redness may look darker or purple, or be harder to see, on brown or black skin. That is different from the black, grey or bruise-like patches of an emergency.', {
      desc: 'Self-care step, get help: how redness looks on every skin tone (NHS wording), told apart from the emergency skin sign.',
    }),
} as const satisfies Step;
