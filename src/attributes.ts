/**
 * The elements' attributes and events as typed props, shared by the JSX and Vue declarations
 * (types/jsx.d.ts, types/vue.d.ts). Attribute names are written as in HTML; value types come from
 * the element classes, so a new value in a class is a new value here. Numbers may be written as
 * strings, as in HTML.
 */
import type { ClogChecker } from './components/checker/checker.js';
import type { ClogMassageStepper } from './components/massage-stepper/massage-stepper.js';
import type { ClogRedFlagBanner } from './components/red-flag-banner/red-flag-banner.js';
import type { ClogCompleteEvent, ClogRestartEvent, ClogResultEvent, ClogStepChangeEvent } from './events.js';
import type { HeadingLevel, Theme } from './internal/clog-element.js';

/** A number attribute: a number, or its text as in HTML. */
type Numeric<T extends number> = T | `${T}`;

/** What every clog-* element takes. */
export interface ClogCommonAttributes {
  /** `light`, `dark`, or `auto` to follow the reader's system setting. */
  theme?: Theme;
  /** Level of the element's main heading, 2–6. */
  'heading-level'?: Numeric<HeadingLevel>;
}

export interface ClogCheckerAttributes extends ClogCommonAttributes {
  /** Unit the temperature entry starts with, `c` or `f`; default from the page's language. */
  'temperature-unit'?: NonNullable<ClogChecker['temperatureUnit']>;
  /** The local emergency number, e.g. `911`. */
  'emergency-number'?: ClogChecker['emergencyNumber'];
  /** The local urgent-care number, e.g. `111`. */
  'urgent-number'?: ClogChecker['urgentNumber'];
  /** Your "find care" link: http(s), tel, mailto or relative. */
  'care-href'?: ClogChecker['careHref'];
  /** Text of the "find care" link. */
  'care-label'?: ClogChecker['careLabel'];
  /** The id of a `<clog-massage-stepper>` on the page, offered when self-care fits. */
  stepper?: ClogChecker['stepper'];
}

export interface ClogMassageStepperAttributes extends ClogCommonAttributes {
  /** The step on screen, 1-based. */
  step?: Numeric<ClogMassageStepper['step']>;
  /** `steps` (one at a time) or `list` (all at once). */
  layout?: ClogMassageStepper['layout'];
  /** Opt-in: remembers the step for this browser tab. */
  remember?: ClogMassageStepper['remember'];
}

export interface ClogRedFlagBannerAttributes extends ClogCommonAttributes {
  /** A one-line summary with the full list behind "Show all warning signs". */
  compact?: ClogRedFlagBanner['compact'];
  /** The local emergency number, e.g. `911`. */
  'emergency-number'?: ClogRedFlagBanner['emergencyNumber'];
  /** The local urgent-care number, e.g. `111`. */
  'urgent-number'?: ClogRedFlagBanner['urgentNumber'];
  /** Your "find care" link: http(s), tel, mailto or relative. */
  'care-href'?: ClogRedFlagBanner['careHref'];
  /** Text of the "find care" link. */
  'care-label'?: ClogRedFlagBanner['careLabel'];
  /** Space-separated warning-sign ids to mark "From your answers". */
  reasons?: ClogRedFlagBanner['reasons'];
}

/** The events each element fires, by name (their types are declared in events.ts). */
export interface ClogCheckerEvents {
  'clog-result': ClogResultEvent;
  'clog-restart': ClogRestartEvent;
}
export interface ClogMassageStepperEvents {
  'clog-step-change': ClogStepChangeEvent;
  'clog-complete': ClogCompleteEvent;
}
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the banner fires no events
export interface ClogRedFlagBannerEvents {}

/** Event props as React 19 and Preact name them for custom elements: `on` + the event's name. */
export type ClogEventProps<Events> = { [K in keyof Events & string as `on${K}`]?: (event: Events[K]) => void };

/** Each tag's own props in JSX: its attributes and event props. */
export interface ClogElementProps {
  'clog-checker': ClogCheckerAttributes & ClogEventProps<ClogCheckerEvents>;
  'clog-massage-stepper': ClogMassageStepperAttributes & ClogEventProps<ClogMassageStepperEvents>;
  'clog-red-flag-banner': ClogRedFlagBannerAttributes & ClogEventProps<ClogRedFlagBannerEvents>;
}
