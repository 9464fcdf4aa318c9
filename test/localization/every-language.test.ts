import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { ClogChecker } from '../../src/components/checker/checker.js';
import type { ClogMassageStepper } from '../../src/components/massage-stepper/massage-stepper.js';
import type { ClogRedFlagBanner } from '../../src/components/red-flag-banner/red-flag-banner.js';
import { STEPS } from '../../src/content/steps.js';
import { getLocale, matchLocale, setLocale } from '../../src/localization.js';
import { rendered } from '../helpers.js';

const LOCALES = ['es', 'fr', 'de', 'pt-BR', 'ar'] as const;

/**
 * English phrases a translation must replace: the text between placeholders of every source
 * string whose translation differs (so "No", the same in Spanish, is not a leftover).
 */
async function englishPhrases(locale: string): Promise<string[]> {
  const xml = await (await fetch(`/xliff/${locale}.xlf`)).text();
  const units = new DOMParser().parseFromString(xml, 'application/xml').querySelectorAll('trans-unit');
  const phrases: string[] = [];
  // A word the translations themselves use is a word of the language ("Continue" in Portuguese).
  const translated = [...units].map((unit) => unit.querySelector('target')?.textContent ?? '').join('\n');
  for (const unit of units) {
    for (const node of unit.querySelector('source')?.childNodes ?? []) {
      const phrase = node.nodeType === Node.TEXT_NODE ? (node.textContent ?? '').trim() : '';
      if (phrase.length >= 8 && /[a-z]{3}/i.test(phrase) && !translated.includes(phrase)) phrases.push(phrase);
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

/** Clicks a checker button by its position among the answers (labels differ per language). */
async function press(checker: ClogChecker, selector: string, index = 0): Promise<void> {
  const target = checker.shadowRoot!.querySelectorAll<HTMLElement>(selector)[index];
  if (!target) throw new Error(`no ${selector} #${index} on: ${readerText(checker.shadowRoot!).slice(0, 160)}`);
  target.click();
  await checker.updateComplete;
  for (const banner of checker.shadowRoot!.querySelectorAll<ClogRedFlagBanner>('clog-red-flag-banner')) await banner.updateComplete;
}

const ANSWER = '[part="answer"]';
const onQuestion = (checker: ClogChecker) => checker.shadowRoot!.querySelector('#question') !== null;
const restart = (checker: ClogChecker) => press(checker, '[part="nav"] button', 1);

/**
 * Every screen and result of the checker, in the active language: each screen with "None of
 * these" or "No" (and its error messages), "Not sure", the fever follow-up with a reading shown
 * back, and a result at every level. Calls visit on each.
 */
async function everyCheckerScreen(checker: ClogChecker, visit: (what: string) => Promise<void>): Promise<void> {
  // 1. No warning sign and no lump: every screen but the fever follow-up, with the errors.
  await press(checker, ANSWER, 0); // Continue with nothing ticked: the message
  await visit('a signs screen with its message');
  while (onQuestion(checker)) {
    const input = checker.shadowRoot!.querySelector<HTMLInputElement>('#temperature');
    if (input) {
      input.value = 'abc';
      input.dispatchEvent(new InputEvent('input'));
      await press(checker, ANSWER, 1);
      await visit('the temperature message');
      input.value = '';
      input.dispatchEvent(new InputEvent('input'));
      await checker.updateComplete;
    }
    await visit('a screen');
    await press(checker, ANSWER, 1); // "None of these" or "No"
  }
  await visit('the no-lump result');
  // 2. "Not sure" to the sepsis signs, none of the breast emergency signs: urgent care.
  await restart(checker);
  await press(checker, ANSWER, 2);
  await press(checker, ANSWER, 1);
  await visit('the urgent-care result after not sure');
  // 3. A fever typed in the other unit, the follow-up, a weakened immune system: urgent care.
  await restart(checker);
  while (!checker.shadowRoot!.querySelector('#temperature')) await press(checker, ANSWER, 1);
  const input = checker.shadowRoot!.querySelector<HTMLInputElement>('#temperature')!;
  input.value = '100.4';
  input.dispatchEvent(new InputEvent('input'));
  await checker.updateComplete;
  await visit('the temperature read as the other unit');
  await press(checker, ANSWER, 0);
  await visit('the fever follow-up');
  await press(checker, '[part="sign"]', 0);
  await press(checker, ANSWER, 0);
  await visit('the urgent-care result');
  // 4. A sign of sepsis: the emergency result with its call button.
  await restart(checker);
  await press(checker, '[part="sign"]', 0);
  await press(checker, ANSWER, 0);
  await visit('the emergency result');
  // 5. Each of the later levels: a same-day sign, an appointment sign, self-care.
  for (const [skip, tick] of [[4, true], [5, true], [6, false]] as const) {
    await restart(checker);
    for (let screen = 0; screen < skip; screen += 1) await press(checker, ANSWER, 1);
    if (tick) {
      await press(checker, '[part="sign"]', 0);
      await press(checker, ANSWER, 0);
    } else {
      await press(checker, ANSWER, 0); // "Yes", a tender lump
    }
    await visit(`a result after ${skip} screens`);
  }
}

/** Every screen of the three widgets, as text: the banner, each checker screen and result, each step. */
async function everyScreen(): Promise<string[]> {
  const screens: string[] = [];
  const banner = await fixture<ClogRedFlagBanner>(html`<clog-red-flag-banner reasons="fever" care-href="/care"></clog-red-flag-banner>`);
  await banner.updateComplete;
  screens.push(readerText(banner));

  const checker = await fixture<ClogChecker>(html`<clog-checker temperature-unit="c" emergency-number="112" urgent-number="111"></clog-checker>`);
  await everyCheckerScreen(checker, async () => {
    screens.push(readerText(checker));
  });

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
    await rendered(page);
    const widgets = [...page.children];
    const english = widgets.map(headingOf);
    await setLocale('de');
    await waitUntil(() => widgets.every((widget, index) => headingOf(widget) !== english[index]), 'not every widget switched to German');
    expect(widgets.every((widget) => widget.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang') === 'de')).to.equal(true);
  });

  it('Arabic is laid out right to left inside each widget, even on a left-to-right page', async () => {
    const page = await fixture(html`<div dir="ltr">
      <clog-checker></clog-checker><clog-massage-stepper></clog-massage-stepper><clog-red-flag-banner></clog-red-flag-banner>
    </div>`);
    await rendered(page);
    const [checker, stepper, banner] = [...page.children] as HTMLElement[];
    await inLocale('ar', banner);
    for (const widget of [checker, stepper, banner]) {
      const root = widget.shadowRoot!.querySelector('[part="base"]')!;
      expect(root.getAttribute('dir'), widget.localName).to.equal('rtl');
      expect(getComputedStyle(root).direction, widget.localName).to.equal('rtl');
    }
    // The step list reads from the right: step 1 sits right of step 2.
    const [first, second] = stepper.shadowRoot!.querySelectorAll('[part="progress"] button');
    expect(first.getBoundingClientRect().left).to.be.greaterThan(second.getBoundingClientRect().left);
    // The banner's urgency stripe is on the right, where an Arabic reader starts.
    const group = banner.shadowRoot!.querySelector('[part~="group"]')!;
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

  for (const locale of ['en', ...LOCALES]) {
    for (const theme of ['light', 'dark'] as const) {
      it(`${locale}, ${theme}: every checker screen and result, the stepper and the banner are accessible`, async function () {
        this.timeout(60000);
        const page = await fixture(html`<div>
          <clog-checker theme=${theme} emergency-number="112" urgent-number="111"></clog-checker>
          <clog-massage-stepper theme=${theme}></clog-massage-stepper>
          <clog-red-flag-banner theme=${theme} reasons="fever"></clog-red-flag-banner>
        </div>`);
        await rendered(page);
        if (locale !== 'en') await inLocale(locale, page.querySelector('clog-red-flag-banner')!);
        const checker = page.querySelector<ClogChecker>('clog-checker')!;
        let screens = 0;
        await everyCheckerScreen(checker, async (what) => {
          screens += 1;
          await expect(checker, `${locale} ${theme}: ${what}`).to.be.accessible();
        });
        expect(screens).to.be.greaterThan(12);
        for (const widget of [...page.children].slice(1)) await expect(widget, `${locale} ${widget.localName}`).to.be.accessible();
      });
    }
  }
});
