import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { ClogChecker } from '../../src/components/checker/checker.js';
import type { ClogMassageStepper } from '../../src/components/massage-stepper/massage-stepper.js';
import type { ClogRedFlagBanner } from '../../src/components/red-flag-banner/red-flag-banner.js';
import { STEPS } from '../../src/content/steps.js';
import { getLocale, matchLocale, setLocale } from '../../src/localization.js';

const LOCALES = ['es', 'fr', 'de', 'pt-BR', 'ar'] as const;

/**
 * English phrases a translation must replace: the text between placeholders of every source
 * string whose translation differs (so "No", the same in Spanish, is not a leftover).
 */
async function englishPhrases(locale: string): Promise<string[]> {
  const xml = await (await fetch(`/xliff/${locale}.xlf`)).text();
  const units = new DOMParser().parseFromString(xml, 'application/xml').querySelectorAll('trans-unit');
  const phrases: string[] = [];
  for (const unit of units) {
    const target = unit.querySelector('target')?.textContent ?? '';
    for (const node of unit.querySelector('source')?.childNodes ?? []) {
      const phrase = node.nodeType === Node.TEXT_NODE ? (node.textContent ?? '').trim() : '';
      if (phrase.length >= 8 && /[a-z]{3}/i.test(phrase) && !target.includes(phrase)) phrases.push(phrase);
    }
  }
  return phrases;
}

/** Everything a reader sees or hears: text and accessible names, through nested shadow roots. */
function readerText(root: Node): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += ` ${node.textContent}`;
    if (node instanceof Element) {
      for (const name of ['aria-label', 'placeholder', 'title']) if (node.hasAttribute(name)) text += ` ${node.getAttribute(name)}`;
      if (node.localName === 'style') return;
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return text.replace(/[ \t\n\r\f]+/g, ' ');
}

const headingOf = (element: Element) => element.shadowRoot?.querySelector('[role="heading"]')?.textContent?.trim() ?? '';

async function inLocale(locale: string, element: Element): Promise<void> {
  const english = headingOf(element);
  await setLocale(locale);
  await waitUntil(() => getLocale() === locale && headingOf(element) !== english, `${locale} never showed`);
}

/** Every screen of the three widgets, as text: the banner, each checker question and result, each step. */
async function everyScreen(): Promise<string[]> {
  const screens: string[] = [];
  const banner = await fixture<ClogRedFlagBanner>(html`<clog-red-flag-banner reasons="fever" care-href="/care"></clog-red-flag-banner>`);
  await banner.updateComplete;
  screens.push(readerText(banner));

  const checker = await fixture<ClogChecker>(html`<clog-checker temperature-unit="c"></clog-checker>`);
  const answer = async (index: number) => {
    checker.shadowRoot!.querySelectorAll<HTMLButtonElement>('.answer')[index].click();
    await checker.updateComplete;
  };
  while (checker.shadowRoot!.querySelector('#question')) {
    const input = checker.shadowRoot!.querySelector<HTMLInputElement>('#temperature');
    if (input) {
      input.value = 'abc';
      input.dispatchEvent(new InputEvent('input'));
      await answer(1);
      screens.push(readerText(checker)); // with the inline message
      input.value = '';
      input.dispatchEvent(new InputEvent('input'));
      await checker.updateComplete;
    }
    screens.push(readerText(checker));
    await answer(1); // "No"
  }
  screens.push(readerText(checker));
  checker.shadowRoot!.querySelector<HTMLButtonElement>('[part="nav"] button:last-child')!.click(); // Start again
  await checker.updateComplete;
  await answer(0); // "Yes" to the first sign: the emergency result
  const banner2 = checker.shadowRoot!.querySelector<ClogRedFlagBanner>('clog-red-flag-banner')!;
  await banner2.updateComplete;
  screens.push(readerText(checker));

  const stepper = await fixture<ClogMassageStepper>(html`<clog-massage-stepper id="steps"></clog-massage-stepper>`);
  for (let step = 1; step <= STEPS.length; step += 1) {
    stepper.step = step;
    await stepper.updateComplete;
    screens.push(readerText(stepper));
  }
  return screens;
}

afterEach(async () => {
  await setLocale('en');
});

describe('every language', () => {
  it('resolves page languages as design.md says: pt-PT → pt-BR, es-MX → es, AR → ar', () => {
    expect(matchLocale('pt-PT')).to.equal('pt-BR');
    expect(matchLocale('pt')).to.equal('pt-BR');
    expect(matchLocale('es-MX')).to.equal('es');
    expect(matchLocale('de-AT')).to.equal('de');
    expect(matchLocale('fr-CA')).to.equal('fr');
    expect(matchLocale('AR')).to.equal('ar');
    expect(matchLocale('ar-EG')).to.equal('ar');
  });

  for (const locale of LOCALES) {
    it(`${locale}: no English is left on any screen of any widget`, async () => {
      const phrases = await englishPhrases(locale);
      expect(phrases.length, 'the English phrases to look for').to.be.greaterThan(100);
      const anchor = await fixture<ClogRedFlagBanner>(html`<clog-red-flag-banner></clog-red-flag-banner>`);
      await inLocale(locale, anchor);
      const screens = await everyScreen();
      const leftovers = phrases.filter((phrase) => screens.some((screen) => screen.includes(phrase)));
      expect(leftovers, `English left in ${locale}`).to.deep.equal([]);
    });
  }

  it('switching language live re-renders every widget on the page', async () => {
    const page = await fixture(html`<div>
      <clog-checker></clog-checker><clog-massage-stepper></clog-massage-stepper><clog-red-flag-banner></clog-red-flag-banner>
    </div>`);
    const widgets = [...page.children];
    const english = widgets.map(headingOf);
    await setLocale('de');
    await waitUntil(() => widgets.every((widget, index) => headingOf(widget) !== english[index]), 'not every widget switched to German');
    expect(widgets.every((widget) => widget.shadowRoot!.querySelector('.root')!.getAttribute('lang') === 'de')).to.equal(true);
  });

  it('Arabic is laid out right to left inside each widget, even on a left-to-right page', async () => {
    const page = await fixture(html`<div dir="ltr">
      <clog-checker></clog-checker><clog-massage-stepper></clog-massage-stepper><clog-red-flag-banner></clog-red-flag-banner>
    </div>`);
    const [checker, stepper, banner] = [...page.children] as HTMLElement[];
    await inLocale('ar', banner);
    for (const widget of [checker, stepper, banner]) {
      const root = widget.shadowRoot!.querySelector('.root')!;
      expect(root.getAttribute('dir'), widget.localName).to.equal('rtl');
      expect(getComputedStyle(root).direction, widget.localName).to.equal('rtl');
    }
    // The step list reads from the right: step 1 sits right of step 2.
    const [first, second] = stepper.shadowRoot!.querySelectorAll('.dot');
    expect(first.getBoundingClientRect().left).to.be.greaterThan(second.getBoundingClientRect().left);
    // The banner's urgency stripe is on the right, where an Arabic reader starts.
    const group = banner.shadowRoot!.querySelector('.group')!;
    expect(getComputedStyle(group).borderRightWidth).to.equal('6px');
    // Dates and numbers are formatted by Intl for Arabic (whichever digits the browser's Arabic uses).
    const date = new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2026-11-24T00:00:00Z'));
    expect(readerText(stepper)).to.include(date);
    expect(readerText(stepper)).to.include(new Intl.NumberFormat('ar').format(10));
    // The fever threshold is one isolated piece ("38.0°م"), so right-to-left text cannot split it.
    const celsius = new Intl.NumberFormat('ar', { style: 'unit', unit: 'celsius', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(38);
    expect(banner.shadowRoot!.textContent).to.include(`\u2068${celsius}\u2069`);
    // The page around stays left to right.
    expect(getComputedStyle(page).direction).to.equal('ltr');
  });

  for (const locale of LOCALES) {
    it(`${locale}: is accessible`, async () => {
      const page = await fixture(html`<div>
        <clog-checker></clog-checker><clog-massage-stepper></clog-massage-stepper><clog-red-flag-banner reasons="fever"></clog-red-flag-banner>
      </div>`);
      await inLocale(locale, page.querySelector('clog-red-flag-banner')!);
      for (const widget of page.children) await expect(widget, `${locale} ${widget.localName}`).to.be.accessible();
    });
  }
});
