/**
 * Every source the widgets' content and triage rules cite, by id. Ids only: no text, so the triage
 * engine can import them without @lit/localize. The names readers see are in source-names.ts; the
 * full citations, for clinical reviewers and the generated docs, in citations.ts.
 */
export const SOURCE_IDS = [
  // Current clinical guidance.
  'abm-36',
  'douglas-2023',
  'nhs-mastitis',
  'nhs-sepsis',
  'nice-cks-mastitis',
  'nice-ng51',
  'nice-ng194',
  'nice-ng12',
  'uk-sepsis-trust',
  'llli-gb',
  'gloucestershire-pathway',
  'lothian-implant-pathway',
  'iowa-handout',
  // The parenting article the widgets are built from, and the people it quotes. Kept so that every
  // technique can name who advised it; where current guidance differs, current guidance wins.
  'article-romper',
  'article-kellymom',
  'article-rn-ibclc',
  'article-doula',
  'article-babycenter',
  // Evidence about symptom checkers: why our triage leans safe, and not too far.
  'semigran-2015',
  'hill-2020',
  'el-osta-2021',
] as const;

export type SourceId = (typeof SOURCE_IDS)[number];

/** Why the triage leans safe: what published symptom checkers get wrong (../shared/guidance.md). */
export const SYMPTOM_CHECKER_EVIDENCE: readonly SourceId[] = ['semigran-2015', 'hill-2020', 'el-osta-2021'];

export function isSourceId(value: string): value is SourceId {
  return (SOURCE_IDS as readonly string[]).includes(value);
}
