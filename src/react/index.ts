/**
 * clog-widgets/react: the three elements as React components, made with @lit/react, for React 18
 * and 19. Props are the elements' properties in camelCase (`compact={false}` means not compact,
 * which React 18 cannot say to a custom element's attribute), and each clog-* event has an `on…`
 * prop. Importing this module registers the three tags.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { ClogChecker as ClogCheckerElement } from '../components/checker/define.js';
import { ClogMassageStepper as ClogMassageStepperElement } from '../components/massage-stepper/define.js';
import { ClogRedFlagBanner as ClogRedFlagBannerElement } from '../components/red-flag-banner/define.js';
import type { ClogCompleteEvent, ClogRestartEvent, ClogResultEvent, ClogStepChangeEvent } from '../events.js';

/** `<clog-checker>`: `onResult` gets `{ level, reasons }` in `event.detail`; `onRestart` fires on "Start again". */
export const ClogChecker = createComponent({
  react: React,
  tagName: 'clog-checker',
  elementClass: ClogCheckerElement,
  events: {
    onResult: 'clog-result' as EventName<ClogResultEvent>,
    onRestart: 'clog-restart' as EventName<ClogRestartEvent>,
  },
  displayName: 'ClogChecker',
});

/** `<clog-massage-stepper>`: `onStepChange` gets `{ step, total }`; `onComplete` fires on Done. */
export const ClogMassageStepper = createComponent({
  react: React,
  tagName: 'clog-massage-stepper',
  elementClass: ClogMassageStepperElement,
  events: {
    onStepChange: 'clog-step-change' as EventName<ClogStepChangeEvent>,
    onComplete: 'clog-complete' as EventName<ClogCompleteEvent>,
  },
  displayName: 'ClogMassageStepper',
});

/** `<clog-red-flag-banner>`: fires no events. */
export const ClogRedFlagBanner = createComponent({
  react: React,
  tagName: 'clog-red-flag-banner',
  elementClass: ClogRedFlagBannerElement,
  displayName: 'ClogRedFlagBanner',
});

export type { ClogCompleteEvent, ClogRestartEvent, ClogResultEvent, ClogStepChangeEvent } from '../events.js';
