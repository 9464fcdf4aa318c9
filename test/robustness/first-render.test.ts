// Widgets render when they come near the viewport or when the page is idle, each in a task of its
// own, so that a page with three of them never has one long task (the bench measures it). These
// tests hold the promises a reader relies on: everything is there once the page is idle, and
// everything is there to print.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { ClogChecker } from '../../src/components/checker/checker.js';
import { firstRenderSlot } from '../../src/internal/first-render.js';
import { all, rendered, tap, visibleText } from '../helpers.js';

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

  it('two widgets that come into view together render in two tasks, not one long one', async () => {
    const page = await fixture(html`<div><span>one</span><span>two</span></div>`);
    const ready = new Set<Element>();
    const otherReadyFirst: boolean[] = [];
    const spans = [...page.querySelectorAll('span')];
    await Promise.all(
      spans.map((span) =>
        firstRenderSlot(span).then(() => {
          otherReadyFirst.push(ready.size > 0);
          ready.add(span);
        }),
      ),
    );
    expect(otherReadyFirst, 'the first to render found the other still waiting for a task of its own').to.deep.equal([false, true]);
  });

  it('the checker’s own warning-signs banner renders with its result, in one piece', async () => {
    const checker = await fixture<ClogChecker>(html`<clog-checker></clog-checker>`);
    all(checker, '[part="sign"] input')[0].click(); // the first sign of sepsis
    await checker.updateComplete;
    await tap(checker, 'Continue');
    const banner = checker.shadowRoot!.querySelector('clog-red-flag-banner');
    expect(banner, 'an emergency result shows the banner').to.not.equal(null);
    await microtasks();
    expect(visibleText(banner!)).to.not.equal('');
  });
});
