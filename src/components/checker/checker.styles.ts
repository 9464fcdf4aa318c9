import { css } from 'lit';

export const checkerStyles = css`
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  legend {
    inline-size: 100%;
    padding: 0;
  }

  .progress {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    margin-block-end: 1em;
    color: var(--_muted);
    font-size: max(var(--_min-text), 0.875em);
  }

  progress {
    inline-size: 100%;
    block-size: 0.5em;
    accent-color: var(--_accent);
  }

  .question-text,
  .result-heading {
    display: block;
    margin-block-end: 0.5em;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.35;
  }

  .hint {
    color: var(--_muted);
  }

  .answers {
    display: grid;
    gap: 0.5em;
    margin-block: 1em;
  }

  .answer {
    inline-size: 100%;
    min-block-size: 52px;
    border: 2px solid var(--_accent);
    background: var(--_bg);
    color: var(--_text);
    font-weight: 600;
    text-align: start;
  }

  .answer[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_bg);
  }

  .answer[aria-pressed='true']::after {
    content: ' ✓';
  }

  .nav {
    margin-block-start: 0.75em;
  }

  /* Signs the reader can tick: each its own line, the whole line a target. */
  .signs {
    display: grid;
    gap: 0.25em;
    margin-block: 0.5em 0;
    padding: 0;
    list-style: none;
  }

  .sign {
    display: flex;
    gap: 0.75em;
    align-items: flex-start;
    min-block-size: 44px;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    cursor: pointer;
  }

  .sign:has(input:checked) {
    border: 2px solid var(--_accent);
  }

  .sign input {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0.15em 0 0;
    accent-color: var(--_accent);
  }

  /* The one action that matters, first and large. */
  .call {
    display: flex;
    align-items: center;
    justify-content: center;
    min-block-size: 56px;
    margin-block: 0.5em 0.75em;
    padding: 0.5em 1em;
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_tone);
    color: var(--_bg);
    font-size: 1.25em;
    font-weight: 700;
    text-decoration: none;
  }

  .read-as {
    margin-block: 0.25em 0;
    font-weight: 600;
  }

  .read-as:empty {
    display: none;
  }

  .temperature label {
    font-weight: 600;
  }

  .temperature-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    margin-block-start: 0.25em;
  }

  input[type='text'] {
    font: inherit;
    inline-size: 7em;
    min-block-size: 44px;
    padding: 0.25em 0.5em;
    border: 1px solid var(--_muted);
    border-radius: 6px;
    background: var(--_bg);
    color: var(--_text);
  }

  input[aria-invalid='true'] {
    border: 2px solid var(--_emergency);
  }

  .units {
    display: flex;
    gap: 0.25em;
  }

  .unit {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    min-block-size: 44px;
    padding-inline: 0.5em;
    font-weight: 400;
    cursor: pointer;
  }

  .unit span {
    white-space: nowrap;
  }

  .unit input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
  }

  .error {
    margin-block: 0.25em 0;
    color: var(--_emergency);
    font-weight: 600;
  }

  .error:empty {
    display: none;
  }

  .action {
    font-weight: 600;
  }

  .reasons {
    padding-inline-start: 1.25em;
  }

  /* The banner inside takes the checker's size as its own, rather than scaling it once more. */
  clog-red-flag-banner {
    --clog-font-size: 1em;
    margin-block: 1em;
  }

  /* The checker ends with its own not-a-diagnosis note; one is enough. */
  clog-red-flag-banner::part(about) {
    display: none;
  }

  dl {
    margin: 0.5em 0;
  }

  dt {
    font-weight: 600;
  }

  dd {
    margin: 0 0 0.5em;
  }

  @media print {
    .nav,
    .progress,
    clog-red-flag-banner {
      display: none;
    }
  }
`;
