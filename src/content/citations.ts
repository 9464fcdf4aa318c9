import type { SourceId } from './sources.js';

/** A full citation and, for clinical reviewers, what the widgets use the source for. */
export interface Citation {
  readonly citation: string;
  readonly year?: number;
  readonly url?: string;
  readonly supports: string;
}

/**
 * The full citation of every source in sources.ts. The type requires one for each source id, so a
 * source cannot be added without its citation. Used by docs/triage.md and the tests, not shipped
 * to readers.
 */
export const CITATIONS: { readonly [Id in SourceId]: Citation } = {
  'abm-36': {
    citation:
      'Mitchell KB, Johnson HM, Rodríguez JM, et al. Academy of Breastfeeding Medicine Clinical Protocol #36: The Mastitis Spectrum, Revised 2022. Breastfeeding Medicine 2022;17(5).',
    year: 2022,
    url: 'https://doi.org/10.1089/bfm.2022.29207.kbm',
    supports:
      'Current care of the mastitis spectrum: inflammation rather than trapped milk, light lymphatic drainage instead of deep massage, cold packs, ibuprofen, feeding as usual, warning signs.',
  },
  'nhs-mastitis': {
    citation: 'NHS (UK National Health Service). Mastitis. nhs.uk health A to Z.',
    url: 'https://www.nhs.uk/conditions/mastitis/',
    supports: 'Warning signs and when to see a GP, call 111 or get emergency help.',
  },
  'nice-cks-mastitis': {
    citation: 'National Institute for Health and Care Excellence. Clinical Knowledge Summaries: Mastitis and breast abscess.',
    url: 'https://cks.nice.org.uk/topics/mastitis-breast-abscess/',
    supports:
      'Warning signs; antibiotics when symptoms do not improve after 12–24 hours of effective milk removal; abscess and treatment failure.',
  },
  'llli-gb': {
    citation: 'La Leche League GB. Mastitis and blocked ducts: information for breastfeeding families.',
    supports: 'Warning signs; brief moist warmth before feeds may help let-down, cold between feeds.',
  },
  'hospital-handouts': {
    citation: 'Hospital patient handouts on the mastitis spectrum following ABM Protocol #36.',
    supports: 'Warning signs in plain words; light lymphatic drainage described as "like petting a cat".',
  },
  'douglas-2023': {
    citation: 'Douglas. International Breastfeeding Journal, 2023.',
    year: 2023,
    supports:
      'Disputes the evidence for lymphatic drainage and sunflower lecithin, while agreeing that deep massage and "draining" the breast do not help.',
  },
  // The parenting article the widgets are built from, by the people it quotes. Kept so that every
  // technique can name who advised it; where current guidance differs, ABM #36 wins.
  'article-kellymom': {
    citation: 'KellyMom, as quoted in the parenting article the widgets are built from.',
    supports:
      'What a plugged duct feels like: a hard lump or wedge-shaped area, maybe tender, hot, swollen or red, often more painful before a feed and less after.',
  },
  'article-rn-ibclc': {
    citation: 'A registered nurse and International Board Certified Lactation Consultant, as quoted in the parenting article the widgets are built from.',
    supports:
      "The article's advice to feed with the baby's chin toward the clog, and to massage toward the nipple while feeding or pumping (the latter now advised against).",
  },
  'article-doula': {
    citation: 'A birth and postpartum doula, as quoted in the parenting article the widgets are built from.',
    supports:
      "The article's advice on rest, fluids and food; heat and soaks; oil massage with fingertip circles, knuckle kneading and thumb pressure toward the nipple; dangling; emptying the breast often (much of it now changed or advised against).",
  },
  'article-babycenter': {
    citation: 'BabyCenter, as quoted in the parenting article the widgets are built from.',
    supports:
      'Treat a clog promptly because it can lead to mastitis; see a provider if it persists or with pain, redness, fever or infection; mastitis is usually treated with an antibiotic compatible with breastfeeding.',
  },
  // Evidence about symptom checkers: why our triage leans safe.
  'semigran-2015': {
    citation: 'Semigran et al. BMJ, 2015.',
    year: 2015,
    supports: '23 symptom checkers on 45 vignettes: right triage 57% overall, 80% for emergencies, 33% for self-care.',
  },
  'hill-2020': {
    citation: 'Hill et al. Medical Journal of Australia, 2020.',
    year: 2020,
    supports: '36 symptom checkers: right triage 49%.',
  },
  'el-osta-2022': {
    citation: 'El-Osta et al. BMJ Open, 2022.',
    year: 2022,
    supports: 'Under-triage of 30–48% measured for popular symptom-checker apps.',
  },
};
