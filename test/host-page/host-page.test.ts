// The widgets live in other people's pages: a page's own CSS must not hide their controls, and a
// reader whose script never loads still gets the editor's fallback advice.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { ClogChecker } from '../../src/components/checker/checker.js';
import { all, visibleText } from '../helpers.js';

// Rules a real page might carry (a reset, a theme hiding its own controls), none aimed at the widget.
const HOSTILE = `
  button, input, label, a, summary, fieldset, legend { display: none !important; }
  p, li, span, div, progress { color: #fff !important; background: #fff !important; }
  [role="heading"], [tabindex] { display: none !important; }
`;

describe('on a host page', () => {
  let style: HTMLStyleElement;
  beforeEach(() => {
    style = document.createElement('style');
    style.textContent = HOSTILE;
    document.head.append(style);
  });
  afterEach(() => style.remove());

  it('page CSS that hides buttons, labels and headings cannot hide the checker’s question, signs or answers', async () => {
    const checker = await fixture<ClogChecker>(html`<clog-checker></clog-checker>`);
    const shown = (element: Element) => element.getBoundingClientRect().height > 0 && getComputedStyle(element).color !== 'rgb(255, 255, 255)';
    expect(shown(checker.shadowRoot!.querySelector('#question')!)).to.equal(true);
    const controls = [...all(checker, '[part="answer"]'), ...all(checker, '[part="sign"]')];
    expect(controls.length).to.be.greaterThan(8);
    for (const control of controls) {
      expect(shown(control), visibleText(control)).to.equal(true);
      expect(control.getBoundingClientRect().height, 'a 24 px target at least').to.be.at.least(24);
    }
  });
});

describe('when the script never loads', () => {
  it('the demo article’s fallback for every widget names emergency help, so no reader is left without it', async () => {
    const page = new DOMParser().parseFromString(await (await fetch('/demo/index.html')).text(), 'text/html');
    const widgets = [...page.querySelectorAll('clog-checker, clog-massage-stepper, clog-red-flag-banner')];
    expect(widgets.map((w) => w.localName).sort()).to.deep.equal(['clog-checker', 'clog-massage-stepper', 'clog-red-flag-banner']);
    for (const widget of widgets) expect(widget.textContent, widget.localName).to.match(/emergency/i);
  });
});
