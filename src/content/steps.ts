import { CARE_STEPS } from './care-steps.js';
import { GET_HELP_STEP } from './get-help-step.js';
import { OLDER_ADVICE_STEP } from './older-advice-step.js';
import type { Step } from './step.js';

export type { Step } from './step.js';

/**
 * Self-care for a clogged duct, in reading order, following current guidance (ABM Protocol #36,
 * 2022, with the NHS and NICE CKS where they agree) rather than the older article it replaces;
 * ARTICLE_TECHNIQUES (techniques.ts) maps each of the article's techniques to the step that now
 * covers it. The steps themselves live by kind: care-steps.ts, older-advice-step.ts, get-help-step.ts.
 *
 * Rules for every step's text: the protocol's model of a clog (swelling around the ducts, not a
 * plug of milk) is disputed (Douglas 2023; NHS pages still describe a build-up of milk), so it is
 * always said as what "current guidance (2022) describes", never as fact. No text gives a medicine
 * dose. Short, warm sentences: the reader is in pain and may be holding a baby.
 */
export const STEPS = [...CARE_STEPS, OLDER_ADVICE_STEP, GET_HELP_STEP] as const satisfies readonly Step[];

export type StepId = (typeof STEPS)[number]['id'];
