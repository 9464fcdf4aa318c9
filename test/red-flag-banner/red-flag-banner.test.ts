import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/red-flag-banner/define.js';
import type { ClogRedFlagBanner } from '../../src/components/red-flag-banner/red-flag-banner.js';
import { CARE_LEVELS } from '../../src/content/levels.js';
import { WARNING_SIGNS } from '../../src/content/warning-signs.js';
import { setLocale } from '../../src/localization.js';
import { all, captureWarnings, headings, visibleText } from '../helpers.js';

const englishHeading = 'When to get help';
const spanishHeading = 'Cuándo pedir ayuda';

async function inSpanish(): Promise<void> {
  await setLocale('es');
  await waitUntil(() => document.querySelector('clog-red-flag-banner')?.shadowRoot?.textContent?.includes(spanishHeading), 'Spanish never showed');
}

/** The warning signs marked as the reader's own, in words ("From your answers"), not only by colour. */
const fromAnswers = (banner: Element) => all(banner, 'li').filter((item) => visibleText(item).startsWith('From your answers'));

afterEach(async () => {
  await setLocale('en');
});

describe('<clog-red-flag-banner>', () => {
  it('shows the warning signs grouped from most to least urgent, with what to do for each', async () => {
    const banner = await fixture<ClogRedFlagBanner>(html`<clog-red-flag-banner></clog-red-flag-banner>`);
    expect(headings(banner)).to.deep.equal([
      { level: 2, text: englishHeading },
      { level: 3, text: 'Get emergency help now' },
      { level: 3, text: 'Get medical help within a few hours' },
      { level: 3, text: 'Get medical advice today' },
      { level: 3, text: 'Book an appointment' },
    ]);
    const groups = CARE_LEVELS.map((level) => banner.shadowRoot!.querySelector(`[part~="group-${level}"]`)!);
    const counts = groups.map((group) => group.querySelectorAll('li').length);
    const expected = CARE_LEVELS.map((level) => WARNING_SIGNS.filter((sign) => sign.level === level).length);
    expect(counts).to.deep.equal(expected);
    expect(visibleText(groups[0]!)).to.include('Slurred speech, confusion, or not making sense');
    expect(visibleText(groups[1]!)).to.include('Feeling very unwell, or that something is seriously wrong');
    expect(visibleText(groups[2]!)).to.include('38.0°C (100.4°F)');
    expect(visibleText(groups[2]!)).to.include('on brown or black skin');
    expect(visibleText(banner, '[part="heading"] + p')).to.match(/^With signs of sepsis, or patches on the breast turning black, grey or bruise-purple or going numb, get emergency help now/);
  });

  it('is a labelled region, not an alert, so it is not announced on page load', async () => {
    const banner = await fixture<ClogRedFlagBanner>(html`<clog-red-flag-banner></clog-red-flag-banner>`);
    const region = banner.shadowRoot!.querySelector('section')!;
    const label = banner.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!);
    expect(label?.textContent?.trim()).to.equal(englishHeading);
    expect(banner.shadowRoot!.querySelector('[role="alert"], [aria-live]')).to.equal(null);
  });

  it('says it is not a diagnosis and names what it was checked against, with the date', async () => {
    const banner = await fixture<ClogRedFlagBanner>(html`<clog-red-flag-banner></clog-red-flag-banner>`);
    const about = visibleText(banner, '[part="about"]');
    expect(about).to.include('not a diagnosis');
    expect(about).to.include('Academy of Breastfeeding Medicine Protocol #36');
    expect(about).to.include('November 24, 2026');
  });

  it('lists the warning signs in Spanish when the page is in Spanish', async () => {
    const banner = await fixture<ClogRedFlagBanner>(html`<clog-red-flag-banner></clog-red-flag-banner>`);
    await inSpanish();
    const spanish = headings(banner).map((heading) => heading.text);
    expect(spanish[0]).to.equal(spanishHeading);
    expect(spanish).to.have.length(5);
    // Five distinct levels, none left in English (the review found one Spanish word for two levels).
    expect(new Set(spanish).size).to.equal(5);
    for (const text of spanish.slice(1)) expect(text).to.not.match(/^(Get|Book)\b/);
    // Temperatures follow the locale, as Intl writes them: a decimal comma in Spanish.
    const es = (value: number, unit: string) =>
      new Intl.NumberFormat('es', { style: 'unit', unit, minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
    expect(visibleText(banner)).to.include(`${es(38, 'celsius')} (${es(100.4, 'fahrenheit')})`);
    expect(es(38, 'celsius')).to.match(/^38,0\s°C$/);
    expect(visibleText(banner, '[part="about"]')).to.include('24 de noviembre de 2026');
    expect(banner.shadowRoot!.querySelector('section')!.getAttribute('lang')).to.equal('es');
  });

  it('marks the warning signs the reader reported, in words as well as colour', async () => {
    const banner = await fixture<ClogRedFlagBanner>(html`<clog-red-flag-banner reasons="fever both-breasts"></clog-red-flag-banner>`);
    const matched = fromAnswers(banner).map((item) => visibleText(item));
    expect(matched).to.have.length(2);
    expect(matched[0]).to.match(/^From your answers A temperature of 38\.0°C/);
    expect(matched[1]).to.equal('From your answers A red, hot, painful area in both breasts (not just both breasts feeling full)');
    expect(all(banner, 'li').length - fromAnswers(banner).length).to.equal(WARNING_SIGNS.length - 2);
  });

  it('ignores an unknown reason id with one warning and still shows every sign', async () => {
    const warnings = captureWarnings();
    try {
      const banner = await fixture<ClogRedFlagBanner>(html`<clog-red-flag-banner reasons="fever made-up"></clog-red-flag-banner>`);
      banner.requestUpdate();
      await banner.updateComplete;
      expect(all(banner, 'li')).to.have.length(WARNING_SIGNS.length);
      expect(fromAnswers(banner)).to.have.length(1);
      expect(warnings.messages.filter((message) => message.includes('"made-up"'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('in compact mode shows the safe advice and keeps the full list one tap away', async () => {
    const banner = await fixture<ClogRedFlagBanner>(html`<clog-red-flag-banner compact></clog-red-flag-banner>`);
    const details = banner.shadowRoot!.querySelector('details')!;
    expect(visibleText(banner, '[part="heading"] + p')).to.include('get emergency help now');
    expect(details.open).to.equal(false);
    expect(visibleText(banner, 'summary')).to.equal('Show all warning signs');
    banner.shadowRoot!.querySelector<HTMLElement>('summary')!.click();
    await waitUntil(() => details.open);
    expect(all(banner, 'li')).to.have.length(WARNING_SIGNS.length);
  });

  it('in compact mode opens the list when it highlights the reader\'s answers', async () => {
    const banner = await fixture<ClogRedFlagBanner>(html`<clog-red-flag-banner compact reasons="confusion"></clog-red-flag-banner>`);
    expect(banner.shadowRoot!.querySelector('details')!.open).to.equal(true);
  });

  it('turns the emergency number into a tap-to-call link', async () => {
    const banner = await fixture<ClogRedFlagBanner>(html`<clog-red-flag-banner emergency-number="911"></clog-red-flag-banner>`);
    const link = banner.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="group-emergency"] a')!;
    expect(link.getAttribute('href')).to.equal('tel:911');
    expect(visibleText(banner, '[part~="group-emergency"] p')).to.equal('Call 911 now, or go to the nearest emergency department.');
  });

  it('turns an urgent-care number into a tap-to-call link, and shows anything else as text with no link', async () => {
    const banner = await fixture<ClogRedFlagBanner>(html`<clog-red-flag-banner urgent-number="111"></clog-red-flag-banner>`);
    expect(banner.shadowRoot!.querySelector('[part~="group-urgent-care"] a')!.getAttribute('href')).to.equal('tel:111');
    for (const text of ['call us', 'javascript:alert(1)', '12345678901234567890']) {
      const other = await fixture<ClogRedFlagBanner>(html`<clog-red-flag-banner urgent-number=${text}></clog-red-flag-banner>`);
      expect(other.shadowRoot!.querySelector('[part~="group-urgent-care"] a'), text).to.equal(null);
      expect(visibleText(other, '[part~="group-urgent-care"] p'), text).to.include(text);
    }
  });

  it('without an emergency number, tells the reader to call her local one', async () => {
    const banner = await fixture<ClogRedFlagBanner>(html`<clog-red-flag-banner></clog-red-flag-banner>`);
    expect(visibleText(banner, '[part~="group-emergency"] p')).to.equal(
      'Call your local emergency number now, or go to the nearest emergency department.',
    );
  });

  it("shows the publisher's care link with its label", async () => {
    const banner = await fixture<ClogRedFlagBanner>(
      html`<clog-red-flag-banner care-href="https://example.org/clinics" care-label="Find a clinic"></clog-red-flag-banner>`,
    );
    const link = banner.shadowRoot!.querySelector<HTMLAnchorElement>('[part="care-link"]')!;
    expect(link.href).to.equal('https://example.org/clinics');
    expect(link.textContent).to.equal('Find a clinic');
  });

  it('accepts relative, tel and mailto care links', async () => {
    for (const href of ['/find-care', 'tel:+441234567', 'mailto:help@example.org']) {
      const banner = await fixture<ClogRedFlagBanner>(html`<clog-red-flag-banner care-href=${href}></clog-red-flag-banner>`);
      expect(banner.shadowRoot!.querySelector('[part="care-link"]'), href).to.not.equal(null);
      expect(visibleText(banner, '[part="care-link"]')).to.equal('Find care near you');
    }
  });

  it('renders no link for a javascript: care-href, however it is disguised, and warns once', async () => {
    const warnings = captureWarnings();
    try {
      for (const href of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\nscript:alert(1)', 'data:text/html,<b>x</b>']) {
        const banner = await fixture<ClogRedFlagBanner>(html`<clog-red-flag-banner care-href=${href}></clog-red-flag-banner>`);
        expect(banner.shadowRoot!.querySelector('a[part="care-link"]'), JSON.stringify(href)).to.equal(null);
        expect(all(banner, 'a').every((link) => !/^\s*(javascript|data):/i.test(link.getAttribute('href') ?? ''))).to.equal(true);
      }
      expect(warnings.messages.filter((message) => message.includes('care-href="javascript:alert(1)"'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('uses the heading level the editor asks for, and falls back to 2 with a warning for a bad one', async () => {
    const banner = await fixture<ClogRedFlagBanner>(html`<clog-red-flag-banner heading-level="4"></clog-red-flag-banner>`);
    expect(headings(banner).map((heading) => heading.level)).to.deep.equal([4, 5, 5, 5, 5]);
    const warnings = captureWarnings();
    try {
      const bad = await fixture<ClogRedFlagBanner>(html`<clog-red-flag-banner heading-level="9"></clog-red-flag-banner>`);
      expect(headings(bad)[0].level).to.equal(2);
      expect(warnings.messages.some((message) => message.includes('heading-level="9"'))).to.equal(true);
    } finally {
      warnings.restore();
    }
  });

  it('switches to dark colours with theme="dark", and warns about an unknown theme', async () => {
    const light = await fixture<ClogRedFlagBanner>(html`<clog-red-flag-banner></clog-red-flag-banner>`);
    const dark = await fixture<ClogRedFlagBanner>(html`<clog-red-flag-banner theme="dark"></clog-red-flag-banner>`);
    const background = (banner: ClogRedFlagBanner) => getComputedStyle(banner.shadowRoot!.querySelector('[part="base"]')!).backgroundColor;
    expect(background(light)).to.equal('rgb(255, 255, 255)');
    expect(background(dark)).to.not.equal(background(light));
    const warnings = captureWarnings();
    try {
      const purple = await fixture<ClogRedFlagBanner>(html`<clog-red-flag-banner theme="purple"></clog-red-flag-banner>`);
      expect(background(purple)).to.equal('rgb(255, 255, 255)');
      expect(warnings.messages.some((message) => message.includes('theme="purple"'))).to.equal(true);
    } finally {
      warnings.restore();
    }
  });

  it("takes the publisher's colours through --clog-* custom properties", async () => {
    const banner = await fixture<ClogRedFlagBanner>(
      html`<clog-red-flag-banner style="--clog-color-background: rgb(1, 2, 3)"></clog-red-flag-banner>`,
    );
    expect(getComputedStyle(banner.shadowRoot!.querySelector('[part="base"]')!).backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  it('hides its no-JavaScript fallback once it runs', async () => {
    const banner = await fixture<ClogRedFlagBanner>(
      html`<clog-red-flag-banner><p id="fallback">Get help if you have a fever.</p></clog-red-flag-banner>`,
    );
    expect(banner.querySelector('#fallback')!.getClientRects().length).to.equal(0);
  });

  describe('is accessible', () => {
    for (const theme of ['light', 'dark'] as const) {
      it(`in English, ${theme}`, async () => {
        const banner = await fixture<ClogRedFlagBanner>(
          html`<clog-red-flag-banner theme=${theme} reasons="fever" emergency-number="112" care-href="/care"></clog-red-flag-banner>`,
        );
        await expect(banner).to.be.accessible();
      });

      it(`in Spanish, ${theme}`, async () => {
        const banner = await fixture<ClogRedFlagBanner>(html`<clog-red-flag-banner theme=${theme} reasons="faint very-unwell"></clog-red-flag-banner>`);
        await inSpanish();
        await expect(banner).to.be.accessible();
      });

      it(`compact, ${theme}`, async () => {
        const banner = await fixture<ClogRedFlagBanner>(html`<clog-red-flag-banner compact theme=${theme}></clog-red-flag-banner>`);
        await expect(banner).to.be.accessible();
      });
    }
  });
});
