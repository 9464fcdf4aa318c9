import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { ANSWER_LABELS, SCREEN_TEXTS, SIGNS_TEXT, TEMPERATURE_TEXT } from '../../content/screen-texts.js';
import type { Level } from '../../content/levels.js';
import { SCREENS, screenById, type AnswerOption, type ItemId } from '../../content/screens.js';
import type { NumberFormatter } from '../../content/units.js';
import { REASON_TEXTS } from '../../content/warning-sign-texts.js';
import { reasonById, type ReasonId } from '../../content/warning-signs.js';
import { emit } from '../../events.js';
import { aboutNote } from '../../internal/about.js';
import { ClogElement } from '../../internal/clog-element.js';
import { numberFormatter } from '../../internal/format.js';
import { babyAdvice, levelAction, levelHeading, levelMeanwhile, NO_LUMP_TEXT, unsureEmergencyAdvice, type CareNumbers } from '../../internal/level-text.js';
import { dialHref } from '../../internal/phone.js';
import { oneOf } from '../../internal/validate.js';
import { warnOnce } from '../../internal/warn.js';
import { pageLanguage } from '../../localization.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import {
  START,
  answerScreen,
  back,
  countedAnswers,
  isAskable,
  parseTemperature,
  result,
  TEMPERATURE_UNITS,
  type CheckerScreen,
  type Flow,
  type ScreenAnswer,
  type TemperatureError,
  type TemperatureUnit,
} from '../../triage/index.js';
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

/** The no-lump outcome: no tender lump (or not sure) and no warning sign. */
const isNoLump = (reasons: readonly ReasonId[]) => reasons.length > 0 && reasons.every((id) => id === 'no-lump');

/** The signs screen's choice the reader made last time, to show it pressed when she comes Back. */
function previousChoice(screen: CheckerScreen, flow: Flow): 'none' | 'not-sure' | undefined {
  if (screen.kind !== 'signs') return undefined;
  const answers = screen.items.map((item) => flow.answers[item]);
  if (answers.every((a) => a === 'no')) return 'none';
  if (answers.every((a) => a === 'not-sure')) return 'not-sure';
  return undefined;
}

/**
 * A symptom checker for a painful breast lump while breastfeeding: a few screens, warning signs
 * first, then where to seek care and how soon. Never a diagnosis.
 *
 * Related signs share a screen ("Do you have any of these?"), each on its own line. A warning sign
 * ends the questions as soon as nothing unasked could raise the level. "Not sure" never lowers the
 * advice. Answers stay in memory: nothing is stored or sent.
 *
 * @summary Symptom checker: a few questions, then where to seek care and how soon.
 * @tag clog-checker
 *
 * @fires {ClogResultEvent} clog-result - A result is shown. `detail: { level, reasons }`, ids only.
 * @fires {ClogRestartEvent} clog-restart - The reader chose "Start again".
 *
 * @csspart base - The box around the checker.
 * @csspart progress - "Question n of up to m" and its bar.
 * @csspart question - The question heading.
 * @csspart sign - Each sign the reader can tick on a screen of signs.
 * @csspart answer - Each answer button.
 * @csspart temperature - The optional temperature entry.
 * @csspart result - The result screen.
 * @csspart call - The tap-to-call button of an emergency or urgent result (when a number is set).
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

  /** The local urgent-care number, e.g. `111`. Without it the result names urgent care or an out-of-hours doctor. */
  @property({ attribute: 'urgent-number' }) urgentNumber = '';

  /** The publisher's own "find care" link: http(s), tel, mailto or relative. Anything else is ignored. */
  @property({ attribute: 'care-href' }) careHref = '';

  /** Text of the "find care" link. */
  @property({ attribute: 'care-label' }) careLabel = '';

  /** The id of a `<clog-massage-stepper>` on the page, offered when self-care fits. */
  @property() stepper = '';

  /** The answers, the screens seen and where the reader is (src/triage/flow.ts). */
  @state() private flow: Flow = START;
  /** The signs ticked on the screen on show. */
  @state() private ticked: ReadonlySet<ItemId> = new Set();
  @state() private signsProblem = '';
  @state() private temperatureText = '';
  /** The reader's own choice of unit; until she chooses, the attribute or locale decides. */
  @state() private chosenUnit?: TemperatureUnit;
  @state() private temperatureProblem?: TemperatureError;
  @state() private announcement = '';

  /** Focus moves only after the reader acts, never on page load. */
  private focusAfterUpdate?: string;

  protected override updated(): void {
    if (!this.focusAfterUpdate) return;
    this.renderRoot.querySelector<HTMLElement>(this.focusAfterUpdate)?.focus();
    this.focusAfterUpdate = undefined;
  }

  private get unit(): TemperatureUnit {
    if (this.chosenUnit) return this.chosenUnit;
    if (this.temperatureUnit === undefined) return defaultUnit();
    return oneOf(this.temperatureUnit, TEMPERATURE_UNITS, defaultUnit(), '<clog-checker> temperature-unit');
  }

  private get numbers(): CareNumbers {
    // A removed attribute sets the property to null.
    return { emergency: this.emergencyNumber ?? '', urgent: this.urgentNumber ?? '' };
  }

  private get screen(): CheckerScreen {
    return screenById(this.flow.path[this.flow.index] ?? SCREENS[0].id);
  }

  /** Shows a new state of the flow: the ticks of the screen it lands on, focus, the result event. */
  private show(flow: Flow): void {
    this.flow = flow;
    this.signsProblem = '';
    const screen = this.screen;
    this.ticked = new Set(screen.kind === 'signs' ? screen.items.filter((item) => flow.answers[item] === 'yes') : []);
    if (!flow.done) {
      this.announcement = '';
      this.focusAfterUpdate = '#question';
      return;
    }
    const { level, reasons } = result(flow);
    this.announcement = isNoLump(reasons) ? NO_LUMP_TEXT.heading() : levelHeading(level);
    this.focusAfterUpdate = '#result';
    emit(this, 'clog-result', { level, reasons: [...reasons] });
  }

  private answer(answer: ScreenAnswer): void {
    const screen = this.screen;
    if (screen.kind === 'signs' && answer === 'none' && this.ticked.size > 0) {
      this.signsProblem = SIGNS_TEXT.tickedAndNone();
      return;
    }
    if (typeof answer === 'object' && answer.ticked.length === 0) {
      this.signsProblem = SIGNS_TEXT.nothingTicked();
      return;
    }
    let celsius: number | undefined;
    if ('temperature' in screen) {
      const reading = parseTemperature(this.temperatureText, this.unit);
      if (!reading.ok && reading.error !== 'empty') {
        // No result from a reading we cannot trust: the reader fixes it or clears the field.
        this.temperatureProblem = reading.error;
        this.focusAfterUpdate = '#temperature';
        return;
      }
      this.temperatureProblem = undefined;
      celsius = reading.ok ? reading.celsius : undefined;
    }
    this.show(answerScreen(this.flow, answer, celsius));
  }

  private back(): void {
    this.show(back(this.flow));
  }

  private restart(): void {
    this.temperatureText = '';
    this.temperatureProblem = undefined;
    this.show(START);
    emit(this, 'clog-restart', {});
  }

  private toggle(item: ItemId, on: boolean): void {
    const ticked = new Set(this.ticked);
    if (on) ticked.add(item);
    else ticked.delete(item);
    this.ticked = ticked;
    this.signsProblem = '';
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

  private renderTemperature(format: NumberFormatter) {
    const reading = parseTemperature(this.temperatureText, this.unit);
    const problem = this.temperatureProblem;
    const message =
      problem === 'implausible' || problem === 'too-low'
        ? `${TEMPERATURE_TEXT.implausible(format, this.unit)}${problem === 'too-low' ? ` ${TEMPERATURE_TEXT.tooLow()}` : ''}`
        : problem === 'not-a-number'
          ? TEMPERATURE_TEXT.notANumber(format)
          : '';
    const readAs = reading.ok && reading.inferred ? TEMPERATURE_TEXT.readAs(format.temperature(reading.value, reading.unit, 1)) : '';
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
          aria-describedby="temperature-message temperature-read-as"
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
      <p id="temperature-read-as" class="read-as" role="status">${readAs}</p>
      <p id="temperature-message" class="error" role="alert">${message}</p>
    </div>`;
  }

  private renderSigns(screen: Extract<CheckerScreen, { kind: 'signs' }>, format: NumberFormatter) {
    const previous = previousChoice(screen, this.flow);
    return html`<p class="hint">${SIGNS_TEXT.hint()}</p>
      <ul class="signs" role="list">
        ${screen.items.map(
          (item) => html`<li>
            <label class="sign" part="sign">
              <input type="checkbox" .checked=${this.ticked.has(item)} @change=${(event: Event) => this.toggle(item, (event.target as HTMLInputElement).checked)} />
              <span>${REASON_TEXTS[item](format)}</span>
            </label>
          </li>`,
        )}
      </ul>
      <p class="error" role="alert">${this.signsProblem}</p>
      <div class="answers">
        <button class="answer" part="answer" @click=${() => this.answer({ ticked: [...this.ticked] })}>${SIGNS_TEXT.next()}</button>
        <button class="answer" part="answer" aria-pressed=${previous === 'none' ? 'true' : 'false'} @click=${() => this.answer('none')}>
          ${SIGNS_TEXT.none()}
        </button>
        <button class="answer" part="answer" aria-pressed=${previous === 'not-sure' ? 'true' : 'false'} @click=${() => this.answer('not-sure')}>
          ${SIGNS_TEXT.notSure()}
        </button>
      </div>`;
  }

  private renderYesNo(screen: Extract<CheckerScreen, { kind: 'question' }>) {
    const chosen = this.flow.answers[screen.item];
    return html`<div class="answers">
      ${(['yes', 'no', 'not-sure'] as const satisfies readonly AnswerOption[]).map(
        (option) => html`<button class="answer" part="answer" aria-pressed=${chosen === option ? 'true' : 'false'} @click=${() => this.answer(option)}>
          ${ANSWER_LABELS[option]()}
        </button>`,
      )}
    </div>`;
  }

  private renderQuestion() {
    const format = numberFormatter(this.locale.lang);
    const screen = this.screen;
    const text = SCREEN_TEXTS[screen.id];
    const counted = countedAnswers(this.flow);
    const total = SCREENS.filter((s) => isAskable(s, counted)).length;
    const index = this.flow.index;
    return html`<div class="progress" part="progress">
        <span id="progress-label">${msg(str`Question ${format.number(index + 1)} of up to ${format.number(total)}`, {
          desc: 'Checker progress. Questions may end early when an answer settles the result. Numbers already formatted.',
        })}</span>
        <progress max=${total} .value=${index + 1} aria-labelledby="progress-label"></progress>
      </div>
      <fieldset class="question">
        <legend>
          <span id="question" class="question-text" role="heading" aria-level=${this.level} tabindex="-1" part="question"
            >${text.question(format)}</span
          >
        </legend>
        ${text.hint ? html`<p class="hint">${text.hint(format)}</p>` : nothing}
        ${'temperature' in screen ? this.renderTemperature(format) : nothing}
        ${screen.kind === 'signs' ? this.renderSigns(screen, format) : this.renderYesNo(screen)}
      </fieldset>
      <div class="nav" part="nav">
        ${index > 0
          ? html`<button class="secondary" @click=${this.back}>${msg('Back', { desc: 'Checker: go to the previous question.' })}</button>
              ${this.renderRestart()}`
          : nothing}
      </div>`;
  }

  private renderRestart() {
    return html`<button class="secondary" @click=${this.restart}>${msg('Start again', { desc: 'Checker: clear every answer.' })}</button>`;
  }

  /** What the reader answered on a screen, in words, for the summary. */
  private answerText(screen: CheckerScreen, format: NumberFormatter): string | undefined {
    const answers = this.flow.answers;
    if (screen.kind === 'question') {
      const answer = answers[screen.item];
      return answer && ANSWER_LABELS[answer]();
    }
    const choice = previousChoice(screen, this.flow);
    if (choice === 'none') return SIGNS_TEXT.none();
    if (choice === 'not-sure') return SIGNS_TEXT.notSure();
    const ticked = screen.items.filter((item) => answers[item] === 'yes').map((item) => REASON_TEXTS[item](format));
    return ticked.length ? new Intl.ListFormat(this.locale.lang, { type: 'unit' }).format(ticked) : undefined;
  }

  private renderSummary(resultText: string) {
    const format = numberFormatter(this.locale.lang);
    const counted = countedAnswers(this.flow);
    const rows = this.flow.path.slice(0, this.flow.index + 1).flatMap((id) => {
      const screen = screenById(id);
      const answer = this.answerText(screen, format);
      return answer ? [{ question: SCREEN_TEXTS[id].question(format), answer }] : [];
    });
    const celsius = counted.temperatureCelsius;
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

  /** The one action that matters most, first: a large tap-to-call button when there is a number. */
  private renderCall(level: Level) {
    const { emergency, urgent } = this.numbers;
    const number = level === 'emergency' ? emergency : level === 'urgent-care' ? urgent : '';
    const href = number ? dialHref(number) : undefined;
    if (!href) return nothing;
    const shown = number.trim();
    return html`<a class="call" part="call" href=${href}>${msg(str`Call ${shown}`, { desc: 'Checker result: large tap-to-call button. The placeholder is the phone number, e.g. 911.' })}</a>`;
  }

  private renderReasons(ids: readonly ReasonId[], intro: string, format: NumberFormatter) {
    if (!ids.length) return nothing;
    return html`<p>${intro}</p>
      <ul class="reasons">
        ${ids.map((id) => html`<li>${REASON_TEXTS[id](format)}</li>`)}
      </ul>`;
  }

  private renderResult() {
    const format = numberFormatter(this.locale.lang);
    const { level, reasons, unsure } = result(this.flow);
    const noLump = isNoLump(reasons);
    const heading = noLump ? NO_LUMP_TEXT.heading() : levelHeading(level);
    const sure = reasons.filter((id) => !unsure.includes(id));
    const unsureEmergency = unsure.some((id) => reasonById(id).level === 'emergency');
    const stepper = !noLump && (level === 'self-care' || level === 'see-provider') ? this.findStepper() : undefined;
    return html`<div class="result tinted tone-${level}" part="result">
        <div id="result" role="heading" aria-level=${this.level} tabindex="-1" class="result-heading">${heading}</div>
        ${this.renderCall(level)}
        <p class="action">${noLump ? NO_LUMP_TEXT.action() : levelAction(level, format, this.numbers)}</p>
        ${unsureEmergency ? html`<p class="action">${unsureEmergencyAdvice(this.numbers)}</p>` : nothing}
        ${reasons.includes('baby-unwell') ? html`<p class="action">${babyAdvice(this.numbers)}</p>` : nothing}
        ${this.renderReasons(
          noLump ? [] : sure,
          msg('Because you told us:', { desc: 'Checker result: introduces the warning signs the reader reported.' }),
          format,
        )}
        ${this.renderReasons(unsure, msg('You were not sure about:', { desc: 'Checker result: introduces the signs the reader answered "not sure" to.' }), format)}
        ${noLump ? nothing : html`<p>${levelMeanwhile(level)}</p>`}
        ${stepper
          ? html`<button class="primary" @click=${this.openStepper}>
              ${msg('Show me the self-care steps', { desc: 'Checker result: button that moves to the self-care guide on the page.' })}
            </button>`
          : nothing}
      </div>
      <clog-red-flag-banner
        part="banner"
        compact
        heading-level=${this.subLevel}
        theme=${this.theme}
        emergency-number=${this.emergencyNumber}
        urgent-number=${this.urgentNumber}
        care-href=${this.careHref}
        care-label=${this.careLabel}
      ></clog-red-flag-banner>
      ${this.renderSummary(heading)}
      <div class="nav" part="nav">
        <button class="secondary" @click=${this.back}>${msg('Back', { desc: 'Checker: go to the previous question.' })}</button>
        ${this.renderRestart()}
      </div>`;
  }

  override render() {
    const { lang, dir } = this.locale;
    return html`<div class="root" part="base" lang=${lang} dir=${dir}>
      ${this.flow.done ? this.renderResult() : this.renderQuestion()}
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${aboutNote(lang)}
    </div>`;
  }
}
