// Bugs the robustness tests found, each kept as a test of what a publisher or reader sees.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { ClogChecker } from '../../src/components/checker/checker.js';
import type { ClogMassageStepper } from '../../src/components/massage-stepper/massage-stepper.js';
import type { ClogRedFlagBanner } from '../../src/components/red-flag-banner/red-flag-banner.js';
import { captureWarnings, tap, visibleText, rendered } from '../helpers.js';
import { walkToSelfCare } from './walk.js';

const background = (element: Element, view: Window = window) =>
  view.getComputedStyle(element.shadowRoot!.querySelector('[part="base"]')!).backgroundColor;

describe('attributes a framework removes', () => {
  it('a banner whose reasons attribute is removed still shows the warning signs', async () => {
    const banner = await fixture<ClogRedFlagBanner>(html`<clog-red-flag-banner reasons="fever"></clog-red-flag-banner>`);
    banner.removeAttribute('reasons');
    await banner.updateComplete;
    expect(visibleText(banner)).to.include('When to get help');
    expect(visibleText(banner)).to.not.include('From your answers');
  });

  it('a banner whose care-label is removed keeps its care link, with the default words', async () => {
    const banner = await fixture<ClogRedFlagBanner>(html`<clog-red-flag-banner care-href="/care" care-label="Find a midwife"></clog-red-flag-banner>`);
    banner.removeAttribute('care-label');
    await banner.updateComplete;
    expect(visibleText(banner, '[part="care-link"]')).to.equal('Find care near you');
  });

  it('removing theme, heading-level, step or layout goes back to the default without a warning', async () => {
    const banner = await fixture<ClogRedFlagBanner>(html`<clog-red-flag-banner theme="dark" heading-level="3"></clog-red-flag-banner>`);
    const stepper = await fixture<ClogMassageStepper>(html`<clog-massage-stepper step="3" layout="list"></clog-massage-stepper>`);
    const warnings = captureWarnings();
    try {
      for (const name of ['theme', 'heading-level']) banner.removeAttribute(name);
      for (const name of ['step', 'layout']) stepper.removeAttribute(name);
      await banner.updateComplete;
      await stepper.updateComplete;
      expect(warnings.messages).to.deep.equal([]);
      expect(background(banner)).to.equal('rgb(255, 255, 255)');
      expect(stepper.step).to.equal(1);
      expect(visibleText(stepper, '[part="progress"]')).to.match(/^Step 1 of/);
    } finally {
      warnings.restore();
    }
  });
});

describe('messages a publisher reads in the console', () => {
  it('a bad care-href warning names the element it is on, and a blank one says nothing', async () => {
    const warnings = captureWarnings();
    try {
      await fixture(html`<clog-red-flag-banner care-href="javascript:alert(1)"></clog-red-flag-banner>`);
      await fixture(html`<clog-red-flag-banner care-href="   "></clog-red-flag-banner>`);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('<clog-red-flag-banner> care-href="javascript:alert(1)"');
    } finally {
      warnings.restore();
    }
  });

  it('the checker offers the self-care steps only when its stepper id names a <clog-massage-stepper>, and says so', async () => {
    const warnings = captureWarnings();
    try {
      const page = await fixture(html`<div><p id="intro">Article text</p><clog-checker stepper="intro"></clog-checker></div>`);
      await rendered(page);
      const checker = page.querySelector<ClogChecker>('clog-checker')!;
      await walkToSelfCare(checker);
      expect(visibleText(checker)).to.not.include('Show me the self-care steps');
      expect(warnings.messages.some((message) => message.includes('<clog-checker> stepper="intro": names a <p>'))).to.equal(true);
    } finally {
      warnings.restore();
    }
  });
});

describe('a widget moved between documents', () => {
  it('keeps its styles when moved into another document and back, and into an iframe', async () => {
    const checker = await fixture<ClogChecker>(html`<clog-checker></clog-checker>`);
    expect(background(checker)).to.equal('rgb(255, 255, 255)');
    document.implementation.createHTMLDocument('').body.append(checker);
    document.body.append(checker);
    await checker.updateComplete;
    expect(background(checker)).to.equal('rgb(255, 255, 255)');
    const iframe = document.createElement('iframe');
    document.body.append(iframe);
    await new Promise((resolve) => iframe.contentWindow ? resolve(undefined) : iframe.addEventListener('load', resolve, { once: true }));
    iframe.contentDocument!.body.append(checker);
    expect(background(checker, iframe.contentWindow!)).to.equal('rgb(255, 255, 255)');
    await tap(checker, 'None of these');
    document.body.append(checker);
    expect(background(checker)).to.equal('rgb(255, 255, 255)');
    iframe.remove();
    checker.remove();
  });
});

// Import maps added after load are honoured by Chromium only (Firefox ESR ignores them; faults.test.ts
// blocks files there another way), so this test is defined for Chromium alone.
if (navigator.userAgent.includes('Chrome/')) {
  describe('a language file that fails while another was loading', () => {
    it('warns once, about the language that failed, and shows English', async () => {
      const map = document.createElement('script');
      map.type = 'importmap';
      map.textContent = JSON.stringify({ imports: { '/src/generated/locales/fr.ts': '/no-such-folder/fr.js' } });
      document.head.append(map);
      const banner = await fixture<ClogRedFlagBanner>(html`<clog-red-flag-banner></clog-red-flag-banner>`);
      const warnings = captureWarnings();
      try {
        await new Promise<void>((resolve) => {
          const onStatus = (event: Event) => {
            const { status, loadingLocale } = (event as CustomEvent<{ status: string; loadingLocale?: string }>).detail;
            if (status !== 'loading' || loadingLocale !== 'de') return;
            window.removeEventListener('lit-localize-status', onStatus);
            document.documentElement.lang = 'fr';
            resolve();
          };
          window.addEventListener('lit-localize-status', onStatus);
          document.documentElement.lang = 'de';
        });
        await new Promise((resolve) => setTimeout(resolve, 500));
        expect(visibleText(banner, '[role="heading"]')).to.equal('When to get help');
        expect(warnings.messages, warnings.messages.join(' | ')).to.have.length(1);
        expect(warnings.messages[0]).to.include('"fr"');
      } finally {
        warnings.restore();
        document.documentElement.lang = 'en';
      }
    });
  });
}
