import type { SourceId } from './sources.js';

/** What the widgets' content was last checked against, shown under every widget. */
export const REVIEWED_AGAINST: { readonly sources: readonly SourceId[]; readonly date: string } = {
  sources: ['abm-36', 'nhs-mastitis', 'nice-cks-mastitis', 'llli-gb'],
  date: '2026-11-24',
};
