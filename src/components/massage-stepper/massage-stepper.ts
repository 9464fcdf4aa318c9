import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { STEPS, type Step } from '../../content/steps.js';
import type { NumberFormatter } from '../../content/units.js';
import { emit } from '../../events.js';
import { aboutNote } from '../../internal/about.js';
import { ClogElement } from '../../internal/clog-element.js';
import { CountdownController } from '../../internal/countdown.js';
import { numberFormatter } from '../../internal/format.js';
import { statusRegion } from '../../internal/status.js';
import { PrintController } from '../../internal/print-controller.js';
import { readStep, writeStep } from '../../internal/step-storage.js';
import { oneOf } from '../../internal/validate.js';
import { warnOnce } from '../../internal/warn.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { stepperStyles } from './massage-stepper.styles.js';
import { renderStepBody } from './step-body.js';

export const LAYOUTS = ['steps', 'list'] as const;
export type Layout = (typeof LAYOUTS)[number];

const TOTAL = STEPS.length;
const steps: readonly Step[] = STEPS;

/** "2:05": minutes and seconds in the reader's digits, the seconds always two of them. */
function clock(ms: number, format: NumberFormatter): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const rest = seconds % 60;
  return `${format.number(Math.floor(seconds / 60))}:${rest < 10 ? format.number(0) : ''}${format.number(rest)}`;
}

/**
 * Gentle self-care for a clogged duct, one step at a time, following current guidance. Each step
 * names its source; one step lists the older techniques now advised against, and why.
 *
 * @summary Step-by-step self-care guide with an optional cold-pack countdown.
 * @tag clog-massage-stepper
 *
 * @fires {ClogStepChangeEvent} clog-step-change - The reader moved to another step. `detail: { step, total }`.
 * @fires {ClogCompleteEvent} clog-complete - The reader finished the last step.
 *
 * @csspart base - The box around the stepper.
 * @csspart progress - "Step n of m" and the list of steps.
 * @csspart step - The step on screen (every step, in the list layout).
 * @csspart timer - The cold-pack countdown.
 * @csspart nav - The Previous and Next buttons.
 * @csspart about - The not-a-diagnosis and "checked against" lines.
 */
export class ClogMassageStepper extends ClogElement {
  static override styles = [sharedStyles, stepperStyles];

  /** The step on screen, 1-based. Out-of-range values are clamped with a warning. */
  @property({ type: Number, reflect: true }) step = 1;

  /** `steps` shows one step at a time; `list` shows them all. Printing always shows the list. */
  @property() layout: Layout = 'steps';
  /** `layout` as checked when it last changed: what the stepper renders from. */
  private validLayout: Layout = 'steps';

  /** Opt-in: remembers the step in sessionStorage for this tab. Without it nothing is stored. */
  @property({ type: Boolean }) remember = false;

  /** What the status region says (statusRegion): a function, written in the current language at each render. */
  @state() private announcement?: () => string;

  /** The list of every step is drawn for paper only while printing. */
  private readonly print = new PrintController(this);

  /**
   * One countdown per timed step (today only the cold pack), each with its own time, kept while
   * the reader moves between steps; the controllers clear their timers when the element is removed.
   */
  private readonly countdowns = new Map<string, CountdownController>(
    steps.flatMap(({ id, timer }) => (timer ? [[id, new CountdownController(this, timer.minutes * 60_000, () => this.timeIsUp())]] : [])),
  );

  private focusAfterUpdate = false;

  /** Focusing the element (e.g. from the checker's "Show me the self-care steps") focuses the step heading. */
  override focus(options?: FocusOptions): void {
    // Not rendered yet (far down the page): the heading gets the focus once it is there.
    if (!this.hasUpdated) return void this.updateComplete.then(() => this.focus(options));
    const heading = this.renderRoot.querySelector<HTMLElement>('#step-heading, .list [role="heading"]');
    if (heading) heading.focus(options);
    else super.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Once, before the first render; an invalid or blocked slot leaves the step as set.
    if (this.remember && !this.hasUpdated) this.step = readStep(TOTAL) ?? this.step;
    // A removed attribute (null) is the default, not a bad value.
    if (changed.has('step') && this.step == null) this.step = 1;
    if (changed.has('step')) {
      const valid = Number.isInteger(this.step) && this.step >= 1 && this.step <= TOTAL;
      if (!valid) {
        const clamped = Number.isNaN(this.step) || this.step < 1 ? 1 : Math.min(Math.floor(this.step), TOTAL);
        warnOnce(`step=${this.step}`, `<clog-massage-stepper> step="${this.step}" is not a step from 1 to ${TOTAL}; showing step ${clamped}.`);
        this.step = clamped;
      }
      if (this.remember) writeStep(this.step);
    }
    if (changed.has('layout')) this.validLayout = oneOf(this.layout, LAYOUTS, 'steps', '<clog-massage-stepper> layout');
  }

  protected override updated(): void {
    if (!this.focusAfterUpdate) return;
    this.focusAfterUpdate = false;
    this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
  }

  private goTo(step: number): void {
    if (step < 1 || step > TOTAL || step === this.step) return;
    this.step = step;
    this.focusAfterUpdate = true;
    this.announcement = () => {
      const format = numberFormatter(this.locale.lang);
      const n = format.number(step);
      const total = format.number(TOTAL);
      const title = steps[step - 1].title(format);
      return msg(str`Step ${n} of ${total}: ${title}`, {
        desc: 'Stepper: announced to screen readers when the step changes. Numbers already formatted.',
      });
    };
    emit(this, 'clog-step-change', { step, total: TOTAL });
  }

  private finish(): void {
    this.announcement = () =>
      msg('You have been through every step. Come back to any of them whenever you need.', {
        desc: 'Stepper: shown and announced when the reader finishes the last step.',
      });
    emit(this, 'clog-complete', { total: TOTAL });
  }

  private startCountdown(countdown: CountdownController): void {
    this.announcement = undefined;
    countdown.start();
  }

  private timeIsUp(): void {
    this.announcement = () =>
      msg('Time is up. You can take the cold pack off now.', {
        desc: 'Stepper: shown and announced when the cold-pack countdown ends.',
      });
  }

  /** The step's countdown, if it has one; the time comes from its controller. */
  private renderTimer(step: Step, format: NumberFormatter) {
    const countdown = this.countdowns.get(step.id);
    if (!step.timer || !countdown) return nothing;
    const minutes = format.number(step.timer.minutes);
    return html`<div class="timer" part="timer">
      <span class="time" role="timer" aria-label=${msg('Time left', { desc: 'Stepper: accessible name of the countdown.' })}
        >${clock(countdown.left, format)}</span
      >
      <div class="timer-controls">
        ${countdown.running
          ? html`<button class="primary" @click=${() => countdown.pause()}>${msg('Pause', { desc: 'Stepper countdown: pause.' })}</button>`
          : html`<button class="primary" @click=${() => this.startCountdown(countdown)}>
              ${countdown.paused
                ? msg('Resume', { desc: 'Stepper countdown: continue after a pause.' })
                : msg(str`Start a ${minutes}-minute timer`, { desc: 'Stepper countdown: start. The number is minutes, already formatted.' })}
            </button>`}
        ${countdown.started
          ? html`<button class="secondary" @click=${() => countdown.reset()}>${msg('Reset', { desc: 'Stepper countdown: back to the start.' })}</button>`
          : nothing}
      </div>
    </div>`;
  }

  private renderList(format: NumberFormatter, withTimer: boolean) {
    return html`<ol class="list">
      ${steps.map(
        (step) => html`<li class="step kind-${step.kind} ${step.kind === 'avoid' ? 'tinted' : ''}" part="step">
          <div role="heading" aria-level=${this.subLevel} tabindex="-1">${step.title(format)}</div>
          ${renderStepBody(step, format, this.locale.lang, withTimer ? this.renderTimer(step, format) : nothing)}
        </li>`,
      )}
    </ol>`;
  }

  private renderSteps(format: NumberFormatter) {
    const current = steps[this.step - 1];
    const n = format.number(this.step);
    const total = format.number(TOTAL);
    const last = this.step === TOTAL;
    return html`<div class="steps-view">
      <div class="progress" part="progress">
        <span id="progress-label">${msg(str`Step ${n} of ${total}`, { desc: 'Stepper progress. Numbers already formatted.' })}</span>
        <ol class="dots" aria-label=${msg('All steps', { desc: 'Stepper: accessible name of the list of step buttons.' })}>
          ${steps.map((step, index) => {
            const number = format.number(index + 1);
            return html`<li>
              <button
                class="dot"
                aria-current=${index + 1 === this.step ? 'step' : 'false'}
                aria-label=${msg(str`Step ${number}: ${step.title(format)}`, { desc: 'Stepper: accessible name of a step button.' })}
                @click=${() => this.goTo(index + 1)}
              >
                ${number}
              </button>
            </li>`;
          })}
        </ol>
      </div>
      <section class="step kind-${current.kind} ${current.kind === 'avoid' ? 'tinted' : ''}" part="step" aria-labelledby="step-heading">
        <div id="step-heading" role="heading" aria-level=${this.subLevel} tabindex="-1">${current.title(format)}</div>
        ${renderStepBody(current, format, this.locale.lang, this.renderTimer(current, format))}
      </section>
      <div class="nav" part="nav">
        <button class="secondary" ?disabled=${this.step === 1} @click=${() => this.goTo(this.step - 1)}>
          ${msg('Previous', { desc: 'Stepper: go to the previous step.' })}
        </button>
        ${last
          ? html`<button class="primary" @click=${this.finish}>${msg('Done', { desc: 'Stepper: finish, on the last step.' })}</button>`
          : html`<button class="primary" @click=${() => this.goTo(this.step + 1)}>${msg('Next', { desc: 'Stepper: go to the next step.' })}</button>`}
      </div>
    </div>`;
  }

  override render() {
    const { lang, dir } = this.locale;
    const format = numberFormatter(lang);
    const list = this.validLayout === 'list';
    return html`<div class="root layout-${list ? 'list' : 'steps'}" part="base" lang=${lang} dir=${dir}>
      <div role="heading" aria-level=${this.level} class="title">
        ${msg('Gentle self-care, step by step', { desc: 'Heading of the self-care stepper.' })}
      </div>
      ${list
        ? this.renderList(format, true)
        : html`${this.renderSteps(format)}${this.print.printing ? html`<div class="print-only">${this.renderList(format, false)}</div>` : nothing}`}
      ${statusRegion(this.announcement)}
      ${aboutNote(lang)}
    </div>`;
  }
}
