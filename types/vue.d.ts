/**
 * clog-widgets/vue: the three tags for Vue templates, so that `vue-tsc` with `strictTemplates`
 * knows them, their attributes (as in HTML: `care-href="/clinics"`, `heading-level="3"`) and their
 * events (`@clog-result="onResult"`, typed). In any file of the project:
 *
 *     import type {} from 'clog-widgets/vue';
 *
 * Vue must also be told they are custom elements (`compilerOptions.isCustomElement`): see the README.
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { ClogChecker, ClogMassageStepper, ClogRedFlagBanner } from '../dist/lib/classes.js';
import type {
  ClogCheckerAttributes,
  ClogCheckerEvents,
  ClogMassageStepperAttributes,
  ClogMassageStepperEvents,
  ClogRedFlagBannerAttributes,
  ClogRedFlagBannerEvents,
} from '../dist/lib/attributes.js';

export type * from '../dist/lib/attributes.js';

/** `care-href` → `careHref`: Vue's template checker matches attributes to props in camelCase. */
type Camel<Name extends string> = Name extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : Name;
type CamelKeys<Props> = { [K in keyof Props as Camel<K & string>]: Props[K] };

/**
 * A custom element as Vue's template checker sees a component: the attributes as its props, the
 * clog-* events as what it emits. `$props` and `$emit` exist for the template checker only.
 */
type ClogVueElement<Element extends HTMLElement, Attributes, Events> = new () => Element & {
  $props: HTMLAttributes & CamelKeys<Attributes> & PublicProps;
  $emit: EmitFn<{ [K in keyof Events]: (event: Events[K]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
    'clog-checker': ClogVueElement<ClogChecker, ClogCheckerAttributes, ClogCheckerEvents>;
    'clog-massage-stepper': ClogVueElement<ClogMassageStepper, ClogMassageStepperAttributes, ClogMassageStepperEvents>;
    'clog-red-flag-banner': ClogVueElement<ClogRedFlagBanner, ClogRedFlagBannerAttributes, ClogRedFlagBannerEvents>;
  }
}
