import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { ANSWER_LABELS, SCREEN_TEXTS, SIGNS_TEXT } from '../../content/screen-texts.js';
import { screenById } from '../../content/screens.js';
import type { NumberFormatter } from '../../content/units.js';
import { REASON_TEXTS } from '../../content/warning-sign-texts.js';
import { numberFormatter } from '../../internal/format.js';
import { countedAnswers, screenChoice, type CheckerScreen, type Flow } from '../../triage/index.js';

/** What the reader answered on a screen, in words: the signs she ticked, "None of these", or an option. */
function answerText(screen: CheckerScreen, flow: Flow, format: NumberFormatter, lang: string): string | undefined {
  const answers = flow.answers;
  if (screen.kind === 'question') {
    const answer = answers[screen.item];
    return answer && ANSWER_LABELS[answer]();
  }
  const choice = screenChoice(screen, answers);
  if (choice === 'none') return SIGNS_TEXT.none();
  if (choice === 'not-sure') return SIGNS_TEXT.notSure();
  const ticked = screen.items.filter((item) => answers[item] === 'yes').map((item) => REASON_TEXTS[item](format));
  return ticked.length ? new Intl.ListFormat(lang, { type: 'unit' }).format(ticked) : undefined;
}

export interface AnswerSummary {
  readonly flow: Flow;
  readonly lang: string;
  /** The result's heading, as the reader saw it. */
  readonly resultText: string;
  onCopy(text: string): void;
}

/**
 * The summary of the answers a reader can copy or print for a clinician: each screen she saw and
 * her answer in words, the reading, and the result. Nothing of it is stored or sent.
 */
export function answerSummary({ flow, lang, resultText, onCopy }: AnswerSummary) {
  const format = numberFormatter(lang);
  const rows = flow.path.slice(0, flow.index + 1).flatMap((id) => {
    const answer = answerText(screenById(id), flow, format, lang);
    return answer ? [{ question: SCREEN_TEXTS[id].question(format), answer }] : [];
  });
  const celsius = countedAnswers(flow).temperatureCelsius;
  const reading = celsius === undefined ? undefined : format.temperature(celsius, 'c', 1);
  const title = msg('Summary for your doctor or midwife', { desc: 'Checker: heading of the answers summary a reader can copy or print.' });
  const temperatureLabel = msg('Temperature', { desc: 'Checker summary: label of the temperature reading.' });
  const resultLabel = msg('Result', { desc: 'Checker summary: label of the result level.' });
  const plain = [
    title,
    ...rows.map((row) => `${row.question}\n${row.answer}`),
    ...(reading ? [`${temperatureLabel}\n${reading}`] : []),
    `${resultLabel}\n${resultText}`,
  ].join('\n\n');
  return html`<details class="summary" part="summary">
    <summary>${title}</summary>
    <dl>
      ${rows.map((row) => html`<dt>${row.question}</dt><dd>${row.answer}</dd>`)}
      ${reading ? html`<dt>${temperatureLabel}</dt><dd>${reading}</dd>` : nothing}
      <dt>${resultLabel}</dt><dd>${resultText}</dd>
    </dl>
    <div class="nav">
      <button class="secondary" @click=${() => onCopy(plain)}>${msg('Copy', { desc: 'Checker summary: copy to the clipboard.' })}</button>
      <button class="secondary" @click=${() => window.print()}>${msg('Print', { desc: 'Checker summary: print.' })}</button>
    </div>
  </details>`;
}
