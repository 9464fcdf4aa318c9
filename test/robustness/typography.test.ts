// Widgets live in other people's articles. A common pattern sets `html { font-size: 62.5% }` and
// the body text back to 16px; sizes in rem then shrank every widget to 10px. Sizes now follow the
// text around the element, never below 14px, and targets stay at least 24px.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { ClogChecker } from '../../src/components/checker/checker.js';
import type { ClogMassageStepper } from '../../src/components/massage-stepper/massage-stepper.js';
import type { ClogRedFlagBanner } from '../../src/components/red-flag-banner/red-flag-banner.js';
import { all, tap, visibleText, rendered } from '../helpers.js';
import { smallestTarget, smallestText, textBlocks } from './measure.js';
import { openEverything, walkToEmergency } from './walk.js';

const ROOT_AT_62_5 = 'html { font-size: 62.5%; } body { font-size: 1.6rem; }';

let style: HTMLStyleElement | undefined;
function pageCss(css: string): void {
  style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
}
afterEach(() => style?.remove());

const px = (element: Element) => parseFloat(getComputedStyle(element).fontSize);
/** The font size of the element holding these words, inside a widget. */
function sizeOf(widget: Element, words: string): number {
  const block = textBlocks(widget).find((candidate) => visibleText(candidate.element).startsWith(words));
  if (!block) throw new Error(`<${widget.localName}> shows no text starting "${words}"`);
  return block.size;
}

describe('on a page with html { font-size: 62.5% } and body text at 16px', () => {
  beforeEach(() => pageCss(ROOT_AT_62_5));

  it('every widget, in every state a reader reaches, reads at 16px like the article, no text under 14px, no target under 24px', async () => {
    const page = await fixture(html`<div>
      <clog-checker emergency-number="911"></clog-checker>
      <clog-massage-stepper></clog-massage-stepper>
      <clog-red-flag-banner compact care-href="/care" reasons="fever"></clog-red-flag-banner>
    </div>`);
    await rendered(page);
    expect(px(document.body), 'the article text').to.equal(16);
    const checker = page.querySelector<ClogChecker>('clog-checker')!;
    const stepper = page.querySelector<ClogMassageStepper>('clog-massage-stepper')!;
    const banner = page.querySelector<ClogRedFlagBanner>('clog-red-flag-banner')!;

    const seen: { state: string; text: number; target: number }[] = [];
    const check = (state: string, widget: HTMLElement) => {
      const text = smallestText(widget);
      const target = smallestTarget(widget);
      seen.push({ state, text: text.size, target: Math.min(target.width, target.height) });
      expect(text.size, `${state}: "${text.text}" is ${text.size}px`).to.be.at.least(14);
      expect(Math.min(target.width, target.height), `${state}: ${target.name} is ${target.width}×${target.height}px`).to.be.at.least(24);
    };

    check('checker, first screen', checker);
    expect(sizeOf(checker, 'Slurred speech'), 'a sign the reader ticks').to.equal(16);
    await tap(checker, 'None of these');
    await tap(checker, 'None of these');
    await tap(checker, 'None of these');
    check('checker, temperature screen', checker);
    await tap(checker, 'Start again');
    await walkToEmergency(checker);
    await openEverything(checker);
    check('checker, emergency result with the banner and summary open', checker);
    expect(sizeOf(checker, 'Call 911')).to.be.greaterThan(16);

    check('stepper, first step', stepper);
    expect(sizeOf(stepper, 'Step 1 of')).to.be.at.least(14);
    stepper.layout = 'list';
    await stepper.updateComplete;
    await openEverything(stepper);
    check('stepper, every step as a list', stepper);

    await openEverything(banner);
    check('banner, compact, opened, with a care link and a matched sign', banner);
    expect(sizeOf(banner, 'With signs of sepsis'), 'the banner’s opening advice').to.equal(16);

    const smallest = Math.min(...seen.map((state) => state.text));
    console.log(`62.5% page: smallest text ${smallest}px, smallest target ${Math.min(...seen.map((state) => state.target))}px`, JSON.stringify(seen));
  });

  it('a --clog-font-size in rem, which would mean 10px here, is raised to 14px', async () => {
    const banner = await fixture<ClogRedFlagBanner>(html`<clog-red-flag-banner style="--clog-font-size: 1rem"></clog-red-flag-banner>`);
    expect(smallestText(banner).size).to.equal(14);
  });
});

describe('text follows the article around the widget', () => {
  it('in an article set at 20px, the widgets’ body text is 20px and headings are larger', async () => {
    const page = await fixture(html`<div style="font-size: 20px">
      <clog-red-flag-banner></clog-red-flag-banner><clog-massage-stepper></clog-massage-stepper>
    </div>`);
    await rendered(page);
    const [banner, stepper] = [...page.children];
    expect(sizeOf(banner, 'With signs of sepsis')).to.equal(20);
    expect(sizeOf(banner, 'When to get help')).to.be.greaterThan(20);
    expect(px(all(stepper, 'p').find((p) => !p.className)!)).to.equal(20);
  });

  it('in a sidebar set at 12px, nothing is drawn under 14px', async () => {
    const page = await fixture(html`<aside style="font-size: 12px">
      <clog-checker></clog-checker><clog-massage-stepper></clog-massage-stepper><clog-red-flag-banner></clog-red-flag-banner>
    </aside>`);
    await rendered(page);
    for (const widget of page.children) expect(smallestText(widget).size, widget.localName).to.equal(14);
  });

  it('--clog-font-size still sets the base size, and the checker’s banner follows the checker instead of scaling twice', async () => {
    const page = await fixture(html`<div style="--clog-font-size: 1.25em; font-size: 16px">
      <clog-checker></clog-checker><clog-red-flag-banner></clog-red-flag-banner>
    </div>`);
    await rendered(page);
    const checker = page.querySelector<ClogChecker>('clog-checker')!;
    const banner = page.querySelector<ClogRedFlagBanner>('clog-red-flag-banner')!;
    expect(sizeOf(banner, 'With signs of sepsis')).to.equal(20);
    await walkToEmergency(checker);
    const inner = checker.shadowRoot!.querySelector('clog-red-flag-banner')!;
    expect(sizeOf(inner, 'With signs of sepsis'), 'the checker’s own banner').to.equal(20);
    expect(px(checker.shadowRoot!.querySelector('[part="result"] .action')!)).to.equal(20);

    banner.style.setProperty('--clog-font-size', '18px');
    expect(sizeOf(banner, 'With signs of sepsis')).to.equal(18);
  });

  it('uses the article’s own font unless --clog-font-family is set', async () => {
    const page = await fixture(html`<div style="font-family: Georgia, serif">
      <clog-red-flag-banner></clog-red-flag-banner><clog-massage-stepper style="--clog-font-family: monospace"></clog-massage-stepper>
    </div>`);
    await rendered(page);
    const [banner, stepper] = [...page.children];
    const family = (widget: Element, selector: string) => getComputedStyle(widget.shadowRoot!.querySelector(selector)!).fontFamily;
    expect(family(banner, '.intro')).to.equal(getComputedStyle(page).fontFamily);
    expect(family(stepper, 'button')).to.equal('monospace');
  });
});
