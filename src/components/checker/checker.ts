import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { SCREEN_TEXTS, SIGNS_TEXT } from '../../content/screen-texts.js';
import { SCREENS, screenById, type ItemId } from '../../content/screens.js';
import type { NumberFormatter } from '../../content/units.js';
import { emit } from '../../events.js';
import { aboutNote } from '../../internal/about.js';
import { ClogElement } from '../../internal/clog-element.js';
import { numberFormatter } from '../../internal/format.js';
import { careNumbers, type CareNumbers } from '../../internal/level-text.js';
import { validValue } from '../../internal/validate.js';
import { bringIntoView, findOnPage } from '../../internal/page-target.js';
import { statusRegion } from '../../internal/status.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import {
  START,
  answerScreen,
  back,
  countedAnswers,
  isAskable,
  parseTemperature,
  result,
  screenChoice,
  TEMPERATURE_UNITS,
  type CheckerScreen,
  type Flow,
  type ScreenAnswer,
  type TemperatureError,
  type TemperatureUnit,
} from '../../triage/index.js';
import { answerSummary } from './answer-summary.js';
import { progress, signsAnswers, yesNoAnswers } from './answers.js';
import { checkerStyles } from './checker.styles.js';
import { isNoLump, resultBox, resultHeading } from './result-box.js';
import { defaultUnit, temperatureEntry } from './temperature-entry.js';

/**
 * A symptom checker for a painful breast lump while breastfeeding: a few screens, warning signs
 * first, then where to seek care and how soon. Never a diagnosis.
 *
 * Related signs share a screen ("Do you have any of these?"), each on its own line. A warning sign
 * ends the questions as soon as nothing unasked could raise the level. "Not sure" never lowers the
 * advice. Answers stay in memory: nothing is stored or sent.
 *
 * The result embeds a `<clog-red-flag-banner>`: if you register this class yourself, register
 * `ClogRedFlagBanner` under that tag name too.
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
  /** What the status region says (statusRegion): a function, written in the current language at each render. */
  @state() private announcement?: () => string;

  /** Focus moves only after the reader acts, never on page load. */
  private focusAfterUpdate?: string;
  /** `temperature-unit` as checked when it last changed; undefined: the page language decides. */
  private attributeUnit?: TemperatureUnit;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('temperatureUnit')) {
      this.attributeUnit = validValue(this.temperatureUnit, TEMPERATURE_UNITS, '<clog-checker> temperature-unit', "the unit of the page's language");
    }
  }

  protected override updated(): void {
    if (!this.focusAfterUpdate) return;
    this.renderRoot.querySelector<HTMLElement>(this.focusAfterUpdate)?.focus();
    this.focusAfterUpdate = undefined;
  }

  private get unit(): TemperatureUnit {
    return this.chosenUnit ?? this.attributeUnit ?? defaultUnit();
  }

  private get numbers(): CareNumbers {
    return careNumbers(this.emergencyNumber, this.urgentNumber);
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
      this.announcement = undefined;
      this.focusAfterUpdate = '#question';
      return;
    }
    const outcome = result(flow);
    const { level, reasons } = outcome;
    this.announcement = () => resultHeading(outcome);
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

  private findStepper(): HTMLElement | undefined {
    return findOnPage(this, this.stepper, 'clog-massage-stepper', '<clog-checker> stepper');
  }

  private renderTemperature(format: NumberFormatter) {
    return temperatureEntry({
      text: this.temperatureText,
      unit: this.unit,
      problem: this.temperatureProblem,
      format,
      onText: (text) => {
        this.temperatureText = text;
        this.temperatureProblem = undefined;
      },
      onUnit: (unit) => {
        this.chosenUnit = unit;
        this.temperatureProblem = undefined;
      },
    });
  }

  private renderQuestion() {
    const format = numberFormatter(this.locale.lang);
    const screen = this.screen;
    const text = SCREEN_TEXTS[screen.id];
    const counted = countedAnswers(this.flow);
    const index = this.flow.index;
    return html`${progress(index, SCREENS.filter((s) => isAskable(s, counted)).length, format)}
      <fieldset class="question">
        <legend>
          <span id="question" class="question-text" role="heading" aria-level=${this.level} tabindex="-1" part="question"
            >${text.question(format)}</span
          >
        </legend>
        ${text.hint ? html`<p class="hint">${text.hint(format)}</p>` : nothing}
        ${'temperature' in screen ? this.renderTemperature(format) : nothing}
        ${screen.kind === 'signs'
          ? signsAnswers({
              screen,
              ticked: this.ticked,
              problem: this.signsProblem,
              previous: screenChoice(screen, this.flow.answers),
              format,
              onToggle: (item, on) => this.toggle(item, on),
              onAnswer: (answer) => this.answer(answer),
            })
          : yesNoAnswers(this.flow.answers[screen.item], (answer) => this.answer(answer))}
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

  private renderSummary(resultText: string) {
    return answerSummary({ flow: this.flow, lang: this.locale.lang, resultText, onCopy: (text) => this.copy(text) });
  }

  private async copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.announcement = () => msg('Summary copied.', { desc: 'Checker: announced after the summary was copied.' });
    } catch {
      this.announcement = () =>
        msg('Could not copy. Select the summary text and copy it yourself.', {
          desc: 'Checker: announced when the browser refused to copy.',
        });
    }
  }

  private renderResult() {
    const outcome = result(this.flow);
    const { level, reasons } = outcome;
    const stepper = !isNoLump(reasons) && (level === 'self-care' || level === 'see-provider') ? this.findStepper() : undefined;
    return html`${resultBox({
        result: outcome,
        format: numberFormatter(this.locale.lang),
        numbers: this.numbers,
        headingLevel: this.level,
        onStepper: stepper ? () => bringIntoView(stepper) : undefined,
      })}
      <clog-red-flag-banner
        part="banner"
        compact
        heading-level=${this.subLevel}
        theme=${this.valid.theme}
        emergency-number=${this.emergencyNumber}
        urgent-number=${this.urgentNumber}
        care-href=${this.careHref}
        care-label=${this.careLabel}
      ></clog-red-flag-banner>
      ${this.renderSummary(resultHeading(outcome))}
      <div class="nav" part="nav">
        <button class="secondary" @click=${this.back}>${msg('Back', { desc: 'Checker: go to the previous question.' })}</button>
        ${this.renderRestart()}
      </div>`;
  }

  override render() {
    const { lang, dir } = this.locale;
    return html`<div class="root" part="base" lang=${lang} dir=${dir}>
      ${this.flow.done ? this.renderResult() : this.renderQuestion()}
      ${statusRegion(this.announcement)}
      ${aboutNote(lang)}
    </div>`;
  }
}
