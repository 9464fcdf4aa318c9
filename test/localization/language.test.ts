import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/red-flag-banner/define.js';
import type { ClogRedFlagBanner } from '../../src/components/red-flag-banner/red-flag-banner.js';
import { getLocale, matchLocale } from '../../src/localization.js';
import { captureWarnings, visibleText } from '../helpers.js';

// This file never calls setLocale(): it proves the language comes from the page.
const heading = (banner: ClogRedFlagBanner) => visibleText(banner, '[part="heading"]');
const english = 'When to get help';
const spanish = 'Cuándo pedir ayuda';

afterEach(async () => {
  document.documentElement.setAttribute('lang', 'en');
  await waitUntil(() => getLocale() === 'en');
});

describe('the widgets follow the language of the page', () => {
  it('matches a language exactly, then by its base language, case-insensitively', () => {
    expect(matchLocale('es')).to.equal('es');
    expect(matchLocale('ES')).to.equal('es');
    expect(matchLocale('es-MX')).to.equal('es');
    expect(matchLocale('es_419')).to.equal('es');
    expect(matchLocale('en-GB')).to.equal('en');
    expect(matchLocale('xx')).to.equal(undefined);
    expect(matchLocale('')).to.equal(undefined);
  });

  it('shows Spanish on a page with <html lang="es-MX">', async () => {
    const banner = await fixture<ClogRedFlagBanner>(html`<clog-red-flag-banner></clog-red-flag-banner>`);
    expect(heading(banner)).to.equal(english);
    document.documentElement.setAttribute('lang', 'es-MX');
    await waitUntil(() => heading(banner) === spanish, 'the banner did not switch to Spanish');
  });

  it('lets a lang attribute on any clog-* element set the language of every widget', async () => {
    const wrapper = await fixture(html`<div>
      <clog-red-flag-banner id="a"></clog-red-flag-banner>
      <clog-red-flag-banner id="b" lang="es"></clog-red-flag-banner>
    </div>`);
    const [first, second] = [...wrapper.querySelectorAll('clog-red-flag-banner')];
    await waitUntil(() => heading(first) === spanish && heading(second) === spanish, 'both banners should be in Spanish');
  });

  it('re-renders live when lang changes on the element', async () => {
    const banner = await fixture<ClogRedFlagBanner>(html`<clog-red-flag-banner lang="en"></clog-red-flag-banner>`);
    expect(heading(banner)).to.equal(english);
    banner.setAttribute('lang', 'es');
    await waitUntil(() => heading(banner) === spanish, 'changing lang to es did not re-render');
    banner.setAttribute('lang', 'en');
    await waitUntil(() => heading(banner) === english, 'changing lang back to en did not re-render');
  });

  it('falls back to English with one console warning for a language it does not have', async () => {
    const warnings = captureWarnings();
    try {
      const banner = await fixture<ClogRedFlagBanner>(html`<clog-red-flag-banner lang="xx"></clog-red-flag-banner>`);
      banner.setAttribute('theme', 'dark'); // another render must not warn again
      await banner.updateComplete;
      expect(heading(banner)).to.equal(english);
      expect(warnings.messages.filter((message) => message.includes('"xx"'))).to.have.length(1);
      expect(warnings.messages[0]).to.include('showing English');
    } finally {
      warnings.restore();
    }
  });

  it('marks the widget text with its language for screen readers and right-to-left layout', async () => {
    const banner = await fixture<ClogRedFlagBanner>(html`<clog-red-flag-banner lang="es"></clog-red-flag-banner>`);
    await waitUntil(() => heading(banner) === spanish);
    const root = banner.shadowRoot!.querySelector('section')!;
    expect(root.getAttribute('lang')).to.equal('es');
    expect(root.getAttribute('dir')).to.equal('ltr');
  });
});
