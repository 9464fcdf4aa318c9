/**
 * Every source the widgets' content and triage rules cite, by id, with the short name readers
 * see ("Based on: …", "Checked against …"). Names are proper names and stay untranslated. The full
 * citations, for clinical reviewers and docs/triage.md, are in citations.ts: kept apart so the
 * bundle carries only what a reader sees.
 */
export const SOURCES = {
  'abm-36': 'Academy of Breastfeeding Medicine Protocol #36',
  'nhs-mastitis': 'NHS',
  'nice-cks-mastitis': 'NICE CKS',
  'llli-gb': 'La Leche League GB',
  'hospital-handouts': 'hospital patient handouts',
  'douglas-2023': 'Douglas 2023',
  // The parenting article the widgets are built from, by the people it quotes. Kept so that every
  // technique can name who advised it; where current guidance differs, ABM #36 wins.
  'article-kellymom': 'KellyMom',
  'article-rn-ibclc': 'a registered nurse and IBCLC',
  'article-doula': 'a birth and postpartum doula',
  'article-babycenter': 'BabyCenter',
  // Evidence about symptom checkers: why our triage leans safe.
  'semigran-2015': 'Semigran et al. 2015',
  'hill-2020': 'Hill et al. 2020',
  'el-osta-2022': 'El-Osta et al. 2022',
} as const;

export type SourceId = keyof typeof SOURCES;

/** The sources the warning signs are drawn from (../shared/guidance.md, "Warning signs"). */
export const WARNING_SIGN_SOURCES: readonly SourceId[] = [
  'nhs-mastitis',
  'nice-cks-mastitis',
  'abm-36',
  'llli-gb',
  'hospital-handouts',
];

/** Why the triage leans safe: what symptom checkers get wrong (../shared/guidance.md). */
export const SYMPTOM_CHECKER_EVIDENCE: readonly SourceId[] = ['semigran-2015', 'hill-2020', 'el-osta-2022'];

export function isSourceId(value: string): value is SourceId {
  return Object.prototype.hasOwnProperty.call(SOURCES, value);
}
