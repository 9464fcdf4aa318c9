import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { SOURCE_NAMES } from '../../content/source-names.js';
import type { Step } from '../../content/steps.js';
import type { NumberFormatter } from '../../content/units.js';
import { renderArticleChanges } from './article-changes.js';
import { formatList } from '../../internal/format.js';

function kindLabel(step: Step): string {
  switch (step.kind) {
    case 'reassure':
      return msg('Good to know', { desc: 'Stepper: label on a step that reassures the reader; nothing to do.' });
    case 'optional':
      return msg('Optional', { desc: 'Stepper: label on a step that may help but is not needed.' });
    case 'avoid':
      return msg('Now advised against', { desc: 'Stepper: label on the step listing older techniques no longer advised.' });
    case 'get-help': // its title says it
    case 'do':
      return '';
  }
}

function renderSources(step: Step, locale: string) {
  // Two sources can share a short name (the NHS mastitis and sepsis pages): name it once.
  const unique = [...new Set(step.sources.map((id) => SOURCE_NAMES[id]()))];
  const names = formatList(unique, locale);
  return html`<p class="source">${msg(str`Based on: ${names}`, { desc: 'Stepper: the sources of a step. Names are untranslated.' })}</p>`;
}

/**
 * One step as a reader reads it, under its heading: its kind, its text, the older article's
 * techniques (on the step of older advice), its countdown if the element passes one, and its
 * sources. The same in both layouts and in print, so it lives apart from the element's navigation.
 */
export function renderStepBody(step: Step, format: NumberFormatter, locale: string, timer: TemplateResult | typeof nothing = nothing) {
  const label = kindLabel(step);
  return html`${label ? html`<p class="kind">${label}</p>` : nothing}
    <p>${step.body(format)}</p>
    ${step.points ? html`<ul>${step.points.map((point) => html`<li>${point(format)}</li>`)}</ul>` : nothing}
    ${step.closing ? html`<p>${step.closing(format)}</p>` : nothing}
    ${step.kind === 'avoid' ? renderArticleChanges(format) : nothing} ${timer} ${renderSources(step, locale)}`;
}
