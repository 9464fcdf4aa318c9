/**
 * How urgently a reader should seek care, least urgent first (../shared/guidance.md, "Levels").
 * Public ids, in this order, for the clog-result event. Order matters: triage compares indexes.
 */
export const LEVELS = ['self-care', 'see-provider', 'see-provider-today', 'urgent-care', 'emergency'] as const;
export type Level = (typeof LEVELS)[number];

/** The levels at which the reader should get help; each has a group of warning signs. */
export type CareLevel = Exclude<Level, 'self-care'>;

/** Care levels, most urgent first: the banner's groups, the reasons' order. */
export const CARE_LEVELS: readonly CareLevel[] = ['emergency', 'urgent-care', 'see-provider-today', 'see-provider'];
