import { css } from 'lit';

export const bannerStyles = css`
  .intro {
    color: var(--_text);
  }

  .group {
    margin-block: 0.75em;
  }

  .group [role='heading'] {
    font-size: 1.05em;
    margin-block-end: 0.25em;
  }

  .action {
    font-weight: 600;
  }

  .group ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .group li + li {
    margin-block-start: 0.25em;
  }

  .matched {
    font-weight: 700;
  }

  .match-label {
    display: inline-block;
    margin-inline-end: 0.4em;
    padding: 0 0.4em;
    border: 1px solid currentColor;
    border-radius: 4px;
    font-size: max(var(--_min-text), 0.8em);
    font-weight: 700;
    color: var(--_tone);
  }

  .care {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    font-weight: 600;
  }
`;
