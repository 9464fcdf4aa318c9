import { msg, str } from '@lit/localize';
import type { CareLevel } from './levels.js';
import { WARNING_SIGN_SOURCES, type SourceId } from './sources.js';
import { THRESHOLDS } from './thresholds.js';

/** Formats numbers for the active locale; passed in so content stays free of the DOM. */
export interface NumberFormatter {
  number(value: number, fractionDigits?: number): string;
  /** A temperature with its unit as the locale writes it ("38,0 °C", "38.0°م"), kept whole in any text direction. */
  temperature(value: number, unit: 'c' | 'f', fractionDigits?: number): string;
  /** The unit's symbol as the locale writes it ("°C", "°م"). */
  unitSymbol(unit: 'c' | 'f'): string;
}

export interface WarningSign {
  /** Stable id: the triage engine's reason ids and the banner's `reasons` attribute use it. */
  readonly id: string;
  readonly level: CareLevel;
  readonly sources: readonly SourceId[];
  /** What the reader sees, in the active locale. */
  text(format: NumberFormatter): string;
}

/**
 * Warning signs grouped by urgency (../shared/guidance.md, "Warning signs"). Each sign is worded
 * so that a reader can recognise it in herself, without medical terms.
 */
export const WARNING_SIGNS = [
  // Emergency: seek care now.
  {
    id: 'sepsis',
    level: 'emergency',
    sources: WARNING_SIGN_SOURCES,
    text: () =>
      msg(
        'You feel very unwell: confused, faint, breathing fast, a racing heartbeat, or shaking chills that will not settle.',
        { desc: 'Warning sign (emergency): signs of sepsis. Plain words, no medical terms.' },
      ),
  },
  {
    id: 'fast-spreading-redness',
    level: 'emergency',
    sources: WARNING_SIGN_SOURCES,
    text: () => msg('Redness that is spreading fast across the breast.', { desc: 'Warning sign (emergency).' }),
  },
  {
    id: 'skin-damage',
    level: 'emergency',
    sources: WARNING_SIGN_SOURCES,
    text: () =>
      msg('Skin on the breast that looks dark, blistered or as if it is dying.', {
        desc: 'Warning sign (emergency): skin necrosis described in plain words.',
      }),
  },
  // See a provider today.
  {
    id: 'fever',
    level: 'see-provider-today',
    sources: WARNING_SIGN_SOURCES,
    text: (f: NumberFormatter) => {
      const celsius = f.temperature(THRESHOLDS.feverCelsius, 'c', 1);
      const fahrenheit = f.temperature(THRESHOLDS.feverFahrenheit, 'f', 1);
      return msg(str`A temperature of ${celsius} (${fahrenheit}) or higher, or flu-like chills and aches.`, {
        desc: 'Warning sign (see a provider today). The temperatures come formatted with their units, e.g. 38,0 °C.',
      });
    },
  },
  {
    id: 'red-streaks',
    level: 'see-provider-today',
    sources: WARNING_SIGN_SOURCES,
    text: () => msg('Red streaks, or redness that is spreading.', { desc: 'Warning sign (see a provider today).' }),
  },
  {
    id: 'pus-or-blood',
    level: 'see-provider-today',
    sources: WARNING_SIGN_SOURCES,
    text: () => msg('Pus or blood in your milk.', { desc: 'Warning sign (see a provider today).' }),
  },
  {
    id: 'infected-nipple',
    level: 'see-provider-today',
    sources: WARNING_SIGN_SOURCES,
    text: () => msg('A cracked nipple that looks infected.', { desc: 'Warning sign (see a provider today).' }),
  },
  {
    id: 'both-breasts',
    level: 'see-provider-today',
    sources: WARNING_SIGN_SOURCES,
    text: () => msg('Both breasts are affected.', { desc: 'Warning sign (see a provider today).' }),
  },
  {
    id: 'no-improvement',
    level: 'see-provider-today',
    // NICE CKS: antibiotics if not improving after 12–24 h of effective milk removal.
    sources: ['nice-cks-mastitis', 'abm-36'],
    text: (f: NumberFormatter) => {
      const from = f.number(12);
      const to = f.number(24);
      return msg(str`No better after ${from} to ${to} hours of self-care.`, {
        desc: 'Warning sign (see a provider today). The numbers are already formatted for the language.',
      });
    },
  },
  {
    id: 'young-baby-fever',
    level: 'see-provider-today',
    sources: WARNING_SIGN_SOURCES,
    // "two weeks" written out, as in the checker's question (THRESHOLDS.youngBabyWeeks).
    text: () =>
      msg('Your baby is under two weeks old and you have a fever.', {
        desc: 'Warning sign (see a provider today): a feverish parent of a newborn. Write two weeks in the form your language uses.',
      }),
  },
  {
    id: 'abscess',
    level: 'see-provider-today',
    sources: ['abm-36', 'nice-cks-mastitis'],
    text: () =>
      msg('A firm, very painful lump that feels as if it is full of fluid, with a fever.', {
        desc: 'Warning sign (see a provider today): a possible breast abscess, in plain words.',
      }),
  },
  {
    id: 'antibiotics-not-working',
    level: 'see-provider-today',
    sources: ['abm-36', 'nice-cks-mastitis'],
    text: (f: NumberFormatter) => {
      const hours = f.number(48);
      return msg(str`You are taking antibiotics and are no better after ${hours} hours.`, {
        desc: 'Warning sign (see a provider today).',
      });
    },
  },
  // Book an appointment.
  {
    id: 'persistent-lump',
    level: 'see-provider',
    sources: WARNING_SIGN_SOURCES,
    text: () =>
      msg('A lump that lasts more than a week, or one that does not seem linked to breastfeeding.', {
        desc: 'Warning sign (book an appointment).',
      }),
  },
  {
    id: 'recurring-lump',
    level: 'see-provider',
    sources: WARNING_SIGN_SOURCES,
    text: () =>
      msg('Lumps that keep coming back in the same place.', { desc: 'Warning sign (book an appointment).' }),
  },
] as const satisfies readonly WarningSign[];

export type ReasonId = (typeof WARNING_SIGNS)[number]['id'];

export const REASON_IDS: readonly ReasonId[] = WARNING_SIGNS.map((sign) => sign.id);

export function isReasonId(value: string): value is ReasonId {
  return (REASON_IDS as readonly string[]).includes(value);
}
