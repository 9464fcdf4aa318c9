import type { SourceId } from './sources.js';
import type { NumberFormatter } from './units.js';

/**
 * - `do`: advised by current guidance.
 * - `reassure`: what a worried reader needs to know; nothing to do.
 * - `optional`: may help comfort; weak or no evidence, no harm known.
 * - `avoid`: the older techniques now advised against, and why.
 * - `get-help`: when self-care is not enough.
 */
export type StepKind = 'do' | 'reassure' | 'optional' | 'avoid' | 'get-help';

/** What a self-care step is: the shape every step file fills in (the list is in steps.ts). */
export interface Step {
  readonly id: string;
  readonly kind: StepKind;
  /** Only the sources that say this step's claims (../shared/guidance.md; citations.ts says what each supports). */
  readonly sources: readonly SourceId[];
  /** Said to a clinical reviewer when the sources need a word of explanation (docs, never readers). */
  readonly note?: string;
  /**
   * A countdown the stepper can offer: `minutes` to start from, within the advised `min`–`max`.
   */
  readonly timer?: { readonly minutes: number; readonly min: number; readonly max: number };
  /** The step's heading, in the active locale. */
  title(format: NumberFormatter): string;
  /** A few short sentences. */
  body(format: NumberFormatter): string;
  /** Optional bullet points under the body. */
  readonly points?: readonly ((format: NumberFormatter) => string)[];
  /** Optional closing paragraph under the points. */
  readonly closing?: (format: NumberFormatter) => string;
}
