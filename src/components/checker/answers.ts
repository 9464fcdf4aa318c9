import { html } from 'lit';
import { msg, str } from '@lit/localize';
import { ANSWER_LABELS, SIGNS_TEXT } from '../../content/screen-texts.js';
import { ANSWER_OPTIONS, type AnswerOption, type ItemId } from '../../content/screens.js';
import type { NumberFormatter } from '../../content/units.js';
import { REASON_TEXTS } from '../../content/warning-sign-texts.js';
import type { CheckerScreen, ScreenAnswer } from '../../triage/index.js';

/** "Question n of up to m" and its bar: the questions may end early when an answer settles the result. */
export function progress(index: number, total: number, format: NumberFormatter) {
  return html`<div class="progress" part="progress">
    <span id="progress-label">${msg(str`Question ${format.number(index + 1)} of up to ${format.number(total)}`, {
      desc: 'Checker progress. Questions may end early when an answer settles the result. Numbers already formatted.',
    })}</span>
    <progress max=${total} .value=${index + 1} aria-labelledby="progress-label"></progress>
  </div>`;
}

export interface SignsAnswers {
  readonly screen: Extract<CheckerScreen, { kind: 'signs' }>;
  readonly ticked: ReadonlySet<ItemId>;
  /** Why the last answer was not taken ("tick a sign or choose None of these"), or ''. */
  readonly problem: string;
  /** The reader's earlier choice for the whole screen, shown pressed when she comes back. */
  readonly previous?: 'none' | 'not-sure';
  readonly format: NumberFormatter;
  onToggle(item: ItemId, on: boolean): void;
  onAnswer(answer: ScreenAnswer): void;
}

/** "Do you have any of these?": each sign its own tick-box line, then Continue, None of these, Not sure. */
export function signsAnswers({ screen, ticked, problem, previous, format, onToggle, onAnswer }: SignsAnswers) {
  return html`<p class="hint">${SIGNS_TEXT.hint()}</p>
    <ul class="signs" role="list">
      ${screen.items.map(
        (item) => html`<li>
          <label class="sign" part="sign">
            <input type="checkbox" .checked=${ticked.has(item)} @change=${(event: Event) => onToggle(item, (event.target as HTMLInputElement).checked)} />
            <span>${REASON_TEXTS[item](format)}</span>
          </label>
        </li>`,
      )}
    </ul>
    <p class="error" role="alert">${problem}</p>
    <div class="answers">
      <button class="answer" part="answer" @click=${() => onAnswer({ ticked: [...ticked] })}>${SIGNS_TEXT.next()}</button>
      <button class="answer" part="answer" aria-pressed=${previous === 'none' ? 'true' : 'false'} @click=${() => onAnswer('none')}>
        ${SIGNS_TEXT.none()}
      </button>
      <button class="answer" part="answer" aria-pressed=${previous === 'not-sure' ? 'true' : 'false'} @click=${() => onAnswer('not-sure')}>
        ${SIGNS_TEXT.notSure()}
      </button>
    </div>`;
}

/** A single question's answers, Yes, No and Not sure, with her earlier answer shown pressed. */
export function yesNoAnswers(chosen: AnswerOption | undefined, onAnswer: (answer: AnswerOption) => void) {
  return html`<div class="answers">
    ${ANSWER_OPTIONS.map(
      (option) => html`<button class="answer" part="answer" aria-pressed=${chosen === option ? 'true' : 'false'} @click=${() => onAnswer(option)}>
        ${ANSWER_LABELS[option]()}
      </button>`,
    )}
  </div>`;
}
