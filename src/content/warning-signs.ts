import type { CareLevel } from './levels.js';
import type { SourceId } from './sources.js';

export interface WarningSign {
  /** Stable id: the triage engine's reasons, the `clog-result` event and the banner's `reasons` attribute use it. */
  readonly id: string;
  readonly level: CareLevel;
  /** Only the sources that list this sign (../shared/guidance.md, "Warning signs and where each comes from"). */
  readonly sources: readonly SourceId[];
  /** Said to a clinical reviewer when the sources need a word of explanation (docs, not readers). */
  readonly note?: string;
}

/**
 * The warning signs, grouped by urgency, most urgent first: what the banner lists and the checker
 * asks. Ids and metadata only; the words readers see are in warning-sign-texts.ts.
 */
export const WARNING_SIGNS = [
  // Emergency: signs of sepsis as the public is taught them (UK Sepsis Trust; NHS sepsis page).
  { id: 'confusion', level: 'emergency', sources: ['uk-sepsis-trust', 'nhs-sepsis'] },
  { id: 'breathless', level: 'emergency', sources: ['uk-sepsis-trust', 'nhs-sepsis'] },
  { id: 'skin-colour', level: 'emergency', sources: ['nhs-sepsis', 'uk-sepsis-trust'] },
  { id: 'rash', level: 'emergency', sources: ['nhs-sepsis'] },
  { id: 'shivering', level: 'emergency', sources: ['uk-sepsis-trust'] },
  { id: 'no-pee', level: 'emergency', sources: ['uk-sepsis-trust'] },
  { id: 'might-die', level: 'emergency', sources: ['uk-sepsis-trust'] },
  {
    id: 'faint',
    level: 'emergency',
    sources: ['nhs-sepsis', 'uk-sepsis-trust'],
    note: 'Check at sign-off which of the two public lists says "fainting" and "very hard to wake" for adults (a reviewer recalls "difficult to wake" from the NHS list for children).',
  },
  // Emergency: on the breast, a deep, fast infection.
  {
    id: 'skin-damage',
    level: 'emergency',
    sources: ['nice-ng51'],
    note: 'NICE NG51 lists mottled or ashen skin among high-risk features of sepsis, not black, blistered or numb breast skin as such. guidance.md v2 also attributes this sign to hospital handouts on the mastitis spectrum; no named handout was checked for it, so none is cited: to confirm at sign-off.',
  },
  { id: 'fast-spreading', level: 'emergency', sources: ['gloucestershire-pathway'] },
  // Urgent care, within hours.
  { id: 'very-unwell', level: 'urgent-care', sources: ['nhs-sepsis'] },
  { id: 'racing-heart', level: 'urgent-care', sources: ['nhs-sepsis', 'gloucestershire-pathway'] },
  {
    id: 'low-temperature',
    level: 'urgent-care',
    sources: ['nhs-sepsis'],
    note: 'NEWS2 scores 35.0 °C or lower as a single red parameter; the cited public source is the NHS sepsis page (a very low temperature can be sepsis).',
  },
  { id: 'weak-immune', level: 'urgent-care', sources: ['gloucestershire-pathway'] },
  { id: 'baby-unwell', level: 'urgent-care', sources: ['nice-ng194'] },
  { id: 'after-birth', level: 'urgent-care', sources: ['nice-ng194'] },
  // See a provider today.
  { id: 'fever', level: 'see-provider-today', sources: ['nhs-mastitis', 'nice-cks-mastitis'] },
  { id: 'red-streaks', level: 'see-provider-today', sources: ['nhs-mastitis', 'gloucestershire-pathway'] },
  { id: 'pus', level: 'see-provider-today', sources: ['gloucestershire-pathway', 'nice-cks-mastitis'] },
  { id: 'infected-nipple', level: 'see-provider-today', sources: ['nice-cks-mastitis'] },
  { id: 'both-breasts', level: 'see-provider-today', sources: ['llli-gb'] },
  { id: 'no-improvement', level: 'see-provider-today', sources: ['nice-cks-mastitis'] },
  { id: 'antibiotics-not-working', level: 'see-provider-today', sources: ['nice-cks-mastitis', 'abm-36'] },
  { id: 'abscess', level: 'see-provider-today', sources: ['abm-36', 'llli-gb'] },
  {
    id: 'young-baby',
    level: 'see-provider-today',
    sources: [],
    note: 'guidance.md v2 attributes this to "hospital handouts" without naming one; no named handout was checked for it: flagged for the clinical sign-off.',
  },
  { id: 'not-breastfeeding', level: 'see-provider-today', sources: ['nhs-mastitis', 'nice-cks-mastitis'] },
  { id: 'implants', level: 'see-provider-today', sources: ['lothian-implant-pathway'] },
  // Book an appointment.
  { id: 'persistent-lump', level: 'see-provider', sources: ['nice-ng12'] },
  {
    id: 'recurring-lump',
    level: 'see-provider',
    sources: [],
    note: 'guidance.md v2 keeps this sign from the clinical review without naming a published source: flagged for the clinical sign-off.',
  },
  { id: 'skin-changes', level: 'see-provider', sources: ['nice-ng12'] },
] as const satisfies readonly WarningSign[];

export type WarningSignId = (typeof WARNING_SIGNS)[number]['id'];

/**
 * Not a warning sign but an outcome of its own: no tender lump (or not sure) and no warning sign.
 * The checker is for a sore lump while breastfeeding; it suggests someone to talk to instead of the
 * self-care result (../shared/guidance.md, "No lump and no warning sign").
 */
export const NO_LUMP = {
  id: 'no-lump',
  level: 'see-provider',
  sources: ['article-kellymom', 'abm-36'],
  note: 'What a clog feels like (KellyMom via the article; ABM #36). Outside that, the checker does not offer self-care.',
} as const satisfies WarningSign;

/** Everything a result can name: the warning signs and the no-lump outcome. */
export const REASONS = [...WARNING_SIGNS, NO_LUMP] as const;
export type ReasonId = (typeof REASONS)[number]['id'];

export const REASON_IDS: readonly ReasonId[] = REASONS.map((reason) => reason.id);
export const WARNING_SIGN_IDS: readonly WarningSignId[] = WARNING_SIGNS.map((sign) => sign.id);

export function isWarningSignId(value: string): value is WarningSignId {
  return (WARNING_SIGN_IDS as readonly string[]).includes(value);
}

export function reasonById(id: ReasonId): (typeof REASONS)[number] {
  return REASONS.find((reason) => reason.id === id) ?? NO_LUMP;
}
