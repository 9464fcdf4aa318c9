/**
 * clog-widgets/classes.js: the element classes and the public API, registering no tag. For scoped
 * registries and tag names of your own (`customElements.define('my-checker', ClogChecker)`).
 * The checker's result embeds `<clog-red-flag-banner>`: register ClogRedFlagBanner under that name.
 */
export { ClogChecker } from './components/checker/checker.js';
export { ClogMassageStepper, LAYOUTS, type Layout } from './components/massage-stepper/massage-stepper.js';
export { ClogRedFlagBanner } from './components/red-flag-banner/red-flag-banner.js';
export { setLocale, getLocale, allLocales } from './localization.js';
export type { LocaleCode } from './localization.js';
export { LEVELS, type Level } from './content/levels.js';
export { REASON_IDS, type ReasonId } from './content/warning-signs.js';
export { THEMES, HEADING_LEVELS, type Theme, type HeadingLevel } from './internal/clog-element.js';
export { TEMPERATURE_UNITS, type TemperatureUnit } from './content/units.js';
export type { ClogCompleteEvent, ClogResultEvent, ClogRestartEvent, ClogStepChangeEvent } from './events.js';
