import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { ANSWER_LABELS, QUESTIONS, TEMPERATURE_TEXT, type AnswerOption, type QuestionId } from '../../content/questions.js';
import { WARNING_SIGNS } from '../../content/warning-signs.js';
import { emit } from '../../events.js';
import { aboutNote } from '../../internal/about.js';
import { ClogElement } from '../../internal/clog-element.js';
import { numberFormatter } from '../../internal/format.js';
import { levelAction, levelHeading } from '../../internal/level-text.js';
import { oneOf } from '../../internal/validate.js';
import { warnOnce } from '../../internal/warn.js';
import { pageLanguage } from '../../localization.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { isFinished, nextQuestion, parseTemperature, TEMPERATURE_QUESTION, TEMPERATURE_UNITS, triage } from '../../triage/index.js';
import type { Answers, TemperatureReading, TemperatureUnit } from '../../triage/index.js';
import '../red-flag-banner/define.js';
import { checkerStyles } from './checker.styles.js';

// Regions that read body temperature in °F; everywhere else uses °C.
const FAHRENHEIT_REGIONS = ['US', 'LR', 'BS', 'BZ', 'KY', 'PW', 'FM', 'MH'];

function defaultUnit(): TemperatureUnit {
  try {
    const region = new Intl.Locale(pageLanguage()).maximize().region;
    return region && FAHRENHEIT_REGIONS.includes(region) ? 'f' : 'c';
  } catch {
    return 'c';
  }
}

const questionById = (id: QuestionId) => QUESTIONS.find((question) => question.id === id) ?? QUESTIONS[0];

/**
 * A symptom checker for a painful breast lump while breastfeeding: one question per screen,
 * warning signs first, and a clear answer on where to seek care. Never a diagnosis.
 *
 * Any warning sign ends the questions at once. "Not sure" counts as yes. Answers stay in memory:
 * nothing is stored or sent.
 *
 * @summary Symptom checker: a few questions, then where to seek care and how soon.
 * @tag clog-checker
 *
 * @fires {ClogResultEvent} clog-result - A result is shown. `detail: { level, reasons }`, ids only.
 * @fires {ClogRestartEvent} clog-restart - The reader chose "Start again".
 *
 * @csspart base - The box around the checker.
 * @csspart progress - "Question n of m" and its bar.
 * @csspart question - The question heading.
 * @csspart answer - Each answer button.
 * @csspart temperature - The optional temperature entry.
 * @csspart result - The result screen.
 * @csspart banner - The embedded `<clog-red-flag-banner>`.
 * @csspart summary - The summary of answers for a clinician.
 * @csspart nav - The Back and Start again buttons.
 * @csspart about - The not-a-diagnosis and "checked against" lines.
 */
export class ClogChecker extends ClogElement {
  static override styles = [sharedStyles, checkerStyles];

  /** Unit of the temperature entry, `c` or `f`. Default: from the page's language and region (°F for en-US). */
  @property({ attribute: 'temperature-unit' }) temperatureUnit?: TemperatureUnit;

  /** The local emergency number, e.g. `911` or `112`. Without it the result says "your local emergency number". */
  @property({ attribute: 'emergency-number' }) emergencyNumber = '';

  /** The publisher's own "find care" link: http(s), tel, mailto or relative. Anything else is ignored. */
  @property({ attribute: 'care-href' }) careHref = '';

  /** Text of the "find care" link. */
  @property({ attribute: 'care-label' }) careLabel = '';

  /** The id of a `<clog-massage-stepper>` on the page, offered when self-care fits. */
  @property() stepper = '';

  /** Every answer given, including ones past the current question after going Back. */
  @state() private answers: Answers = {};
  /** The questions shown so far, in order; `index` is the one on screen. */
  @state() private path: QuestionId[] = [QUESTIONS[0].id];
  @state() private index = 0;
  @state() private showingResult = false;
  @state() private temperatureText = '';
  /** The reader's own choice of unit; until she chooses, the attribute or locale decides. */
  @state() private chosenUnit?: TemperatureUnit;
  @state() private temperatureProblem?: TemperatureReading;
  @state() private announcement = '';

  /** Focus moves only after the reader acts, never on page load. */
  private focusAfterUpdate?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('temperatureUnit') && this.temperatureUnit !== undefined) {
      oneOf(this.temperatureUnit, TEMPERATURE_UNITS, defaultUnit(), '<clog-checker> temperature-unit');
    }
  }

  protected override updated(): void {
    if (!this.focusAfterUpdate) return;
    this.renderRoot.querySelector<HTMLElement>(this.focusAfterUpdate)?.focus();
    this.focusAfterUpdate = undefined;
  }

  private get unit(): TemperatureUnit {
    if (this.chosenUnit) return this.chosenUnit;
    if (this.temperatureUnit && (TEMPERATURE_UNITS as readonly string[]).includes(this.temperatureUnit)) return this.temperatureUnit;
    return defaultUnit();
  }

  /** The answers on the path up to and including question `index`: what counts now. */
  private answersUpTo(index: number): Answers {
    const counted: Answers = {};
    for (const id of this.path.slice(0, index + 1)) {
      const answer = this.answers[id];
      if (answer !== undefined) counted[id] = answer;
      if (id === TEMPERATURE_QUESTION && this.answers.temperatureCelsius !== undefined) {
        counted.temperatureCelsius = this.answers.temperatureCelsius;
      }
    }
    return counted;
  }

  private answer(option: AnswerOption): void {
    const question = questionById(this.path[this.index]);
    const answers: Answers = { ...this.answers, [question.id]: option };
    if ('temperature' in question) {
      const reading = parseTemperature(this.temperatureText, this.unit);
      if (!reading.ok && reading.error !== 'empty') {
        // No result from a reading we cannot trust: the reader fixes it or clears the field.
        this.temperatureProblem = reading;
        this.focusAfterUpdate = '#temperature';
        return;
      }
      this.temperatureProblem = undefined;
      if (reading.ok) answers.temperatureCelsius = reading.celsius;
      else delete answers.temperatureCelsius;
    }
    this.answers = answers;

    const counted = this.answersUpTo(this.index);
    const next = isFinished(counted) ? undefined : nextQuestion(counted);
    if (next) {
      this.path = [...this.path.slice(0, this.index + 1), next.id];
      this.index += 1;
      this.focusAfterUpdate = '#question';
      return;
    }
    this.showingResult = true;
    this.focusAfterUpdate = '#result';
    const result = triage(counted);
    this.announcement = levelHeading(result.level);
    emit(this, 'clog-result', { level: result.level, reasons: [...result.reasons] });
  }

  private back(): void {
    if (this.showingResult) this.showingResult = false;
    else if (this.index > 0) this.index -= 1;
    this.announcement = '';
    this.focusAfterUpdate = '#question';
  }

  private restart(): void {
    this.answers = {};
    this.path = [QUESTIONS[0].id];
    this.index = 0;
    this.showingResult = false;
    this.temperatureText = '';
    this.temperatureProblem = undefined;
    this.announcement = '';
    this.focusAfterUpdate = '#question';
    emit(this, 'clog-restart', {});
  }

  private openStepper(): void {
    const target = this.findStepper();
    if (!target) return;
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ behavior: smooth ? 'smooth' : 'auto', block: 'start' });
    target.focus({ preventScroll: true });
  }

  private findStepper(): HTMLElement | undefined {
    if (!this.stepper) return undefined;
    const root = this.getRootNode() as Document | ShadowRoot;
    const target = root.getElementById(this.stepper);
    if (!target) warnOnce(`stepper=${this.stepper}`, `<clog-checker> stepper="${this.stepper}": no element with that id on the page.`);
    return target ?? undefined;
  }

  private renderTemperature() {
    const format = numberFormatter(this.locale.lang);
    const problem = this.temperatureProblem;
    let message = '';
    if (problem && !problem.ok) {
      message =
        problem.error === 'implausible'
          ? problem.plausibleAs
            ? TEMPERATURE_TEXT.otherUnit(problem.plausibleAs)
            : TEMPERATURE_TEXT.implausible(format, this.unit)
          : TEMPERATURE_TEXT.notANumber(format);
    }
    return html`<div class="temperature" part="temperature">
      <label for="temperature">${TEMPERATURE_TEXT.label()}</label>
      <div class="temperature-row">
        <input
          id="temperature"
          type="text"
          inputmode="decimal"
          autocomplete="off"
          .value=${this.temperatureText}
          aria-invalid=${message ? 'true' : 'false'}
          aria-describedby="temperature-message"
          @input=${(event: InputEvent) => {
            this.temperatureText = (event.target as HTMLInputElement).value;
            this.temperatureProblem = undefined;
          }}
        />
        <fieldset class="units">
          <legend class="visually-hidden">${msg('Unit', { desc: 'Checker: hidden label of the °C/°F choice.' })}</legend>
          ${TEMPERATURE_UNITS.map(
            (unit) => html`<label class="unit">
              <input
                type="radio"
                name="unit"
                .checked=${this.unit === unit}
                @change=${() => {
                  this.chosenUnit = unit;
                  this.temperatureProblem = undefined;
                }}
              />
              <span>${format.unitSymbol(unit)}</span>
            </label>`,
          )}
        </fieldset>
      </div>
      <p id="temperature-message" class="error" role="alert">${message}</p>
    </div>`;
  }

  private renderQuestion() {
    const format = numberFormatter(this.locale.lang);
    const question = questionById(this.path[this.index]);
    const chosen = this.answers[question.id];
    const number = format.number(this.index + 1);
    const total = format.number(QUESTIONS.length);
    return html`<div class="progress" part="progress">
        <span id="progress-label">${msg(str`Question ${number} of up to ${total}`, {
          desc: 'Checker progress. Questions may end early when an answer settles the result. Numbers already formatted.',
        })}</span>
        <progress max=${QUESTIONS.length} .value=${this.index + 1} aria-labelledby="progress-label"></progress>
      </div>
      <fieldset class="question">
        <legend>
          <span id="question" class="question-text" role="heading" aria-level=${this.level} tabindex="-1" part="question"
            >${question.text(format)}</span
          >
        </legend>
        ${'hint' in question ? html`<p class="hint">${question.hint(format)}</p>` : nothing}
        ${'temperature' in question ? this.renderTemperature() : nothing}
        <div class="answers">
          ${question.options.map(
            (option) => html`<button
              class="answer"
              part="answer"
              aria-pressed=${chosen === option ? 'true' : 'false'}
              @click=${() => this.answer(option)}
            >
              ${ANSWER_LABELS[option]()}
            </button>`,
          )}
        </div>
      </fieldset>
      <div class="nav" part="nav">
        ${this.index > 0
          ? html`<button class="secondary" @click=${this.back}>${msg('Back', { desc: 'Checker: go to the previous question.' })}</button>`
          : nothing}
        ${this.index > 0 ? this.renderRestart() : nothing}
      </div>`;
  }

  private renderRestart() {
    return html`<button class="secondary" @click=${this.restart}>${msg('Start again', { desc: 'Checker: clear every answer.' })}</button>`;
  }

  private renderSummary(counted: Answers, resultText: string) {
    const format = numberFormatter(this.locale.lang);
    const rows = this.path.slice(0, this.index + 1).flatMap((id) => {
      const answer = counted[id];
      return answer ? [{ question: questionById(id).text(format), answer: ANSWER_LABELS[answer]() }] : [];
    });
    const celsius = counted.temperatureCelsius;
    const reading =
      celsius === undefined
        ? undefined
        : numberFormatter(this.locale.lang).temperature(celsius, 'c', 1);
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
        <button class="secondary" @click=${() => this.copy(plain)}>${msg('Copy', { desc: 'Checker summary: copy to the clipboard.' })}</button>
        <button class="secondary" @click=${() => window.print()}>${msg('Print', { desc: 'Checker summary: print.' })}</button>
      </div>
    </details>`;
  }

  private async copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.announcement = msg('Summary copied.', { desc: 'Checker: announced after the summary was copied.' });
    } catch {
      this.announcement = msg('Could not copy. Select the summary text and copy it yourself.', {
        desc: 'Checker: announced when the browser refused to copy.',
      });
    }
  }

  private renderResult() {
    const format = numberFormatter(this.locale.lang);
    const counted = this.answersUpTo(this.index);
    const { level, reasons } = triage(counted);
    const heading = levelHeading(level);
    const signs = WARNING_SIGNS.filter((sign) => (reasons as readonly string[]).includes(sign.id));
    const stepper = level === 'self-care' ? this.findStepper() : undefined;
    return html`<div class="result tinted tone-${level}" part="result">
        <div id="result" role="heading" aria-level=${this.level} tabindex="-1" class="result-heading">${heading}</div>
        <p class="action">${levelAction(level, format, this.emergencyNumber)}</p>
        ${signs.length
          ? html`<p>${msg('Because you told us:', { desc: 'Checker result: introduces the warning signs the reader reported.' })}</p>
              <ul class="reasons">
                ${signs.map((sign) => html`<li>${sign.text(format)}</li>`)}
              </ul>`
          : nothing}
        ${stepper
          ? html`<button class="primary" @click=${this.openStepper}>
              ${msg('Show me the self-care steps', { desc: 'Checker result (self-care): button that moves to the self-care guide on the page.' })}
            </button>`
          : nothing}
      </div>
      <clog-red-flag-banner
        part="banner"
        compact
        heading-level=${this.subLevel}
        theme=${this.theme}
        reasons=${reasons.join(' ')}
        emergency-number=${this.emergencyNumber}
        care-href=${this.careHref}
        care-label=${this.careLabel}
      ></clog-red-flag-banner>
      ${this.renderSummary(counted, heading)}
      <div class="nav" part="nav">
        <button class="secondary" @click=${this.back}>${msg('Back', { desc: 'Checker: go to the previous question.' })}</button>
        ${this.renderRestart()}
      </div>`;
  }

  override render() {
    const { lang, dir } = this.locale;
    return html`<div class="root" part="base" lang=${lang} dir=${dir}>
      ${this.showingResult ? this.renderResult() : this.renderQuestion()}
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${aboutNote(lang)}
    </div>`;
  }
}
