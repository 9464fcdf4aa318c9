/**
 * clog-widgets/jsx: the three tags for JSX in TypeScript, with their attributes (literal unions,
 * named as in HTML) and typed event props (`onclog-result`, as React 19 and Preact name them).
 * In any file of the project:
 *
 *     import type {} from 'clog-widgets/jsx';
 *
 * Gives the tags to React 19's JSX, Preact's and the global JSX namespace. A framework that is not
 * installed is skipped: in a declaration file, an augmentation of a module that cannot be found is
 * ignored. React 18 passes every prop to a custom element as a string attribute and cannot listen
 * to its events: use clog-widgets/react there.
 */
import type { ClogChecker, ClogMassageStepper, ClogRedFlagBanner } from '../dist/lib/classes.js';
import type { ClogElementProps } from '../dist/lib/attributes.js';

export type * from '../dist/lib/attributes.js';

/**
 * The global JSX namespace knows no framework, so props are loose where frameworks differ (style,
 * ref, children): React 18's types make React's JSX extend the global one, so React's props for
 * a tag must fit these.
 */
interface GlobalJSXProps {
  id?: string;
  class?: string;
  slot?: string;
  lang?: string;
  dir?: string;
  hidden?: boolean;
  style?: unknown;
  ref?: unknown;
  key?: unknown;
  children?: unknown;
}

/** React's props for an element (ref, key, className, style, children…). */
type ReactProps<Element> = import('react').DetailedHTMLProps<import('react').HTMLAttributes<Element>, Element>;

declare global {
  namespace JSX {
    interface IntrinsicElements {
      'clog-checker': ClogElementProps['clog-checker'] & GlobalJSXProps;
      'clog-massage-stepper': ClogElementProps['clog-massage-stepper'] & GlobalJSXProps;
      'clog-red-flag-banner': ClogElementProps['clog-red-flag-banner'] & GlobalJSXProps;
    }
  }
}

// Names inside these blocks are written as import('…') types: a framework that is installed but
// not part of the project's program (React beside a Preact project) must not break it.
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'clog-checker': ClogElementProps['clog-checker'] & ReactProps<ClogChecker>;
      'clog-massage-stepper': ClogElementProps['clog-massage-stepper'] & ReactProps<ClogMassageStepper>;
      'clog-red-flag-banner': ClogElementProps['clog-red-flag-banner'] & ReactProps<ClogRedFlagBanner>;
    }
  }
}

// Preact 11 exports its DOM attribute types from the package (`import('preact').HTMLAttributes`).
declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'clog-checker': ClogElementProps['clog-checker'] & import('preact').HTMLAttributes<ClogChecker>;
      'clog-massage-stepper': ClogElementProps['clog-massage-stepper'] & import('preact').HTMLAttributes<ClogMassageStepper>;
      'clog-red-flag-banner': ClogElementProps['clog-red-flag-banner'] & import('preact').HTMLAttributes<ClogRedFlagBanner>;
    }
  }
}
