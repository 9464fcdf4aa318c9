import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { Level } from '../../content/levels.js';
import type { NumberFormatter } from '../../content/units.js';
import { REASON_TEXTS } from '../../content/warning-sign-texts.js';
import { reasonById, type ReasonId } from '../../content/warning-signs.js';
import type { HeadingLevel } from '../../internal/clog-element.js';
import { babyAdvice, levelAction, levelHeading, levelMeanwhile, NO_LUMP_TEXT, unsureEmergencyAdvice, type CareNumbers } from '../../internal/level-text.js';
import { dialHref } from '../../internal/phone.js';
import type { TriageResult } from '../../triage/index.js';

/** The no-lump outcome: no tender lump (or not sure) and no warning sign. */
export const isNoLump = (reasons: readonly ReasonId[]) => reasons.length > 0 && reasons.every((id) => id === 'no-lump');

/** The result's heading: the level's, or the no-lump outcome's own. */
export function resultHeading({ level, reasons }: TriageResult): string {
  return isNoLump(reasons) ? NO_LUMP_TEXT.heading() : levelHeading(level);
}

/** The one action that matters most, first: a large tap-to-call button when there is a number. */
function callButton(level: Level, numbers: CareNumbers) {
  const number = level === 'emergency' ? numbers.emergency : level === 'urgent-care' ? numbers.urgent : '';
  const href = number ? dialHref(number) : undefined;
  if (!href) return nothing;
  const shown = number.trim();
  return html`<a class="call" part="call" href=${href}>${msg(str`Call ${shown}`, { desc: 'Checker result: large tap-to-call button. The placeholder is the phone number, e.g. 911.' })}</a>`;
}

function reasonList(ids: readonly ReasonId[], intro: string, format: NumberFormatter) {
  if (!ids.length) return nothing;
  return html`<p>${intro}</p>
    <ul class="reasons">
      ${ids.map((id) => html`<li>${REASON_TEXTS[id](format)}</li>`)}
    </ul>`;
}

export interface ResultBox {
  readonly result: TriageResult;
  readonly format: NumberFormatter;
  readonly numbers: CareNumbers;
  readonly headingLevel: HeadingLevel;
  /** Offers the self-care steps on the page, when there are some and they fit. */
  readonly onStepper?: () => void;
}

/**
 * The result, leading with the action: the heading (focused after the last answer), the call,
 * what to do and how soon, advice for "not sure" and for an unwell baby, the reader's own signs,
 * what to do meanwhile, and the self-care steps when they fit.
 */
export function resultBox({ result, format, numbers, headingLevel, onStepper }: ResultBox) {
  const { level, reasons, unsure } = result;
  const noLump = isNoLump(reasons);
  const sure = reasons.filter((id) => !unsure.includes(id));
  const unsureEmergency = unsure.some((id) => reasonById(id).level === 'emergency');
  return html`<div class="result tinted tone-${level}" part="result">
    <div id="result" role="heading" aria-level=${headingLevel} tabindex="-1" class="result-heading">${resultHeading(result)}</div>
    ${callButton(level, numbers)}
    <p class="action">${noLump ? NO_LUMP_TEXT.action() : levelAction(level, format, numbers)}</p>
    ${unsureEmergency ? html`<p class="action">${unsureEmergencyAdvice(numbers)}</p>` : nothing}
    ${reasons.includes('baby-unwell') ? html`<p class="action">${babyAdvice(numbers)}</p>` : nothing}
    ${reasonList(noLump ? [] : sure, msg('Because you told us:', { desc: 'Checker result: introduces the warning signs the reader reported.' }), format)}
    ${reasonList(unsure, msg('You were not sure about:', { desc: 'Checker result: introduces the signs the reader answered "not sure" to.' }), format)}
    ${noLump ? nothing : html`<p>${levelMeanwhile(level)}</p>`}
    ${onStepper
      ? html`<button class="primary" @click=${onStepper}>
          ${msg('Show me the self-care steps', { desc: 'Checker result: button that moves to the self-care guide on the page.' })}
        </button>`
      : nothing}
  </div>`;
}
