import { html } from 'lit';
import { msg, str } from '@lit/localize';
import { SOURCE_NAMES } from '../../content/source-names.js';
import { ARTICLE, ARTICLE_TECHNIQUES, type ArticleTechnique, type TechniqueStatus } from '../../content/techniques.js';
import type { NumberFormatter } from '../../content/units.js';

// Read through the interface, as any renderer would, not as the literal tuple.
const techniques: readonly ArticleTechnique[] = ARTICLE_TECHNIQUES;

function statusLabel(status: TechniqueStatus): string {
  switch (status) {
    case 'kept':
      return msg('Still advised', { desc: 'Stepper, older advice: a technique current guidance keeps.' });
    case 'changed':
      return msg('Changed', { desc: 'Stepper, older advice: a technique current guidance changes.' });
    case 'advised-against':
      return msg('No longer advised', { desc: 'Stepper, older advice: a technique current guidance advises against.' });
  }
}

/** The article's title as published, its *starred* word in italics; a proper name, never translated. */
function articleTitle() {
  const parts = ARTICLE.title.split('*');
  return html`<cite>${parts.map((part, index) => (index % 2 ? html`<em>${part}</em>` : part))}</cite>`;
}

/**
 * What the older article advised and what became of it, technique by technique, under the step
 * of older advice (guidance.md: "show this to readers"). Closed until the reader opens it.
 */
export function renderArticleChanges(format: NumberFormatter) {
  return html`<details class="changes">
    <summary>${msg('What has changed since older advice', { desc: 'Stepper: control that shows how older advice compares with today\'s.' })}</summary>
    <p>
      ${msg(html`From the article ${articleTitle()} (${SOURCE_NAMES[ARTICLE.source]()}), and the experts it quotes, with what current guidance says today.`, {
        desc: 'Stepper, older advice: introduces the list. The first placeholder is the article\'s English title (leave it), the second its publisher.',
      })}
    </p>
    <ul>
      ${techniques.map((technique) => {
        const who = SOURCE_NAMES[technique.advisedBy]();
        const before = technique.article(format);
        const today = technique.now(format);
        return html`<li class="status-${technique.status}">
          <p class="kind">${statusLabel(technique.status)}</p>
          <p>${msg(str`Older advice, from ${who}: ${before}`, { desc: 'Stepper: what the older article advised, and who in it advised it (a source name).' })}</p>
          <p>${msg(str`Today: ${today}`, { desc: 'Stepper: what current guidance says instead.' })}</p>
          <p class="why">${technique.reason(format)}</p>
        </li>`;
      })}
    </ul>
  </details>`;
}
