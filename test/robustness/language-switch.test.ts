// A reader (or a page's language menu) can change language faster than a language file arrives.
// Whatever the order the files come back in, the widgets end in the last language asked for.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { getLocale } from '../../src/localization.js';
import type { ClogChecker } from '../../src/components/checker/checker.js';
import type { ClogMassageStepper } from '../../src/components/massage-stepper/massage-stepper.js';
import { tap, visibleText } from '../helpers.js';
import { walkToEmergency } from './walk.js';

const HEADINGS: Record<string, string> = { en: 'When to get help', es: 'Cuándo pedir ayuda', 'pt-BR': 'Quando procurar ajuda' };

/** Sets the page's language, then, the moment the widgets start loading that language's file, sets it again. */
function switchWhileLoading(first: string, then: string): Promise<void> {
  return new Promise((resolve) => {
    const onStatus = (event: Event) => {
      const { status, loadingLocale } = (event as CustomEvent<{ status: string; loadingLocale?: string }>).detail;
      if (status !== 'loading' || loadingLocale !== first) return;
      window.removeEventListener('lit-localize-status', onStatus);
      // Still loading: the file's request has not even been answered yet.
      document.documentElement.lang = then;
      resolve();
    };
    window.addEventListener('lit-localize-status', onStatus);
    document.documentElement.lang = first;
  });
}

/** Waits until the file has arrived in the page (the same module the widgets asked for), and a little longer. */
async function arrived(code: 'es' | 'ar'): Promise<void> {
  await (code === 'es' ? import('../../src/generated/locales/es.js') : import('../../src/generated/locales/ar.js'));
  await new Promise((resolve) => setTimeout(resolve, 100));
}

describe('a change of language while a language file is still loading', () => {
  afterEach(async () => {
    document.documentElement.lang = 'en';
    await waitUntil(() => getLocale() === 'en');
  });

  it('Spanish, then Portuguese before Spanish arrived: the widgets end in Portuguese', async () => {
    const banner = await fixture(html`<clog-red-flag-banner></clog-red-flag-banner>`);
    await switchWhileLoading('es', 'pt-BR');
    await waitUntil(() => getLocale() === 'pt-BR', 'never reached Portuguese');
    await arrived('es');
    expect(getLocale()).to.equal('pt-BR');
    expect(visibleText(banner, '[role="heading"]')).to.equal(HEADINGS['pt-BR']);
    expect(banner.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('pt-BR');
  });

  it('Arabic, then back to English before Arabic arrived: the widgets stay in English, left to right', async () => {
    const banner = await fixture(html`<clog-red-flag-banner></clog-red-flag-banner>`);
    await switchWhileLoading('ar', 'en');
    await arrived('ar');
    expect(getLocale()).to.equal('en');
    expect(visibleText(banner, '[role="heading"]')).to.equal(HEADINGS.en);
    expect(banner.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir')).to.equal('ltr');
  });
});

describe('a change of language after a result', () => {
  afterEach(async () => {
    document.documentElement.lang = 'en';
    await waitUntil(() => getLocale() === 'en');
  });

  it('the status region a screen reader reads follows the new language, with no English left behind', async () => {
    const checker = await fixture<ClogChecker>(html`<clog-checker></clog-checker>`);
    await walkToEmergency(checker);
    const english = visibleText(checker, '[role="status"]');
    expect(english, 'the result is announced').to.equal(visibleText(checker, '#result'));
    document.documentElement.lang = 'es';
    await waitUntil(() => getLocale() === 'es', 'never reached Spanish');
    await checker.updateComplete;
    const spanish = visibleText(checker, '#result');
    expect(spanish, 'the result heading is in Spanish').to.not.equal(english);
    expect(visibleText(checker, '[role="status"]')).to.equal(spanish);
  });

  it('so does the stepper’s, after a step change', async () => {
    const stepper = await fixture<ClogMassageStepper>(html`<clog-massage-stepper></clog-massage-stepper>`);
    await tap(stepper, 'Next');
    const english = visibleText(stepper, '[role="status"]');
    expect(english, 'the step is announced').to.match(/^Step 2 of \d+: /);
    document.documentElement.lang = 'es';
    await waitUntil(() => getLocale() === 'es', 'never reached Spanish');
    await stepper.updateComplete;
    const spanish = visibleText(stepper, '[role="status"]');
    expect(spanish, 'the announcement is in Spanish').to.not.equal(english);
    expect(spanish, 'and names the step heading shown').to.include(visibleText(stepper, '#step-heading'));
  });
});
