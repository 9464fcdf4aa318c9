// Widgets render when they come near the viewport or when the page is idle, each in a task of its
// own, so that a page with three of them never has one long task (the bench measures it). These
// tests hold the promises a reader relies on: everything is there once the page is idle, and
// everything is there to print.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { ClogChecker } from '../../src/components/checker/checker.js';
import type { ClogRedFlagBanner } from '../../src/components/red-flag-banner/red-flag-banner.js';
import { firstRenderSlot } from '../../src/internal/first-render.js';
import { rendered, visibleText } from '../helpers.js';
import { walkToEmergency } from './walk.js';

const microtasks = async (count = 20) => {
  for (let i = 0; i < count; i++) await Promise.resolve();
};

describe('first render', () => {
  it('a widget far below the fold is there once the page is idle, for screen readers and find-in-page', async () => {
    const page = await fixture(html`<div><div style="block-size: 20000px"></div><clog-checker></clog-checker></div>`);
    const checker = page.querySelector('clog-checker')!;
    await rendered(page);
    expect(visibleText(checker)).to.include('Do you have any of these');
  });

  it('before printing, a widget that has not rendered yet renders at once, with no task in between', async () => {
    const page = await fixture(html`<div><div style="block-size: 20000px"></div></div>`);
    const checker = document.createElement('clog-checker') as ClogChecker;
    page.append(checker);
    await microtasks();
    expect(visibleText(checker), 'not rendered while far below the fold').to.equal('');
    dispatchEvent(new Event('beforeprint'));
    await microtasks();
    expect(visibleText(checker)).to.include('Do you have any of these');
  });

  it('a page keeps the space it reserved for a widget until the widget has rendered (:state(pending)), so nothing jumps', async () => {
    const page = await fixture(html`<div>
      <style>
        clog-checker:is(:not(:defined), :state(pending)) { display: block; min-height: 700px; }
      </style>
      <div style="block-size: 20000px"></div>
    </div>`);
    const checker = document.createElement('clog-checker') as ClogChecker;
    page.append(checker);
    await microtasks();
    expect(checker.matches(':state(pending)')).to.equal(true);
    expect(checker.getBoundingClientRect().height, 'the reserved space, not an empty widget').to.equal(700);
    dispatchEvent(new Event('beforeprint'));
    await microtasks();
    expect(checker.matches(':state(pending)')).to.equal(false);
    expect(visibleText(checker)).to.include('Do you have any of these');
  });

  it('two widgets that come into view together prepare and render one step at a time, and a slow step hands the page a frame before the next', async () => {
    const page = await fixture(html`<div><span>one</span><span>two</span></div>`);
    let frames = 0;
    let counting = true;
    const count = () => {
      frames += 1;
      if (counting) requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    const steps: string[] = [];
    const framesAt: number[] = [];
    const step = (what: string, busyMs = 0) => () => {
      steps.push(what);
      framesAt.push(frames);
      const until = performance.now() + busyMs;
      while (performance.now() < until); // a step as slow as a render on a phone
    };
    const [one, two] = [...page.querySelectorAll('span')];
    await Promise.all([
      firstRenderSlot(one, step('styles one', 12)).then(step('render one', 12)),
      firstRenderSlot(two, step('styles two', 12)).then(step('render two')),
    ]);
    counting = false;
    expect(steps).to.deep.equal(['styles one', 'render one', 'styles two', 'render two']);
    for (let i = 1; i < steps.length; i++) expect(framesAt[i], `a frame between "${steps[i - 1]}" and "${steps[i]}"`).to.be.greaterThan(framesAt[i - 1]);
  });

  it('a widget moved into another document before its first render renders there, and so does every widget after it', async () => {
    const page = await fixture(html`<div><div style="block-size: 20000px"></div><iframe title="preview"></iframe></div>`);
    const checker = document.createElement('clog-checker') as ClogChecker;
    page.append(checker);
    await microtasks();
    const frame = page.querySelector('iframe')!;
    frame.contentDocument!.body.append(frame.contentDocument!.adoptNode(checker));
    const banner = document.createElement('clog-red-flag-banner') as ClogRedFlagBanner;
    page.prepend(banner);
    await rendered(banner);
    expect(visibleText(banner)).to.include('When to get help');
    await checker.updateComplete;
    expect(visibleText(checker)).to.include('Do you have any of these');
  });

  it('until it renders, a widget shows the page’s own fallback content, untouched', async () => {
    const page = await fixture(html`<div><div style="block-size: 20000px"></div></div>`);
    page.insertAdjacentHTML('beforeend', '<clog-red-flag-banner><p>See a doctor urgently if you feel very unwell.</p></clog-red-flag-banner>');
    const banner = page.querySelector('clog-red-flag-banner') as ClogRedFlagBanner;
    await microtasks();
    const fallback = banner.querySelector('p')!;
    expect(banner.matches(':state(pending)')).to.equal(true);
    expect(fallback.getClientRects().length, 'the fallback is drawn').to.be.greaterThan(0);
    // Left where it is, not moved into a slot of the widget's: the browser need not lay it out again.
    expect(fallback.assignedSlot, 'the page’s own content, not slotted').to.equal(null);
    dispatchEvent(new Event('beforeprint'));
    await microtasks();
    expect(fallback.getClientRects().length, 'the widget replaces it').to.equal(0);
  });

  it('the checker’s own warning-signs banner renders with its result, in one piece', async () => {
    const checker = await fixture<ClogChecker>(html`<clog-checker></clog-checker>`);
    await walkToEmergency(checker);
    const banner = checker.shadowRoot!.querySelector('clog-red-flag-banner');
    expect(banner, 'an emergency result shows the banner').to.not.equal(null);
    await microtasks();
    expect(visibleText(banner!)).to.not.equal('');
  });
});

describe('first render in English', () => {
  it('makes no Intl call: its first use on a page costs a phone about 80 ms of one task', async () => {
    const calls: string[] = [];
    const intl = Intl as unknown as Record<string, unknown>;
    const originals = new Map<string, unknown>();
    for (const name of ['NumberFormat', 'DateTimeFormat', 'ListFormat', 'PluralRules', 'RelativeTimeFormat', 'Locale', 'Collator']) {
      const Native = intl[name] as (new (...args: unknown[]) => object) | undefined;
      if (!Native) continue;
      originals.set(name, Native);
      intl[name] = new Proxy(Native, {
        construct(target, args) {
          calls.push(name);
          return Reflect.construct(target, args);
        },
        apply(target, self, args) {
          calls.push(name);
          return Reflect.apply(target, self, args);
        },
      });
    }
    try {
      const page = await fixture(html`<div>
        <clog-checker></clog-checker>
        <clog-massage-stepper></clog-massage-stepper>
        <clog-red-flag-banner></clog-red-flag-banner>
      </div>`);
      await rendered(page);
      expect(visibleText(page.querySelector('clog-red-flag-banner')!), 'the banner shows its fever threshold').to.include("38.0°C (100.4°F)");
    } finally {
      for (const [name, Native] of originals) intl[name] = Native;
    }
    expect(calls).to.deep.equal([]);
  });
});
