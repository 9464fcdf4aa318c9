// The widgets are pasted into pages the project never sees. Each stylesheet here is a rule real
// pages carry (a reset, a theme, a root size, a zoom), none aimed at the widgets. On every one, a
// reader on a phone still reads every word at a sane size, left to right in English, sees and can
// tap every control, and can walk the checker to its advice and the stepper to its end.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { ClogChecker } from '../../src/components/checker/checker.js';
import type { ClogMassageStepper } from '../../src/components/massage-stepper/massage-stepper.js';
import { visibleText, rendered } from '../helpers.js';
import { deepElements, overflowing, smallestText, targets, textBlocks } from './measure.js';
import { openEverything, walkStepper, walkToSelfCare } from './walk.js';

const TAGS = 'clog-checker, clog-massage-stepper, clog-red-flag-banner';

const HOSTILE: { name: string; css: string }[] = [
  { name: 'a 62.5% root with body text at 16px', css: 'html { font-size: 62.5% } body { font-size: 1.6rem }' },
  { name: 'a reset forcing content-box and no margins on everything', css: '* { box-sizing: content-box !important; margin: 0 !important; padding: 0 !important }' },
  { name: 'a theme hiding its own buttons, inputs and labels', css: 'button, input, label, summary, a { display: none !important }' },
  { name: 'huge headings', css: 'h1, h2, h3, h4 { font-size: 96px !important; line-height: 0.8 !important; text-transform: uppercase !important }' },
  { name: 'a right-to-left body with line-height .5', css: 'body { direction: rtl; line-height: .5 }' },
  {
    name: 'body text styles that leak through inheritance',
    css: `body { text-transform: uppercase; letter-spacing: .4em; word-spacing: 1em; text-align: justify; text-indent: 4em;
      white-space: nowrap; font-weight: 900; font-style: italic; color: #fff; text-shadow: 0 0 4px red; font-feature-settings: "smcp" }`,
  },
  { name: '"all: unset" on the elements themselves', css: `${TAGS} { all: unset }` },
  {
    name: 'a modern reset that unsets every element, custom ones included',
    css: ':where(:not(html, iframe, canvas, img, svg, video, audio):not(svg *, symbol *)) { all: unset; display: revert } html { line-height: 0.6; font-size: 10px }',
  },
  { name: 'rules on the elements themselves', css: `${TAGS} { font-size: 9px; line-height: 0; letter-spacing: -2px; white-space: pre; text-align: right; color: transparent }` },
  { name: 'a page zoomed to 125%', css: 'body { zoom: 1.25 }' },
];

/** What a reader sees and can do on one widget, in words a failure message can say. */
function readerCanUse(widget: HTMLElement, page: string, expectedTargets: number): void {
  const where = `${widget.localName} on a page with ${page}`;
  const root = widget.shadowRoot!.querySelector('[part="base"]')!;
  const style = getComputedStyle(root);
  const text = smallestText(widget);
  expect(text.size, `${where}: "${text.text}"`).to.be.at.least(14);
  for (const block of textBlocks(widget)) {
    const line = getComputedStyle(block.element).lineHeight;
    // 'normal' is about 1.2 of the font; a number in px must leave room for the letters.
    if (line !== 'normal') expect(parseFloat(line) / block.size, `${where}: line height of "${block.text}"`).to.be.at.least(1.15);
    expect(getComputedStyle(block.element).textTransform, `${where}: "${block.text}"`).to.equal('none');
  }
  expect(style.direction, `${where}: English reads left to right`).to.equal('ltr');
  expect([style.letterSpacing, style.whiteSpace, style.fontStyle], where).to.deep.equal(['normal', 'normal', 'normal']);
  expect(style.color, `${where}: the text has a colour`).to.not.match(/rgba\(\d+, \d+, \d+, 0\)|rgb\(255, 255, 255\)/);
  expect(overflowing(widget), `${where}: nothing wider than the widget`).to.deep.equal([]);
  const tappable = targets(widget);
  expect(tappable.length, `${where}: controls a reader can see`).to.equal(expectedTargets);
  for (const target of tappable) expect(Math.min(target.width, target.height), `${where}: ${target.name}`).to.be.at.least(24);
  // The widget fills the column it is in, on a phone.
  expect(widget.getBoundingClientRect().width, `${where}: width`).to.be.closeTo(widget.parentElement!.getBoundingClientRect().width, 1);
}

async function article() {
  const page = await fixture(html`<article style="inline-size: 360px">
    <clog-checker></clog-checker>
    <clog-massage-stepper></clog-massage-stepper>
    <clog-red-flag-banner compact care-href="/care"></clog-red-flag-banner>
  </article>`);
  await rendered(page);
  const widgets = [...page.children] as (HTMLElement & { updateComplete: Promise<unknown> })[];
  for (const widget of widgets) await openEverything(widget);
  return widgets;
}

describe('on hostile host pages', () => {
  let clean: number[];
  before(async () => {
    clean = (await article()).map((widget) => targets(widget).length);
  });

  let style: HTMLStyleElement;
  afterEach(() => style.remove());

  for (const { name, css } of HOSTILE) {
    it(`with ${name}, every widget is readable, every control shows and the checker and stepper can be walked to the end`, async () => {
      style = document.createElement('style');
      style.textContent = css;
      document.head.append(style);
      const widgets = await article();
      widgets.forEach((widget, index) => readerCanUse(widget, name, clean[index]!));

      const [checker, stepper] = widgets as [ClogChecker, ClogMassageStepper];
      await walkToSelfCare(checker);
      await openEverything(checker);
      expect(visibleText(checker, '[part="result"]')).to.include('Gentle self-care is a good place to start');
      readerCanUse(checker, `${name} (self-care result)`, targets(checker).length);
      await walkStepper(stepper);
      expect(visibleText(stepper)).to.include('You have been through every step');
    });
  }

  it('page rules never reach inside: heading sizes and hidden controls on the page leave the widgets’ own alone', async () => {
    style = document.createElement('style');
    style.textContent = HOSTILE.map((hostile) => hostile.css).filter((css) => !css.includes('zoom')).join('\n');
    document.head.append(style);
    const [checker, stepper, banner] = await article();
    for (const widget of [checker!, stepper!, banner!]) {
      const headingSizes = deepElements(widget)
        .filter((element) => element.getAttribute('role') === 'heading')
        .map((heading) => parseFloat(getComputedStyle(heading).fontSize));
      // Every heading is bigger than the 14px floor and nowhere near the page's 96px.
      for (const size of headingSizes) expect(size, widget.localName).to.be.within(14, 32);
    }
  });
});
