import { css } from 'lit';

export const bannerStyles = css`
  .intro {
    color: var(--_text);
  }

  .group {
    margin-block: 0.75rem;
  }

  .group [role='heading'] {
    font-size: 1.05rem;
    margin-block-end: 0.25rem;
  }

  .action {
    font-weight: 600;
  }

  .group ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }

  .group li + li {
    margin-block-start: 0.25rem;
  }

  .matched {
    font-weight: 700;
  }

  .match-label {
    display: inline-block;
    margin-inline-end: 0.4rem;
    padding: 0 0.4rem;
    border: 1px solid currentColor;
    border-radius: 4px;
    font-size: 0.8rem;
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
