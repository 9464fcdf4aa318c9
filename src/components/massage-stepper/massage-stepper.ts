import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { SOURCE_NAMES } from '../../content/source-names.js';
import { STEPS, type Step } from '../../content/steps.js';
import { ARTICLE, ARTICLE_TECHNIQUES, type ArticleTechnique, type TechniqueStatus } from '../../content/techniques.js';
import type { NumberFormatter } from '../../content/units.js';
import { emit } from '../../events.js';
import { aboutNote } from '../../internal/about.js';
import { ClogElement } from '../../internal/clog-element.js';
import { numberFormatter } from '../../internal/format.js';
import { oneOf } from '../../internal/validate.js';
import { warnOnce } from '../../internal/warn.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { stepperStyles } from './massage-stepper.styles.js';

export const LAYOUTS = ['steps', 'list'] as const;
export type Layout = (typeof LAYOUTS)[number];

const TOTAL = STEPS.length;
const STORAGE_KEY = 'clog-widgets:massage-stepper:step';
const steps: readonly Step[] = STEPS;

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

/** "2:05": minutes and seconds in the reader's digits. */
function clock(ms: number, locale: string): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const two = new Intl.NumberFormat(locale, { minimumIntegerDigits: 2 });
  return `${new Intl.NumberFormat(locale).format(Math.floor(seconds / 60))}:${two.format(seconds % 60)}`;
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

  /** Opt-in: remembers the step in sessionStorage for this tab. Without it nothing is stored. */
  @property({ type: Boolean }) remember = false;

  /** Milliseconds left on the countdown while it is paused or not started. */
  @state() private timerLeft?: number;
  /** When the running countdown ends (`Date.now()` time): timestamps keep time in a hidden tab. */
  @state() private timerEndsAt?: number;
  @state() private announcement = '';

  private ticker?: ReturnType<typeof setInterval>;
  private focusAfterUpdate = false;
  private restored = false;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onTick);
    if (this.timerEndsAt !== undefined) this.startTicking();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onTick);
    this.stopTicking();
  }

  /** Focusing the element (e.g. from the checker's "Show me the self-care steps") focuses the step heading. */
  override focus(options?: FocusOptions): void {
    const heading = this.renderRoot.querySelector<HTMLElement>('#step-heading, .list [role="heading"]');
    if (heading) heading.focus(options);
    else super.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.remember && !this.restored) this.restore();
    this.restored = true;
    if (changed.has('step')) {
      const valid = Number.isInteger(this.step) && this.step >= 1 && this.step <= TOTAL;
      if (!valid) {
        const clamped = Number.isNaN(this.step) || this.step < 1 ? 1 : Math.min(Math.floor(this.step), TOTAL);
        warnOnce(`step=${this.step}`, `<clog-massage-stepper> step="${this.step}" is not a step from 1 to ${TOTAL}; showing step ${clamped}.`);
        this.step = clamped;
      }
      if (this.remember) this.save();
    }
    if (changed.has('layout')) oneOf(this.layout, LAYOUTS, 'steps', '<clog-massage-stepper> layout');
  }

  protected override updated(): void {
    if (!this.focusAfterUpdate) return;
    this.focusAfterUpdate = false;
    this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
  }

  private restore(): void {
    try {
      const stored = sessionStorage.getItem(STORAGE_KEY);
      // Anything but a whole step number is ignored: the page may have stored something else.
      if (stored && /^\d+$/.test(stored) && Number(stored) >= 1 && Number(stored) <= TOTAL) this.step = Number(stored);
    } catch {
      // Storage can be blocked (privacy settings, sandboxed frames): the stepper works without it.
    }
  }

  private save(): void {
    try {
      sessionStorage.setItem(STORAGE_KEY, String(this.step));
    } catch {
      // As above: remembering is a convenience, never a requirement.
    }
  }

  private goTo(step: number): void {
    if (step < 1 || step > TOTAL || step === this.step) return;
    this.step = step;
    this.focusAfterUpdate = true;
    const format = numberFormatter(this.locale.lang);
    const n = format.number(step);
    const total = format.number(TOTAL);
    const title = steps[step - 1].title(format);
    this.announcement = msg(str`Step ${n} of ${total}: ${title}`, {
      desc: 'Stepper: announced to screen readers when the step changes. Numbers already formatted.',
    });
    emit(this, 'clog-step-change', { step, total: TOTAL });
  }

  private finish(): void {
    this.announcement = msg('You have been through every step. Come back to any of them whenever you need.', {
      desc: 'Stepper: shown and announced when the reader finishes the last step.',
    });
    emit(this, 'clog-complete', { total: TOTAL });
  }

  // The countdown: start, pause, reset. Ticks only repaint; the time comes from timestamps.
  private timerMs(step: Step): number {
    return (step.timer?.minutes ?? 0) * 60_000;
  }

  private startTimer(step: Step): void {
    const left = this.timerLeft ?? this.timerMs(step);
    this.timerEndsAt = Date.now() + (left > 0 ? left : this.timerMs(step));
    this.timerLeft = undefined;
    this.announcement = '';
    this.startTicking();
  }

  private pauseTimer(): void {
    if (this.timerEndsAt === undefined) return;
    this.timerLeft = Math.max(0, this.timerEndsAt - Date.now());
    this.timerEndsAt = undefined;
    this.stopTicking();
  }

  private resetTimer(): void {
    this.timerEndsAt = undefined;
    this.timerLeft = undefined;
    this.stopTicking();
  }

  private startTicking(): void {
    this.stopTicking();
    this.ticker = setInterval(this.onTick, 1000);
  }

  private stopTicking(): void {
    if (this.ticker !== undefined) clearInterval(this.ticker);
    this.ticker = undefined;
  }

  private onTick = (): void => {
    if (this.timerEndsAt === undefined) return;
    if (Date.now() >= this.timerEndsAt) {
      this.timerEndsAt = undefined;
      this.timerLeft = 0;
      this.stopTicking();
      this.announcement = msg('Time is up. You can take the cold pack off now.', {
        desc: 'Stepper: shown and announced when the cold-pack countdown ends.',
      });
    }
    this.requestUpdate();
  };

  private renderTimer(step: Step) {
    if (!step.timer) return nothing;
    const { lang } = this.locale;
    const running = this.timerEndsAt !== undefined;
    const left = running ? (this.timerEndsAt ?? 0) - Date.now() : (this.timerLeft ?? this.timerMs(step));
    const started = running || this.timerLeft !== undefined;
    const minutes = numberFormatter(lang).number(step.timer.minutes);
    return html`<div class="timer" part="timer">
      <span class="time" role="timer" aria-label=${msg('Time left', { desc: 'Stepper: accessible name of the countdown.' })}
        >${clock(left, lang)}</span
      >
      <div class="timer-controls">
        ${running
          ? html`<button class="primary" @click=${this.pauseTimer}>${msg('Pause', { desc: 'Stepper countdown: pause.' })}</button>`
          : html`<button class="primary" @click=${() => this.startTimer(step)}>
              ${started && (this.timerLeft ?? 0) > 0
                ? msg('Resume', { desc: 'Stepper countdown: continue after a pause.' })
                : msg(str`Start a ${minutes}-minute timer`, { desc: 'Stepper countdown: start. The number is minutes, already formatted.' })}
            </button>`}
        ${started ? html`<button class="secondary" @click=${this.resetTimer}>${msg('Reset', { desc: 'Stepper countdown: back to the start.' })}</button>` : nothing}
      </div>
    </div>`;
  }

  private renderSources(step: Step, locale: string) {
    // Two sources can share a short name (the NHS mastitis and sepsis pages): name it once.
    const unique = [...new Set(step.sources.map((id) => SOURCE_NAMES[id]()))];
    const names = new Intl.ListFormat(locale, { type: 'conjunction' }).format(unique);
    return html`<p class="source">${msg(str`Based on: ${names}`, { desc: 'Stepper: the sources of a step. Names are untranslated.' })}</p>`;
  }

  /** What the older article advised and what became of it (guidance.md: "show this to readers"). */
  private renderChanges(format: NumberFormatter) {
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

  private renderStepBody(step: Step, format: NumberFormatter, withTimer: boolean) {
    const label = kindLabel(step);
    return html`${label ? html`<p class="kind">${label}</p>` : nothing}
      <p>${step.body(format)}</p>
      ${step.points ? html`<ul>${step.points.map((point) => html`<li>${point(format)}</li>`)}</ul>` : nothing}
      ${step.closing ? html`<p>${step.closing(format)}</p>` : nothing}
      ${step.kind === 'avoid' ? this.renderChanges(format) : nothing} ${withTimer ? this.renderTimer(step) : nothing}
      ${this.renderSources(step, this.locale.lang)}`;
  }

  private renderList(format: NumberFormatter, withTimer: boolean) {
    return html`<ol class="list">
      ${steps.map(
        (step) => html`<li class="step kind-${step.kind} ${step.kind === 'avoid' ? 'tinted' : ''}" part="step">
          <div role="heading" aria-level=${this.subLevel} tabindex="-1">${step.title(format)}</div>
          ${this.renderStepBody(step, format, withTimer)}
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
        ${this.renderStepBody(current, format, true)}
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
    const list = this.layout === 'list';
    return html`<div class="root layout-${list ? 'list' : 'steps'}" part="base" lang=${lang} dir=${dir}>
      <div role="heading" aria-level=${this.level} class="title">
        ${msg('Gentle self-care, step by step', { desc: 'Heading of the self-care stepper.' })}
      </div>
      ${list ? this.renderList(format, true) : html`${this.renderSteps(format)}<div class="print-only">${this.renderList(format, false)}</div>`}
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${aboutNote(lang)}
    </div>`;
  }
}
