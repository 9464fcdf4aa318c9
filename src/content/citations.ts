import type { SourceId } from './sources.js';

/** A full citation and, for clinical reviewers, what the widgets use the source for. */
export interface Citation {
  /** Authors, title, journal or publisher, year, volume and pages where there are any. */
  readonly citation: string;
  readonly year?: number;
  readonly doi?: string;
  readonly url?: string;
  /**
   * For web pages: the date the page was read. Left out where nobody on the project has read the
   * live page from this build (it has no internet access): the clinical sign-off confirms it.
   */
  readonly read?: string;
  /** What the widgets take from it, so that a reviewer can check the claim against the source. */
  readonly supports: string;
  /** Anything a reviewer should check or know (a correction, a dispute, a version). */
  readonly note?: string;
}

/**
 * The full citation of every source in sources.ts. The type requires one for each source id, so a
 * source cannot be added without its citation. Used by the generated docs and the tests, never
 * shipped to readers.
 */
export const CITATIONS: { readonly [Id in SourceId]: Citation } = {
  'abm-36': {
    citation:
      'Mitchell KB, Johnson HM, Rodríguez JM, et al. Academy of Breastfeeding Medicine Clinical Protocol #36: The Mastitis Spectrum, Revised 2022. Breastfeeding Medicine 2022;17(5):360–376.',
    year: 2022,
    doi: '10.1089/bfm.2022.29207.kbm',
    supports:
      'The main source of current care: its model of a clog as inflammation and swelling of the ducts; light lymphatic drainage instead of deep massage; cold packs; ibuprofen for inflammation; feeding as usual without pumping extra; leaving nipple blebs alone; sunflower lecithin (weak evidence); antibiotics no better after 48 hours; the signs of an abscess; most clogs settling within a day or two.',
    note: 'The publisher issued a later correction to the protocol; check the corrected version at sign-off.',
  },
  'douglas-2023': {
    citation:
      "Douglas P. Does the Academy of Breastfeeding Medicine's Clinical Protocol #36 'The Mastitis Spectrum' promote overtreatment and risk worsened outcomes for breastfeeding families? International Breastfeeding Journal 2023;18:51.",
    year: 2023,
    doi: '10.1186/s13006-023-00588-8',
    supports:
      'Where sources disagree: argues that ABM #36 presents theoretical models as proven, and disputes lymphatic drainage and sunflower lecithin, while agreeing that deep massage and "draining" the breast do not help.',
  },
  'nhs-mastitis': {
    citation: 'NHS (UK National Health Service). Mastitis. nhs.uk, Health A to Z.',
    url: 'https://www.nhs.uk/conditions/mastitis/',
    supports:
      'Symptoms and when to see a GP or call 111; redness that may look darker, purple or be harder to see on brown or black skin; paracetamol or ibuprofen, no aspirin while breastfeeding; rest and fluids; a well-fitting bra; the milk stays safe for the baby; streaks of blood in the milk among ordinary symptoms; mastitis in someone not breastfeeding.',
    note: 'Still describes a build-up of milk and mentions warmth and stroking toward the nipple: the widgets say where they follow ABM #36 instead.',
  },
  'nhs-sepsis': {
    citation: 'NHS (UK National Health Service). Sepsis. nhs.uk, Health A to Z.',
    url: 'https://www.nhs.uk/conditions/sepsis/',
    supports:
      'The signs of sepsis in adults that mean calling 999 or going to A&E, the signs that mean calling 111 (feeling very unwell, a fast heartbeat), and that a very low temperature can be a sign of sepsis.',
  },
  'nice-cks-mastitis': {
    citation: 'National Institute for Health and Care Excellence. Clinical Knowledge Summaries: Mastitis and breast abscess.',
    url: 'https://cks.nice.org.uk/topics/mastitis-breast-abscess/',
    supports:
      'A fever of 38 °C or more; feeling feverish; pus; an infected nipple fissure; symptoms not improving or worsening after 12–24 hours; no better on antibiotics; abscess; non-lactational mastitis is managed differently; paracetamol or ibuprofen.',
    note: 'Record the revision (month and year on the page) at sign-off.',
  },
  'nice-ng51': {
    citation: 'National Institute for Health and Care Excellence. Sepsis: recognition, diagnosis and early management. NICE guideline NG51. 2016, updated since.',
    year: 2016,
    url: 'https://www.nice.org.uk/guidance/ng51',
    supports: 'High-risk features of sepsis, among them mottled or ashen skin, which the skin-change warning sign builds on.',
  },
  'nice-ng194': {
    citation: 'National Institute for Health and Care Excellence. Postnatal care. NICE guideline NG194. 2021.',
    year: 2021,
    url: 'https://www.nice.org.uk/guidance/ng194',
    supports:
      'Signs that a baby is unwell (feeding, sleepiness, fever, wet nappies), and, after birth, symptoms of other infections: tummy pain, smelly or heavy bleeding, an infected caesarean or perineal wound.',
  },
  'nice-ng12': {
    citation: 'National Institute for Health and Care Excellence. Suspected cancer: recognition and referral. NICE guideline NG12. 2015, updated since.',
    year: 2015,
    url: 'https://www.nice.org.uk/guidance/ng12',
    supports:
      'An unexplained breast lump, skin changes, or a nipple that has newly turned in are to be checked within two weeks; inflammatory breast cancer can look like mastitis. The widgets never name cancer to the reader.',
  },
  'uk-sepsis-trust': {
    citation: 'The UK Sepsis Trust. Signs of sepsis in adults (public information).',
    url: 'https://sepsistrust.org/',
    supports: 'The public signs of sepsis in adults: slurred speech or confusion, extreme shivering or muscle pain, no urine all day, severe breathlessness, feeling you might die, mottled or discoloured skin.',
  },
  'llli-gb': {
    citation: 'La Leche League GB. Mastitis: information for breastfeeding families.',
    url: 'https://www.laleche.org.uk/mastitis/',
    supports:
      'Brief moist warmth before a feed may help let-down, cold between feeds; both breasts red, hot and painful is a reason to be seen (unlike both breasts simply feeling full); most, not all, people with an abscess feel very ill.',
  },
  'gloucestershire-pathway': {
    citation: 'Gloucestershire Hospitals NHS Foundation Trust. Mastitis care pathway (red flags).',
    supports:
      'Red flags: infection progressing rapidly, tachycardia, an immunocompromised parent, red streaks or spreading redness, pus.',
    note: 'A local NHS pathway document; the version relied on is the one summarised in guidance.md version 2.',
  },
  'lothian-implant-pathway': {
    citation: 'NHS Lothian. Breast implant infection pathway.',
    supports: 'A red, painful breast with implants or recent breast surgery goes to the plastic surgery team, not routine mastitis care.',
    note: 'A local NHS pathway document; the version relied on is the one summarised in guidance.md version 2.',
  },
  'iowa-handout': {
    citation: 'University of Iowa Health Care. Patient handout on the mastitis spectrum (lymphatic drainage and cold packs).',
    supports:
      'Light lymphatic drainage described "like petting a cat"; cold packs for about 10 minutes each hour.',
    note: 'Quoted as summarised in guidance.md version 2; confirm the handout edition at sign-off.',
  },
  'article-romper': {
    citation: 'Romper. How To *Exactly* Massage Out A Clogged Milk Duct & Get Yourself Some Relief.',
    supports: 'The parenting article the widgets are built from; every technique it describes is shown with what current guidance says now.',
  },
  'article-kellymom': {
    citation: 'KellyMom, as quoted in Romper, How To *Exactly* Massage Out A Clogged Milk Duct & Get Yourself Some Relief.',
    supports:
      'What a plugged duct feels like: a hard lump or wedge-shaped area, maybe tender, hot, swollen or red, often more painful before a feed and less after.',
  },
  'article-rn-ibclc': {
    citation:
      'A registered nurse and International Board Certified Lactation Consultant, as quoted in Romper, How To *Exactly* Massage Out A Clogged Milk Duct & Get Yourself Some Relief.',
    supports:
      "The article's advice to feed with the baby's chin toward the clog, and to massage toward the nipple while feeding or pumping (the latter now advised against).",
  },
  'article-doula': {
    citation: 'A birth and postpartum doula, as quoted in Romper, How To *Exactly* Massage Out A Clogged Milk Duct & Get Yourself Some Relief.',
    supports:
      "The article's advice on rest, fluids and food; heat and soaks; oil massage with fingertip circles, knuckle kneading and thumb pressure toward the nipple; dangling; emptying the breast often (much of it now changed or advised against).",
  },
  'article-babycenter': {
    citation: 'BabyCenter, as quoted in Romper, How To *Exactly* Massage Out A Clogged Milk Duct & Get Yourself Some Relief.',
    supports:
      'Treat a clog promptly because it can lead to mastitis; see a provider if it persists or with pain, redness, fever or infection (changed: some pain and redness are part of a clog); mastitis is usually treated with an antibiotic compatible with breastfeeding.',
  },
  'semigran-2015': {
    citation: 'Semigran HL, Linder JA, Gidengil C, Mehrotra A. Evaluation of symptom checkers for self diagnosis and triage: audit study. BMJ 2015;351:h3480.',
    year: 2015,
    doi: '10.1136/bmj.h3480',
    supports: '23 symptom checkers on 45 vignettes: appropriate triage advice in 57% overall, 80% for emergencies, 33% for self-care.',
  },
  'hill-2020': {
    citation:
      'Hill MG, Sim M, Mills B. The quality of diagnosis and triage advice provided by free online symptom checkers and apps in Australia. Medical Journal of Australia 2020;212(11):514–519.',
    year: 2020,
    doi: '10.5694/mja2.50600',
    supports: '36 symptom checkers; of the 19 that gave triage advice, the right advice in 49% of cases; they were generally risk-averse.',
  },
  'el-osta-2021': {
    citation:
      'El-Osta A, Webber I, Alaa A, et al. What is the suitability of clinical vignettes in benchmarking the performance of online symptom checkers? An audit study. medRxiv 2021 (preprint).',
    year: 2021,
    doi: '10.1101/2021.07.29.21261320',
    supports: 'Three apps on 139 RCGP vignettes: unsafe under-triage in 28.6% (Healthily), 43.3% (Ada) and 47.5% (Babylon).',
  },
};
