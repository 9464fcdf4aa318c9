import { html } from 'lit';
import { msg, str } from '@lit/localize';
import { REVIEWED_AGAINST } from '../content/reviewed.js';
import { SOURCE_NAMES } from '../content/source-names.js';
import { formatDate, formatList } from './format.js';

/**
 * The not-a-diagnosis line and the "reviewed against" line every widget ends with. A plain block,
 * not a <footer>: in a shadow root that becomes a page landmark, and an article has its own.
 */
export function aboutNote(locale: string) {
  const sources = formatList(
    REVIEWED_AGAINST.sources.map((id) => SOURCE_NAMES[id]()),
    locale,
  );
  const date = formatDate(REVIEWED_AGAINST.date, locale);
  return html`<div class="about" part="about">
    <p>
      ${msg('This is general information, not a diagnosis. If you are worried, trust yourself and ask a health professional.', {
        desc: 'Disclaimer under every widget.',
      })}
    </p>
    <p class="reviewed">
      ${msg(str`Checked against ${sources} on ${date}.`, {
        desc: 'Under every widget: the clinical sources the content follows (names, untranslated) and the date of the last review.',
      })}
    </p>
  </div>`;
}
