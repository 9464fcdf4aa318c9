import { expect, waitUntil } from '@open-wc/testing';

// The built module has its html`` and css`` templates minified (rollup.config.mjs). @lit/localize
// finds a translated html message by a hash of its template's strings, computed at run time from
// the strings in the bundle: a msg(html`…`) template changed by one byte would show in English in
// every language. These tests use the built bundle, not the sources the other tests import.

interface Bundle {
  setLocale(tag: string): Promise<void>;
}

interface HtmlMessage {
  id: string;
  source: RegExp;
  target: RegExp;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const collapse = (text: string) => text.replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ');

/** A message as a pattern: its text with whitespace collapsed, each placeholder any text. */
function pattern(element: Element): RegExp {
  const parts = [...element.childNodes].map((node) => (node.nodeType === Node.TEXT_NODE ? escape(collapse(node.textContent ?? '')) : '.+?'));
  return new RegExp(parts.join(''));
}

/** The html messages (ids starting with h) of a language's XLIFF file. */
async function htmlMessages(locale: string): Promise<HtmlMessage[]> {
  const xml = await (await fetch(`/xliff/${locale}.xlf`)).text();
  const units = new DOMParser().parseFromString(xml, 'application/xml').querySelectorAll('trans-unit[id^="h"]');
  return [...units].map((unit) => ({
    id: unit.id,
    source: pattern(unit.querySelector('source')!),
    target: pattern(unit.querySelector('target')!),
  }));
}

/** The text of an element's shadow root and of the elements inside it, whitespace collapsed. */
function shadowText(element: Element): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    if (node instanceof Element && node.localName === 'style') return;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(element);
  return collapse(text);
}

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

async function press(element: Updating, selector: string, index: number): Promise<void> {
  element.shadowRoot!.querySelectorAll<HTMLElement>(selector)[index].click();
  await element.updateComplete;
}

const heading = (element: Element) => collapse(element.shadowRoot?.querySelector('[role="heading"]')?.textContent ?? '').trim();

describe('the minified module bundle (dist/clog-widgets.js)', () => {
  let bundle: Bundle;
  let widgets: Updating[];

  before(async () => {
    document.body.innerHTML = `
      <clog-red-flag-banner emergency-number="112" urgent-number="111"></clog-red-flag-banner>
      <clog-checker emergency-number="112" urgent-number="111"></clog-checker>
      <clog-massage-stepper layout="list"></clog-massage-stepper>`;
    bundle = (await import('/dist/clog-widgets.js' as string)) as Bundle;
    widgets = [...document.body.children] as Updating[];
    await waitUntil(() => widgets.every((widget) => heading(widget) !== ''), 'the widgets never rendered');
    // The checker's result when the reader is not sure about the signs of sepsis.
    const checker = widgets[1];
    await press(checker, '[part="answer"]', 2); // Not sure
    await press(checker, '[part="answer"]', 1); // None of these
    await waitUntil(() => checker.shadowRoot!.querySelector('[part="result"]'), 'no result');
  });

  it('keeps the spaces between words and inline elements', () => {
    const banner = widgets[0].shadowRoot!;
    const emergency = banner.querySelector('[part~="group-emergency"] .action')!;
    expect(collapse(emergency.textContent ?? '')).to.equal('Call 112 now, or go to the nearest emergency department.');
    expect(emergency.querySelector('a')?.getAttribute('href')).to.equal('tel:112');
    const urgent = banner.querySelector('[part~="group-urgent-care"] .action')!;
    expect(collapse(urgent.textContent ?? '')).to.match(/^Within the next few hours, call 111 or contact an urgent care service\. /);
  });

  for (const locale of ['es', 'ar']) {
    it(`shows every html message on screen in its ${locale} translation`, async () => {
      const messages = await htmlMessages(locale);
      const english = widgets.map(shadowText).join(' ');
      const shown = messages.filter((message) => message.source.test(english));
      // Both banner actions, the checker's "not sure" result and the stepper's older-advice intro.
      expect(shown.map((message) => message.id), 'html messages on screen in English').to.have.length.of.at.least(4);
      try {
        await bundle.setLocale(locale);
        await waitUntil(() => heading(widgets[0]) !== 'When to get help', `${locale} never showed`);
        await Promise.all(widgets.map((widget) => widget.updateComplete));
        const translated = widgets.map(shadowText).join(' ');
        for (const message of shown) {
          const leftInEnglish = translated.match(message.source)?.[0];
          expect(leftInEnglish, `${message.id} shown in English in ${locale}`).to.equal(undefined);
          expect(message.target.test(translated), `${message.id}'s ${locale} translation not on screen`).to.equal(true);
        }
      } finally {
        await bundle.setLocale('en');
        await waitUntil(() => heading(widgets[0]) === 'When to get help', 'English never came back');
      }
    });
  }
});
