import { css } from 'lit';

export const bannerStyles = css`
  .intro {
    color: var(--_text);
  }

  /*
   * A group is laid out only once it comes near the viewport: the whole banner is four screens of
   * text on a phone, and laying it out at once cost a phone-speed CPU a task of about 50 ms. Until
   * then it keeps an estimate of its height (an English group's average on a phone), then its real
   * one. Still found by find-in-page and read by screen readers; printed in full.
   */
  .group {
    margin-block: 0.75em;
    content-visibility: auto;
    contain-intrinsic-block-size: auto 42em;
  }

  @media print {
    .group {
      content-visibility: visible;
    }
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
