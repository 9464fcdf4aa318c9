import type { CareLevel } from './levels.js';

export interface WarningSign {
  /** Stable id: the triage engine's reasons, the `clog-result` event and the banner's `reasons` attribute use it. */
  readonly id: string;
  readonly level: CareLevel;
}

/**
 * The warning signs, grouped by urgency, most urgent first: what the banner lists and the checker
 * asks. Ids and levels only: the words readers see are in warning-sign-texts.ts, the sources of each
 * in reason-sources.ts (docs and tests; the widgets never ship them).
 */
export const WARNING_SIGNS = [
  // Emergency: signs of sepsis as the public is taught them (UK Sepsis Trust; NHS sepsis page).
  { id: 'confusion', level: 'emergency' },
  { id: 'breathless', level: 'emergency' },
  { id: 'skin-colour', level: 'emergency' },
  { id: 'rash', level: 'emergency' },
  { id: 'shivering', level: 'emergency' },
  { id: 'no-pee', level: 'emergency' },
  { id: 'might-die', level: 'emergency' },
  { id: 'faint', level: 'emergency' },
  // Emergency: on the breast, a deep, fast infection.
  { id: 'skin-damage', level: 'emergency' },
  { id: 'fast-spreading', level: 'emergency' },
  // Urgent care, within hours.
  { id: 'very-unwell', level: 'urgent-care' },
  { id: 'racing-heart', level: 'urgent-care' },
  { id: 'low-temperature', level: 'urgent-care' },
  { id: 'weak-immune', level: 'urgent-care' },
  { id: 'baby-unwell', level: 'urgent-care' },
  { id: 'after-birth', level: 'urgent-care' },
  // See a provider today.
  { id: 'fever', level: 'see-provider-today' },
  { id: 'red-streaks', level: 'see-provider-today' },
  { id: 'pus', level: 'see-provider-today' },
  { id: 'infected-nipple', level: 'see-provider-today' },
  { id: 'both-breasts', level: 'see-provider-today' },
  { id: 'no-improvement', level: 'see-provider-today' },
  { id: 'antibiotics-not-working', level: 'see-provider-today' },
  { id: 'abscess', level: 'see-provider-today' },
  { id: 'young-baby', level: 'see-provider-today' },
  { id: 'not-breastfeeding', level: 'see-provider-today' },
  { id: 'implants', level: 'see-provider-today' },
  // Book an appointment.
  { id: 'persistent-lump', level: 'see-provider' },
  { id: 'recurring-lump', level: 'see-provider' },
  { id: 'skin-changes', level: 'see-provider' },
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
