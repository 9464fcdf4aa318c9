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
  color-scheme: dark;
`;

/**
 * Theme tokens and base rules every widget shares. Publishers theme with the documented
 * `--clog-*` properties; the private `--_*` ones hold the resolved value for each theme.
 */
export const sharedStyles = css`
  :host {
    display: block;
    --_font: var(--clog-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
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
    --_space: var(--clog-space, 1rem);
    font-family: var(--_font);
    font-size: var(--clog-font-size, 1rem);
    line-height: 1.5;
    color: var(--_text);
    color-scheme: light;
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

  .root {
    /* At 200% zoom on a phone a long word is wider than the column: break it, hyphenated where the language allows. */
    overflow-wrap: anywhere;
    hyphens: auto;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }

  [role='heading'] {
    margin: 0 0 0.5rem;
    font-size: 1.25rem;
    line-height: 1.3;
    font-weight: 700;
  }

  p,
  ul {
    margin: 0 0 0.75rem;
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
    padding: 0.5rem 1rem;
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
    gap: 0.5rem;
  }

  /* A box tinted by urgency: banner groups, checker results, the stepper's "advised against" step. */
  .tinted {
    padding: 0.75rem 1rem;
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
    padding-top: 0.75rem;
    border-top: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.875rem;
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
