import { css } from 'lit';

export const stepperStyles = css`
  .title {
    font-size: 1.25em;
  }

  .progress {
    margin-block: 0.5em 1em;
    color: var(--_muted);
    font-size: max(var(--_min-text), 0.875em);
  }

  .dots {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    margin: 0.375em 0 0;
    padding: 0;
    list-style: none;
  }

  .dot {
    inline-size: 32px;
    min-block-size: 32px;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: 50%;
    background: var(--_bg);
    color: var(--_text);
    font-size: max(var(--_min-text), 0.875em);
  }

  .dot[aria-current='step'] {
    border: 2px solid var(--_accent);
    background: var(--_accent);
    color: var(--_bg);
    font-weight: 700;
  }

  .step [role='heading'] {
    font-size: 1.15em;
  }

  .step ul {
    padding-inline-start: 1.25em;
  }

  .kind {
    display: inline-block;
    margin-block-end: 0.5em;
    padding: 0 0.5em;
    border: 1px solid currentColor;
    border-radius: 4px;
    font-size: max(var(--_min-text), 0.8em);
    font-weight: 700;
    color: var(--_muted);
  }

  .kind-avoid {
    --_tone: var(--_today);
    --_tone-bg: var(--_today-bg);
  }

  .kind-avoid .kind {
    color: var(--_today);
  }

  .changes ul {
    list-style: none;
    padding: 0;
  }

  .changes li {
    padding-block: 0.5em;
    border-block-start: 1px solid var(--_tone);
  }

  .changes p {
    margin-block-end: 0.25em;
  }

  .changes .why {
    color: var(--_muted);
  }

  .source {
    color: var(--_muted);
    font-size: max(var(--_min-text), 0.875em);
  }

  .timer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
    margin-block: 0.75em;
  }

  .time {
    font-size: 1.75em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    min-inline-size: 4ch;
  }

  .timer-controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .nav {
    justify-content: space-between;
    margin-block-start: 1em;
  }

  .list {
    margin: 0;
    padding-inline-start: 1.5em;
  }

  .list > li + li {
    margin-block-start: 1.25em;
  }

  .print-only {
    display: none;
  }

  @media print {
    .steps-view,
    .timer {
      display: none;
    }

    .print-only {
      display: block;
    }
  }
`;
