import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Level } from '../content/levels.js';
import { THRESHOLDS } from '../content/thresholds.js';
import type { NumberFormatter } from '../content/units.js';
import { dialHref } from './phone.js';

/** The publisher's numbers, as typed in `emergency-number` and `urgent-number`. */
export interface CareNumbers {
  readonly emergency: string;
  readonly urgent: string;
}

/** The numbers as an element's attributes hold them; a removed attribute (null) is no number. */
export function careNumbers(emergency: string | null, urgent: string | null): CareNumbers {
  return { emergency: emergency ?? '', urgent: urgent ?? '' };
}

/** A number as a tap-to-call link when it looks like one, else as text. */
function callable(number: string): TemplateResult | string {
  const href = dialHref(number);
  return href ? html`<a href=${href}>${number.trim()}</a>` : number.trim();
}

/**
 * What each level tells the reader: a heading, what to do and how soon. The banner's groups and
 * the checker's result share these words so the two never disagree.
 */
export function levelHeading(level: Level): string {
  switch (level) {
    case 'emergency':
      return msg('Get emergency help now', { desc: 'Heading for the most urgent level (banner group and checker result).' });
    case 'urgent-care':
      return msg('Get medical help within a few hours', { desc: 'Heading for signs that need urgent care within hours, not the emergency department (banner group and checker result).' });
    case 'see-provider-today':
      return msg('Get medical advice today', { desc: 'Heading for signs that need care the same day (banner group and checker result).' });
    case 'see-provider':
      return msg('Book an appointment', { desc: 'Heading for signs that need a routine appointment (banner group and checker result).' });
    case 'self-care':
      return msg('Gentle self-care is a good place to start', { desc: 'Checker result heading when no warning sign was found.' });
  }
}

export function levelAction(level: Level, format: NumberFormatter, numbers: CareNumbers): string | TemplateResult {
  switch (level) {
    case 'emergency': {
      const number = numbers.emergency.trim();
      if (!number) {
        return msg('Call your local emergency number now, or go to the nearest emergency department.', {
          desc: 'What to do for emergency signs, when the publisher gave no emergency number.',
        });
      }
      return msg(html`Call ${callable(number)} now, or go to the nearest emergency department.`, {
        desc: 'What to do for emergency signs. The placeholder is the emergency number, e.g. 911.',
      });
    }
    case 'urgent-care': {
      const number = numbers.urgent.trim();
      if (!number) {
        return msg(
          'Within the next few hours, contact an urgent care service, an out-of-hours doctor or your maternity unit. If you cannot get through, or you get worse, go to the emergency department.',
          { desc: 'What to do for urgent signs, when the publisher gave no urgent-care number.' },
        );
      }
      return msg(
        html`Within the next few hours, call ${callable(number)} or contact an urgent care service. If you cannot get through, or you get worse, go to the emergency department.`,
        { desc: 'What to do for urgent signs. The placeholder is the urgent-care number, e.g. 111.' },
      );
    }
    case 'see-provider-today':
      return msg('Contact your doctor or midwife today, even if it is evening or the weekend. If you cannot reach them, use an urgent care or out-of-hours service.', {
        desc: 'What to do for same-day warning signs (banner group and checker result).',
      });
    case 'see-provider':
      // "two weeks" written out (THRESHOLDS.checkWithinWeeks), as languages need a form for two.
      return msg('Book an appointment with your doctor to be seen within two weeks. It does not need to be today, but please do not put it off.', {
        desc: 'What to do for signs that need an appointment (banner group and checker result). Write "two weeks" in the form your language uses for two.',
      });
    case 'self-care': {
      const from = format.number(THRESHOLDS.noImprovementHours.from);
      const to = format.number(THRESHOLDS.noImprovementHours.to);
      return msg(
        str`None of your answers is a warning sign, so gentle care at home is a reasonable start. Most clogs settle within a day or two. Get help if a warning sign appears, or if you are no better in ${from} to ${to} hours.`,
        { desc: 'Checker result when no warning sign was found. Numbers are hours, already formatted for the language.' },
      );
    }
  }
}

/** What to do while waiting for care, for the checker's result. */
export function levelMeanwhile(level: Level): string {
  switch (level) {
    case 'emergency':
      return msg('If you can, ask someone to stay with you and to look after your baby.', {
        desc: 'Checker result (emergency): what to do while getting help.',
      });
    case 'urgent-care':
    case 'see-provider-today':
      return msg('Meanwhile, keep feeding as usual if you can, cool the sore area between feeds, and rest. Your milk is still safe for your baby.', {
        desc: 'Checker result (urgent or same day): what to do while waiting to be seen.',
      });
    case 'see-provider':
    case 'self-care':
      return msg('Meanwhile, keep feeding as usual and follow the gentle self-care steps.', {
        desc: 'Checker result (appointment or self-care): what to do meanwhile.',
      });
  }
}

/** Said plainly when the baby seems unwell: the advice is for the baby (NICE NG194). */
export function babyAdvice(numbers: CareNumbers): string | TemplateResult {
  const number = numbers.emergency.trim();
  if (!number) {
    return msg('Your baby needs to be seen by a doctor within a few hours too. If your baby is floppy, very hard to wake or struggling to breathe, call your local emergency number.', {
      desc: 'Checker result when the reader said her baby seems unwell, when the publisher gave no emergency number.',
    });
  }
  return msg(html`Your baby needs to be seen by a doctor within a few hours too. If your baby is floppy, very hard to wake or struggling to breathe, call ${callable(number)}.`, {
    desc: 'Checker result when the reader said her baby seems unwell. The placeholder is the emergency number.',
  });
}

/** The checker's own outcome when the reader has no tender lump and no warning sign. */
export const NO_LUMP_TEXT = {
  heading: () =>
    msg('This checker is for a sore lump while breastfeeding', { desc: 'Checker result heading when the reader has no tender lump and no warning sign.' }),
  action: () =>
    msg('For other breast pain or worries, talk to a midwife, health visitor, doctor or breastfeeding supporter. They can look at what is going on.', {
      desc: 'Checker result when the reader has no tender lump and no warning sign: who to talk to instead.',
    }),
};

/** Said when the reader was not sure about an emergency sign, so was sent to urgent care instead. */
export function unsureEmergencyAdvice(numbers: CareNumbers): string | TemplateResult {
  const number = numbers.emergency.trim();
  if (!number) {
    return msg('You were not sure about signs of an emergency. If you find you have any of them, or you get worse, call your local emergency number straight away.', {
      desc: 'Checker result (urgent care after "not sure" to an emergency sign), when the publisher gave no emergency number.',
    });
  }
  return msg(html`You were not sure about signs of an emergency. If you find you have any of them, or you get worse, call ${callable(number)} straight away.`, {
    desc: 'Checker result (urgent care after "not sure" to an emergency sign). The placeholder is the emergency number.',
  });
}
