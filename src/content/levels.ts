/** How urgently a reader should seek care, least urgent first. Order matters: triage compares indexes. */
export const LEVELS = ['self-care', 'see-provider', 'see-provider-today', 'emergency'] as const;
export type Level = (typeof LEVELS)[number];

/** The levels at which the reader should get help; each has a group of warning signs. */
export type CareLevel = Exclude<Level, 'self-care'>;
