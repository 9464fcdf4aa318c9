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
  // Redness on every skin tone: NHS.
  sources: ['article-kellymom', 'abm-36', 'nhs-sepsis', 'uk-sepsis-trust', 'nice-ng51', 'gloucestershire-pathway', 'nhs-mastitis', 'nice-cks-mastitis'],
  title: () => msg('Know when to get help', { desc: 'Self-care step title: when self-care is not enough.' }),
  body: () =>
    msg(
      'Some pain and redness are part of a clog, and home care is usually enough. But a clog can turn into mastitis, which may need an antibiotic (one you can take while breastfeeding). Get help if you notice any of these signs:',
      { desc: 'Self-care step: when to get help. Followed by a list, most urgent first.' },
    ),
  points: [
    () =>
      msg(
        'Call your local emergency number or go to the emergency department now if you have signs of sepsis, such as confusion or slurred speech, very fast or difficult breathing, or blue, grey or blotchy skin or lips; if the skin of your breast gets black, purple or grey patches or blisters, or feels numb; or if redness is spreading fast, over a few hours.',
        { desc: 'Self-care step, get help: the emergency signs. Plain words, no medical terms.' },
      ),
    () =>
      msg(
        "Get medical help within a few hours, for example from an urgent care service or an out-of-hours doctor, if you feel very unwell or feel that something is seriously wrong. If you can't get through, or you get worse, go to the emergency department.",
        { desc: 'Self-care step, get help: the urgent-care level (NHS 111 in the UK). Use the local kind of service.' },
      ),
    (f: NumberFormatter) => {
      const celsius = f.temperature(THRESHOLDS.feverCelsius, 'c', 1);
      const fahrenheit = f.temperature(THRESHOLDS.feverFahrenheit, 'f', 1);
      const from = f.number(THRESHOLDS.noImprovementHours.from);
      const to = f.number(THRESHOLDS.noImprovementHours.to);
      const antibiotics = f.number(THRESHOLDS.antibioticsHours);
      return msg(
        str`Contact your doctor or midwife today, even in the evening or at the weekend, if you have a temperature of ${celsius} (${fahrenheit}) or higher, or feel feverish with chills and aches like flu; if you see red streaks, or the redness keeps growing; if you are no better after ${from} to ${to} hours, or worse at any time; or if you are taking antibiotics and are no better after ${antibiotics} hours.`,
        {
          desc: 'Self-care step, get help: the same-day level. Temperatures and hours are already formatted for the language.',
        },
      );
    },
  ],
  closing: () =>
    msg('Redness may look darker or purple, or be harder to see, on brown or black skin.', {
      desc: 'Self-care step, get help: how redness looks on every skin tone (NHS wording).',
    }),
} as const satisfies Step;
