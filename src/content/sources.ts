/**
 * Every source the widgets' content and triage rules cite. Citations are proper names and stay
 * untranslated. `supports` says, for clinical reviewers, what each source is used for.
 */
export interface Source {
  /** Short name shown to readers in the "reviewed against" line. */
  readonly short: string;
  readonly citation: string;
  readonly year?: number;
  readonly url?: string;
  readonly supports: string;
}

export const SOURCES = {
  'abm-36': {
    short: 'Academy of Breastfeeding Medicine Protocol #36',
    citation:
      'Mitchell KB, Johnson HM, Rodríguez JM, et al. Academy of Breastfeeding Medicine Clinical Protocol #36: The Mastitis Spectrum, Revised 2022. Breastfeeding Medicine 2022;17(5).',
    year: 2022,
    url: 'https://doi.org/10.1089/bfm.2022.29207.kbm',
    supports:
      'Current care of the mastitis spectrum: inflammation rather than trapped milk, light lymphatic drainage instead of deep massage, cold packs, ibuprofen, feeding as usual, warning signs.',
  },
  'nhs-mastitis': {
    short: 'NHS',
    citation: 'NHS (UK National Health Service). Mastitis. nhs.uk health A to Z.',
    url: 'https://www.nhs.uk/conditions/mastitis/',
    supports: 'Warning signs and when to see a GP, call 111 or get emergency help.',
  },
  'nice-cks-mastitis': {
    short: 'NICE CKS',
    citation: 'National Institute for Health and Care Excellence. Clinical Knowledge Summaries: Mastitis and breast abscess.',
    url: 'https://cks.nice.org.uk/topics/mastitis-breast-abscess/',
    supports:
      'Warning signs; antibiotics when symptoms do not improve after 12–24 hours of effective milk removal; abscess and treatment failure.',
  },
  'llli-gb': {
    short: 'La Leche League GB',
    citation: 'La Leche League GB. Mastitis and blocked ducts: information for breastfeeding families.',
    supports: 'Warning signs; brief moist warmth before feeds may help let-down, cold between feeds.',
  },
  'hospital-handouts': {
    short: 'hospital patient handouts',
    citation: 'Hospital patient handouts on the mastitis spectrum following ABM Protocol #36.',
    supports: 'Warning signs in plain words; light lymphatic drainage described as "like petting a cat".',
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;

/** The sources the warning signs are drawn from (../shared/guidance.md, "Warning signs"). */
export const WARNING_SIGN_SOURCES: readonly SourceId[] = [
  'nhs-mastitis',
  'nice-cks-mastitis',
  'abm-36',
  'llli-gb',
  'hospital-handouts',
];
