import { msg } from '@lit/localize';

/**
 * Every source the widgets' content and triage rules cite, by id, with the short name readers
 * see ("Based on: …", "Checked against …"). Proper names stay as they are; descriptions go through
 * msg() for translators. The full citations, for clinical reviewers and docs/triage.md, are in
 * citations.ts: kept apart so the bundle carries only what a reader sees.
 */
export const SOURCES = {
  'abm-36': () => 'Academy of Breastfeeding Medicine Protocol #36',
  'nhs-mastitis': () => 'NHS',
  'nice-cks-mastitis': () => 'NICE CKS',
  'llli-gb': () => 'La Leche League GB',
  'hospital-handouts': () => msg('hospital patient handouts', { desc: 'Name of a source, after "Based on:" under a self-care step.' }),
  'douglas-2023': () => 'Douglas 2023',
  // The parenting article the widgets are built from, by the people it quotes. Kept so that every
  // technique can name who advised it; where current guidance differs, ABM #36 wins.
  'article-kellymom': () => 'KellyMom',
  'article-rn-ibclc': () => msg('a registered nurse and IBCLC', { desc: 'Name of a source, after "Based on:" under a self-care step.' }),
  'article-doula': () => msg('a birth and postpartum doula', { desc: 'Name of a source, after "Based on:" under a self-care step.' }),
  'article-babycenter': () => 'BabyCenter',
  // Evidence about symptom checkers: why our triage leans safe.
  'semigran-2015': () => 'Semigran et al. 2015',
  'hill-2020': () => 'Hill et al. 2020',
  'el-osta-2022': () => 'El-Osta et al. 2022',
} as const satisfies { readonly [id: string]: () => string };

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
