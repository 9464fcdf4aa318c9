import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Level } from '../content/levels.js';
import { THRESHOLDS } from '../content/thresholds.js';
import type { NumberFormatter } from '../content/warning-signs.js';

/**
 * What each level tells the reader: a heading and what to do, how soon. The banner's groups and
 * the checker's result share these words so the two never disagree.
 */
export function levelHeading(level: Level): string {
  switch (level) {
    case 'emergency':
      return msg('Get emergency help now', { desc: 'Heading for the most urgent level (banner group and checker result).' });
    case 'see-provider-today':
      return msg('Get medical advice today', { desc: 'Heading for signs that need care the same day (banner group and checker result).' });
    case 'see-provider':
      return msg('Book an appointment', { desc: 'Heading for signs that need a routine appointment (banner group and checker result).' });
    case 'self-care':
      return msg('Gentle self-care is a good place to start', { desc: 'Checker result heading when no warning sign was found.' });
  }
}

export function levelAction(level: Level, format: NumberFormatter, emergencyNumber = ''): string | TemplateResult {
  switch (level) {
    case 'emergency':
      return emergencyAction(emergencyNumber);
    case 'see-provider-today':
      return msg('Contact your doctor, midwife or an urgent care service today, even if it is evening or the weekend.', {
        desc: 'What to do for same-day warning signs (banner group and checker result).',
      });
    case 'see-provider':
      return msg('See your doctor or midwife soon. It does not have to be today, but do not put it off.', {
        desc: 'What to do for signs that need an appointment (banner group and checker result).',
      });
    case 'self-care': {
      const from = format.number(THRESHOLDS.noImprovementHours.from);
      const to = format.number(THRESHOLDS.noImprovementHours.to);
      return msg(
        str`None of your answers is a warning sign, so gentle care at home is a reasonable start. Get help if a warning sign appears or you are no better in ${from} to ${to} hours.`,
        { desc: 'Checker result when no warning sign was found. Numbers already formatted for the language.' },
      );
    }
  }
}

function emergencyAction(emergencyNumber: string): string | TemplateResult {
  const number = emergencyNumber.trim();
  if (!number) {
    return msg('Call your local emergency number or go to the nearest emergency department.', {
      desc: 'What to do for emergency signs, when the publisher gave no emergency number.',
    });
  }
  // Digits become a tap-to-call link on phones; anything else is shown as text.
  const dial = /^\+?[\d\s-]{2,20}$/.test(number) ? `tel:${number.replace(/[\s-]/g, '')}` : undefined;
  const call = dial ? html`<a href=${dial}>${number}</a>` : number;
  return msg(html`Call ${call} or go to the nearest emergency department.`, {
    desc: 'What to do for emergency signs. The placeholder is the emergency number, e.g. 911.',
  });
}
