import type { CareLevel } from '../content/levels.js';
import type { ItemId } from '../content/screens.js';
import { SYMPTOM_CHECKER_EVIDENCE } from '../content/sources.js';
import type { ReasonId } from '../content/warning-signs.js';

/**
 * A condition over the answers. It is true, "not sure" or false:
 * - `item`: true when the reader answered yes (or ticked the sign), not sure when she said so.
 *   With `is`, true when her answer is one of those (the no-lump outcome).
 * - `reading`: the thermometer reading typed with the fever question is a fever (38.0 °C /
 *   100.4 °F or more) or low (35.0 °C / 95.0 °F or less).
 * - `any`, `all`: the most or the least certain of their conditions.
 * Unanswered items and no reading are false: the least care, until the reader says otherwise.
 */
export type Condition =
  | { readonly item: ItemId; readonly is?: readonly ('yes' | 'no' | 'not-sure')[] }
  | { readonly reading: 'fever' | 'low' }
  | { readonly any: readonly Condition[] }
  | { readonly all: readonly Condition[] };

/**
 * One triage rule: when `when` holds, the reader should get care at the level of `reason`
 * (src/content/warning-signs.ts; its sources are in reason-sources.ts) and `reason` is named.
 */
export interface Rule {
  readonly reason: ReasonId;
  readonly when: Condition;
}

/** A fever: yes or not sure to the fever question, or a reading of 38.0 °C (100.4 °F) or more. */
export const FEVER: Condition = { any: [{ item: 'fever' }, { reading: 'fever' }] };

const sign = (id: ReasonId & ItemId): Rule => ({ reason: id, when: { item: id } });

/**
 * The decision table (../shared/guidance.md, "Warning signs and where each comes from"), most
 * urgent first. The result is the most urgent level of all rules that hold, or self-care when none
 * does. docs/triage.md is generated from it: run `npm run docs` after a change.
 */
export const RULES: readonly Rule[] = [
  // Emergency: signs of sepsis; skin on the breast dying; redness spreading fast.
  sign('confusion'),
  sign('breathless'),
  sign('skin-colour'),
  sign('rash'),
  sign('shivering'),
  sign('no-pee'),
  sign('might-die'),
  sign('faint'),
  sign('skin-damage'),
  sign('fast-spreading'),
  // Urgent care, within hours.
  sign('very-unwell'),
  sign('racing-heart'),
  { reason: 'low-temperature', when: { reading: 'low' } },
  { reason: 'weak-immune', when: { all: [{ item: 'weak-immune' }, FEVER] } },
  sign('baby-unwell'),
  { reason: 'after-birth', when: { all: [{ item: 'after-birth' }, FEVER] } },
  // See a provider today.
  { reason: 'fever', when: FEVER },
  sign('red-streaks'),
  sign('pus'),
  sign('infected-nipple'),
  sign('both-breasts'),
  sign('no-improvement'),
  sign('antibiotics-not-working'),
  sign('abscess'),
  sign('young-baby'),
  sign('not-breastfeeding'),
  sign('implants'),
  // Book an appointment.
  sign('persistent-lump'),
  sign('recurring-lump'),
  sign('skin-changes'),
  // No tender lump, or not sure: not the self-care result (the checker is for a sore lump).
  { reason: 'no-lump', when: { item: 'tender-lump', is: ['no', 'not-sure'] } },
];

/**
 * "Not sure" to an emergency sign sends the reader to urgent care within hours, told to call the
 * emergency number if the sign is there or she gets worse: doubt alone never sends her to the
 * emergency department, and never lower than urgent care. Elsewhere "not sure" counts as yes.
 * Symptom checkers under-triage often and over-triage more often (SYMPTOM_CHECKER_EVIDENCE).
 */
export const NOT_SURE_POLICY = {
  unsureLevel: { emergency: 'urgent-care' } as { readonly [L in CareLevel]?: CareLevel },
  sources: SYMPTOM_CHECKER_EVIDENCE,
} as const;
