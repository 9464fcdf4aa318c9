import type { CareLevel } from '../content/levels.js';
import type { QuestionId } from '../content/questions.js';
import { SYMPTOM_CHECKER_EVIDENCE, WARNING_SIGN_SOURCES, type SourceId } from '../content/sources.js';
import type { ReasonId } from '../content/warning-signs.js';

/**
 * One triage rule: when every question in `when` counts as yes, the reader should get care at
 * `level` at least, and `reason` is named. The result is the most urgent level of all rules that
 * apply, or self-care when none does.
 */
export interface Rule {
  /** The warning sign this rule reports (one rule per sign). */
  readonly reason: ReasonId;
  /** All of these must count as yes (see NOT_SURE_POLICY; the fever question also by a reading). */
  readonly when: readonly QuestionId[];
  readonly level: CareLevel;
  readonly sources: readonly SourceId[];
}

/**
 * The decision table, most urgent first (../shared/guidance.md, "Warning signs").
 * docs/triage.md is generated from it: run `node scripts/triage-doc.mjs` after a change.
 */
export const RULES = [
  // Emergency: seek care now.
  { reason: 'sepsis', when: ['very-unwell'], level: 'emergency', sources: WARNING_SIGN_SOURCES },
  { reason: 'fast-spreading-redness', when: ['fast-spreading-redness'], level: 'emergency', sources: WARNING_SIGN_SOURCES },
  { reason: 'skin-damage', when: ['skin-damage'], level: 'emergency', sources: WARNING_SIGN_SOURCES },
  // See a provider today.
  { reason: 'fever', when: ['fever'], level: 'see-provider-today', sources: WARNING_SIGN_SOURCES },
  { reason: 'red-streaks', when: ['red-streaks'], level: 'see-provider-today', sources: WARNING_SIGN_SOURCES },
  { reason: 'pus-or-blood', when: ['pus-or-blood'], level: 'see-provider-today', sources: WARNING_SIGN_SOURCES },
  { reason: 'infected-nipple', when: ['infected-nipple'], level: 'see-provider-today', sources: WARNING_SIGN_SOURCES },
  { reason: 'both-breasts', when: ['both-breasts'], level: 'see-provider-today', sources: WARNING_SIGN_SOURCES },
  // NICE CKS: antibiotics if not improving after 12–24 h of effective milk removal.
  { reason: 'no-improvement', when: ['no-improvement'], level: 'see-provider-today', sources: ['nice-cks-mastitis', 'abm-36'] },
  {
    reason: 'young-baby-fever',
    when: ['young-baby', 'fever'],
    level: 'see-provider-today',
    sources: WARNING_SIGN_SOURCES,
  },
  // Book an appointment.
  { reason: 'persistent-lump', when: ['persistent-lump'], level: 'see-provider', sources: WARNING_SIGN_SOURCES },
  { reason: 'recurring-lump', when: ['recurring-lump'], level: 'see-provider', sources: WARNING_SIGN_SOURCES },
] as const satisfies readonly Rule[];

/** When no rule applies: self-care, "a tender lump or wedge without any of the above". */
export const SELF_CARE = { level: 'self-care', sources: WARNING_SIGN_SOURCES } as const;

/**
 * Warning signs with no question of their own: a question that is always asked before the level
 * could settle below `level` covers them, so the reader is never sent to less care. The banner
 * still lists them.
 */
export const COVERED_SIGNS: readonly {
  readonly reason: ReasonId;
  readonly by: QuestionId;
  readonly why: string;
  readonly sources: readonly SourceId[];
}[] = [
  {
    reason: 'abscess',
    by: 'fever',
    why: 'An abscess, as defined here, is a firm, very painful lump with a fever; the fever question already sends the reader to a provider today.',
    sources: ['abm-36', 'nice-cks-mastitis'],
  },
  {
    reason: 'antibiotics-not-working',
    by: 'no-improvement',
    why: 'No better after 48 hours of antibiotics is also no better after 12–24 hours; the no-improvement question says so in its hint.',
    sources: ['abm-36', 'nice-cks-mastitis'],
  },
];

/**
 * "Not sure" counts as yes, on every question: a reader who cannot rule a warning sign out is sent
 * where she would be sent if she had it. Only a clear "no" rules a sign out (an unexpected value
 * counts as yes too). This is the most conservative rule and the simplest to prove; symptom
 * checkers are known to under-triage (SYMPTOM_CHECKER_EVIDENCE).
 */
export const NOT_SURE_POLICY = {
  countsAs: 'yes',
  sources: SYMPTOM_CHECKER_EVIDENCE,
} as const;
