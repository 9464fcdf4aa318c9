import type { SourceId } from './sources.js';
import type { ReasonId } from './warning-signs.js';

/** Where a warning sign or outcome comes from, for the docs and the clinical reviewer. */
interface ReasonSources {
  /** Only the sources that list this sign (../shared/guidance.md, "Warning signs and where each comes from"). */
  readonly sources: readonly SourceId[];
  /** Said to a clinical reviewer when the sources need a word of explanation. */
  readonly note?: string;
}

/**
 * The sources of every warning sign and of the no-lump outcome. Apart from warning-signs.ts so that
 * the widgets' bundles do not carry them: readers are shown the sources of the self-care steps and
 * the "checked against" line; docs/triage.md and the content tests read these.
 */
export const REASON_SOURCES = {
  // Emergency: signs of sepsis as the public is taught them (UK Sepsis Trust; NHS sepsis page).
  'confusion': { sources: ['uk-sepsis-trust', 'nhs-sepsis'] },
  'breathless': { sources: ['uk-sepsis-trust', 'nhs-sepsis'] },
  'skin-colour': { sources: ['nhs-sepsis', 'uk-sepsis-trust'] },
  'rash': { sources: ['nhs-sepsis'] },
  'shivering': { sources: ['uk-sepsis-trust'] },
  'no-pee': { sources: ['uk-sepsis-trust'] },
  'might-die': { sources: ['uk-sepsis-trust'] },
  'faint': {
    sources: ['nhs-sepsis', 'uk-sepsis-trust'],
    note: 'Check at sign-off which of the two public lists says "fainting" and "very hard to wake" for adults (a reviewer recalls "difficult to wake" from the NHS list for children).',
  },
  // Emergency: on the breast, a deep, fast infection.
  'skin-damage': {
    sources: ['nice-ng51'],
    note: 'NICE NG51 lists mottled or ashen skin among high-risk features of sepsis, not black, blistered or numb breast skin as such. guidance.md v2 also attributes this sign to hospital handouts on the mastitis spectrum; no named handout was checked for it, so none is cited: to confirm at sign-off.',
  },
  'fast-spreading': { sources: ['gloucestershire-pathway'] },
  // Urgent care, within hours.
  'very-unwell': { sources: ['nhs-sepsis'] },
  'racing-heart': { sources: ['nhs-sepsis', 'gloucestershire-pathway'] },
  'low-temperature': {
    sources: ['nhs-sepsis'],
    note: 'NEWS2 scores 35.0 °C or lower as a single red parameter; the cited public source is the NHS sepsis page (a very low temperature can be sepsis).',
  },
  'weak-immune': { sources: ['gloucestershire-pathway'] },
  'baby-unwell': { sources: ['nice-ng194'] },
  'after-birth': { sources: ['nice-ng194'] },
  // See a provider today.
  'fever': { sources: ['nhs-mastitis', 'nice-cks-mastitis'] },
  'red-streaks': { sources: ['nhs-mastitis', 'gloucestershire-pathway'] },
  'pus': { sources: ['gloucestershire-pathway', 'nice-cks-mastitis'] },
  'infected-nipple': { sources: ['nice-cks-mastitis'] },
  'both-breasts': { sources: ['llli-gb'] },
  'no-improvement': { sources: ['nice-cks-mastitis'] },
  'antibiotics-not-working': { sources: ['nice-cks-mastitis', 'abm-36'] },
  'abscess': { sources: ['abm-36', 'llli-gb'] },
  'young-baby': {
    sources: [],
    note: 'guidance.md v2 attributes this to "hospital handouts" without naming one; no named handout was checked for it: flagged for the clinical sign-off.',
  },
  'not-breastfeeding': { sources: ['nhs-mastitis', 'nice-cks-mastitis'] },
  'implants': { sources: ['lothian-implant-pathway'] },
  // Book an appointment.
  'persistent-lump': { sources: ['nice-ng12'] },
  'recurring-lump': {
    sources: [],
    note: 'guidance.md v2 keeps this sign from the clinical review without naming a published source: flagged for the clinical sign-off.',
  },
  'skin-changes': { sources: ['nice-ng12'] },
  // Not a warning sign: the outcome of its own.
  'no-lump': {
    sources: ['article-kellymom', 'abm-36'],
    note: 'What a clog feels like (KellyMom via the article; ABM #36). Outside that, the checker does not offer self-care.',
  },
} as const satisfies Record<ReasonId, ReasonSources>;
