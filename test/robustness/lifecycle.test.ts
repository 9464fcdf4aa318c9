// Single-page sites add and remove widgets as readers move between articles; editors' previews
// re-render them on every keystroke. Whatever comes and goes, nothing stays behind on the page
// (no listener, no timer, no observer), many widgets render together, and a widget moved around
// the page keeps what the reader did.
import { leftovers, settle } from './instrument.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { ClogChecker } from '../../src/components/checker/checker.js';
import type { ClogMassageStepper } from '../../src/components/massage-stepper/massage-stepper.js';
import { STEPS, type Step } from '../../src/content/steps.js';
import { setLocale } from '../../src/localization.js';
import { all, captureWarnings, tap, visibleText, rendered } from '../helpers.js';
import { question, tick } from './walk.js';

const CYCLES = 1000;
const COLD_PACK_STEP = (STEPS as readonly Step[]).findIndex((step) => step.timer) + 1;

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** Starts the stepper's cold-pack countdown, as a reader would: the one widget that runs a timer. */
async function startCountdown(stepper: ClogMassageStepper): Promise<void> {
  stepper.step = COLD_PACK_STEP;
  await stepper.updateComplete;
  const start = all<HTMLButtonElement>(stepper, '[part="timer"] button').find((button) => /^Start a/.test(button.textContent!.trim()));
  if (!start) throw new Error(`no countdown to start on step ${COLD_PACK_STEP}: ${visibleText(stepper).slice(0, 120)}`);
  start.click();
  await stepper.updateComplete;
}

describe('1,000 connect and disconnect cycles', () => {
  it(`leave no listener on window or document, no timer and no new observer: ${CYCLES} cycles of a checker, a stepper with its countdown running and a banner`, async function () {
    this.timeout(60_000);
    const page = await fixture<HTMLElement>(html`<main></main>`);
    // Once first: the page-language observer is made by the first widget, once per page.
    const first = document.createElement('clog-red-flag-banner') as Widget;
    page.append(first);
    await first.updateComplete;
    first.remove();
    await settle();
    const before = leftovers();

    let kept: Widget[] = [];
    let during = before;
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      // Every other cycle brings the same elements back: the countdown must start again, then stop again.
      const fresh = cycle % 2 === 0;
      const widgets = fresh ? (['clog-checker', 'clog-massage-stepper', 'clog-red-flag-banner'].map((tag) => document.createElement(tag)) as Widget[]) : kept;
      page.append(...widgets);
      await Promise.all(widgets.map((widget) => widget.updateComplete));
      if (fresh) await startCountdown(widgets[1] as ClogMassageStepper);
      if (cycle === 1) during = leftovers();
      for (const widget of widgets) widget.remove();
      kept = widgets;
    }
    await settle();
    const after = leftovers();
    const shown = (counts: typeof before) => `${counts.listeners.length} listeners, ${counts.intervals} intervals, ${counts.timeouts} timeouts, ${counts.observersCreated} observer(s) made`;
    console.log(`lifecycle: ${CYCLES} cycles of 3 widgets. Before: ${shown(before)}. Connected: ${shown(during)} (${during.listeners.join(', ')}). After: ${shown(after)}.`);
    // The counters see the widgets at work: the language listener of each and the running countdown.
    expect(during.intervals, 'the running countdown, counted').to.be.greaterThan(before.intervals);
    expect(during.listeners.length, 'the widgets’ listeners, counted').to.be.greaterThan(before.listeners.length);
    expect(after.listeners, 'listeners on window and document').to.deep.equal(before.listeners);
    expect(after.intervals, 'intervals still running').to.equal(before.intervals);
    expect(after.timeouts, 'timeouts still pending').to.be.at.most(before.timeouts);
    expect(after.frames, 'animation frames still pending').to.be.at.most(before.frames);
    expect(after.observersCreated, 'observers created').to.equal(before.observersCreated);
  });
});

describe('many widgets on one page', () => {
  afterEach(async () => {
    await setLocale('en');
  });

  it('100 widgets render, each with its heading, advice and not-a-diagnosis line, with no warning; a change of language reaches all of them', async () => {
    const warnings = captureWarnings();
    try {
      const tags = Array.from({ length: 100 }, (_, index) => ['clog-checker', 'clog-massage-stepper', 'clog-red-flag-banner'][index % 3]!);
      const page = await fixture<HTMLElement>(html`<main></main>`);
      page.append(...tags.map((tag) => document.createElement(tag)));
      const widgets = [...page.children] as Widget[];
      await Promise.all(widgets.map((widget) => widget.updateComplete));
      const english = widgets.map((widget) => visibleText(widget, '[role="heading"]'));
      for (const [index, widget] of widgets.entries()) {
        expect(english[index], `widget ${index + 1}, <${widget.localName}>`).to.match(/\w{3}/);
        expect(visibleText(widget, '[part="about"]'), `widget ${index + 1}`).to.include('not a diagnosis');
      }
      expect(new Set(english).size, 'three kinds of widget, three headings').to.equal(3);
      expect(warnings.messages).to.deep.equal([]);

      await setLocale('es');
      await waitUntil(
        () => widgets.every((widget, index) => visibleText(widget, '[role="heading"]') !== english[index]),
        'not every one of the 100 widgets switched to Spanish',
      );
      expect(widgets.every((widget) => widget.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang') === 'es')).to.equal(true);
    } finally {
      warnings.restore();
    }
  });
});

describe('a widget moved around the page', () => {
  it('re-parented mid-walk, the checker keeps the reader’s answers and goes on', async () => {
    const page = await fixture<HTMLElement>(html`<div><section id="a"><clog-checker></clog-checker></section><aside id="b"></aside></div>`);
    await rendered(page);
    const checker = page.querySelector<ClogChecker>('clog-checker')!;
    await tap(checker, 'None of these');
    const second = question(checker);
    page.querySelector('#b')!.append(checker);
    await checker.updateComplete;
    expect(question(checker), 'the same question after the move').to.equal(second);
    expect(visibleText(checker, '[part="progress"]')).to.include('Question 2');
    await tick(checker, 'Redness or swelling on the breast spreading fast: you can see it grow within hours');
    await tap(checker, 'Continue');
    expect(visibleText(checker, '[part="result"]')).to.include('Get emergency help now');
    // The page's CSS still cannot reach in, and the widget still draws itself after the move.
    expect(getComputedStyle(checker.shadowRoot!.querySelector('[part="base"]')!).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('the stepper keeps its step and its running countdown when moved, and stops it when removed', async () => {
    const page = await fixture<HTMLElement>(html`<div><section><clog-massage-stepper></clog-massage-stepper></section><aside></aside></div>`);
    await rendered(page);
    const stepper = page.querySelector<ClogMassageStepper>('clog-massage-stepper')!;
    await startCountdown(stepper);
    const running = leftovers().intervals;
    page.querySelector('aside')!.append(stepper);
    await stepper.updateComplete;
    expect(visibleText(stepper, '[part="progress"] > span')).to.equal(`Step ${COLD_PACK_STEP} of ${STEPS.length}`);
    expect(all(stepper, '[part="timer"] button').map((button) => button.textContent!.trim())).to.include('Pause');
    expect(leftovers().intervals, 'one countdown, not two').to.equal(running);
    stepper.remove();
    expect(leftovers().intervals).to.equal(running - 1);
  });
});
