/**
 * clog-widgets: registers every element and exports the public API.
 * Elements not built yet are added here as they land.
 */
export { ClogChecker } from './components/checker/define.js';
export { ClogMassageStepper } from './components/massage-stepper/define.js';
export { ClogRedFlagBanner } from './components/red-flag-banner/define.js';
export { setLocale, getLocale, allLocales } from './localization.js';
export type { LocaleCode } from './localization.js';
export { LEVELS, type Level } from './content/levels.js';
export { REASON_IDS, type ReasonId } from './content/warning-signs.js';
export { THEMES, type Theme } from './internal/clog-element.js';
export type { ClogCompleteEvent, ClogResultEvent, ClogRestartEvent, ClogStepChangeEvent } from './events.js';
