import { css } from 'lit';

// One set of dark values, used by theme="dark" and by theme="auto" on a dark system.
const darkTokens = css`
  --_text: var(--clog-color-text, #eceef1);
  --_muted: var(--clog-color-muted, #b9bfc7);
  --_bg: var(--clog-color-background, #1c1e22);
  --_border: var(--clog-color-border, #4a5059);
  --_accent: var(--clog-color-accent, #9cc3ff);
  --_focus: var(--clog-color-focus, #9cc3ff);
  --_emergency: var(--clog-color-emergency, #ffb3ad);
  --_emergency-bg: var(--clog-color-emergency-background, #3d1815);
  --_urgent: var(--clog-color-urgent, #ffb0c8);
  --_urgent-bg: var(--clog-color-urgent-background, #3a1622);
  --_today: var(--clog-color-today, #ffc48a);
  --_today-bg: var(--clog-color-today-background, #382812);
  --_appointment: var(--clog-color-appointment, #9cc3ff);
  --_appointment-bg: var(--clog-color-appointment-background, #172a42);
  --_scheme: dark;
`;

/**
 * Theme tokens and base rules every widget shares. Publishers theme with the documented
 * `--clog-*` properties; the private `--_*` ones hold the resolved value for each theme.
 */
export const sharedStyles = css`
  /*
   * Tokens only on the host. A page's rules on the element itself beat :host (even "all: unset"),
   * but they cannot reach the wrapper inside the shadow root, so what the reader sees is set there.
   */
  :host {
    display: block;
    /* The smallest text the widgets draw, whatever the page's root size: body text never below it. */
    --_min-text: 14px;
    --_text: var(--clog-color-text, #1f2328);
    --_muted: var(--clog-color-muted, #4d535b);
    --_bg: var(--clog-color-background, #ffffff);
    --_border: var(--clog-color-border, #c9ced6);
    --_accent: var(--clog-color-accent, #1a5aa6);
    --_focus: var(--clog-color-focus, #1a5aa6);
    --_emergency: var(--clog-color-emergency, #b3261e);
    --_emergency-bg: var(--clog-color-emergency-background, #fdeceb);
    --_urgent: var(--clog-color-urgent, #a0234a);
    --_urgent-bg: var(--clog-color-urgent-background, #fdeef3);
    --_today: var(--clog-color-today, #9a4a00);
    --_today-bg: var(--clog-color-today-background, #fff3e3);
    --_appointment: var(--clog-color-appointment, #1a5aa6);
    --_appointment-bg: var(--clog-color-appointment-background, #edf3fb);
    --_radius: var(--clog-radius, 12px);
    --_space: var(--clog-space, 1em);
    --_scheme: light;
  }

  :host([theme='dark']) {
    ${darkTokens}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
    }
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  /*
   * The wrapper every widget draws in (part "base"). Sizes follow the text around the element
   * (1em of the host: the article's body text, not the page's root), never below --_min-text;
   * every size inside is in em of this. The font is the article's own unless --clog-font-family
   * is set (no fallback: an unset variable makes the family inherit). Inherited properties a page
   * sets on body or on the element and that would harm the widget are reset here; direction comes
   * from the dir attribute the element sets for its language.
   */
  .root {
    font-family: var(--clog-font-family);
    font-size: max(var(--_min-text), var(--clog-font-size, 1em));
    font-style: normal;
    font-weight: 400;
    font-variant: normal;
    font-feature-settings: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    word-break: normal;
    writing-mode: horizontal-tb;
    cursor: auto;
    color: var(--_text);
    color-scheme: var(--_scheme);
    /* At 200% zoom on a phone a long word is wider than the column: break it, hyphenated where the language allows. */
    overflow-wrap: anywhere;
    hyphens: auto;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }

  [role='heading'] {
    margin: 0 0 0.4em;
    font-size: 1.25em;
    line-height: 1.3;
    font-weight: 700;
  }

  p,
  ul {
    margin: 0 0 0.75em;
  }

  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }

  a,
  button,
  summary {
    min-height: 24px;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  button {
    font: inherit;
    min-block-size: 44px;
    padding: 0.5em 1em;
    border-radius: calc(var(--_radius) / 1.5);
    cursor: pointer;
  }

  button:disabled {
    cursor: default;
    opacity: 0.6;
  }

  .primary {
    border: 2px solid var(--_accent);
    background: var(--_accent);
    color: var(--_bg);
    font-weight: 600;
  }

  .secondary {
    border: 1px solid var(--_border);
    background: transparent;
    color: var(--_accent);
  }

  /* Every "show more" control: the banner's list, the checker's summary, the stepper's older advice. */
  details > summary {
    display: flex;
    align-items: center;
    min-block-size: 44px;
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
  }

  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  /* A box tinted by urgency: banner groups, checker results, the stepper's "advised against" step. */
  .tinted {
    padding: 0.75em 1em;
    border: 1px solid var(--_tone);
    border-inline-start-width: 6px;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_tone-bg);
  }

  .tone-emergency {
    --_tone: var(--_emergency);
    --_tone-bg: var(--_emergency-bg);
  }

  .tone-urgent-care {
    --_tone: var(--_urgent);
    --_tone-bg: var(--_urgent-bg);
  }

  .tone-see-provider-today {
    --_tone: var(--_today);
    --_tone-bg: var(--_today-bg);
  }

  .tone-see-provider {
    --_tone: var(--_appointment);
    --_tone-bg: var(--_appointment-bg);
  }

  .tone-self-care {
    --_tone: var(--_border);
    --_tone-bg: transparent;
  }

  .about {
    margin-top: var(--_space);
    padding-top: 0.75em;
    border-top: 1px solid var(--_border);
    color: var(--_muted);
    font-size: max(var(--_min-text), 0.875em);
  }

  .about p:last-child {
    margin-bottom: 0;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;
