// A language file can fail to arrive: a CDN that lost a file (404), a reader whose connection
// drops, a page whose Content-Security-Policy does not allow it. The widgets must then show
// English with one warning that names the language, and go on working, in English and in any
// other language asked for later.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { ClogChecker } from '../../src/components/checker/checker.js';
import { getLocale } from '../../src/localization.js';
import { captureWarnings, visibleText, rendered } from '../helpers.js';
import { walkToSelfCare } from './walk.js';

/** Whether the browser honours an import map added after modules have loaded (Chromium does; Firefox ESR ignores it). */
async function importMapsAfterLoad(): Promise<boolean> {
  const map = document.createElement('script');
  map.type = 'importmap';
  map.textContent = JSON.stringify({ imports: { 'clog-probe': 'data:text/javascript,export default 1' } });
  document.head.append(map);
  const probe = 'clog-probe'; // a bare name: without the map it fails before any request
  return import(/* @vite-ignore */ probe).then(
    () => true,
    () => false,
  );
}

/**
 * Makes these language files fail the way they fail on real pages. With an import map: the first
 * points at a file the server does not have (404), the second at a port nothing listens on (a
 * network error). Without one (Firefox ESR), the page's Content-Security-Policy blocks both.
 * Either way the widgets' import() of the file fails.
 */
async function breakLanguageFiles(missing: string, unreachable: string): Promise<Record<string, string>> {
  const file = (code: string) => `/src/generated/locales/${code}.ts`; // as the test server serves the source
  if (await importMapsAfterLoad()) {
    const map = document.createElement('script');
    map.type = 'importmap';
    map.textContent = JSON.stringify({ imports: { [file(missing)]: `/no-such-folder/${missing}.js`, [file(unreachable)]: `http://127.0.0.1:9/${unreachable}.js` } });
    document.head.append(map);
    return { [missing]: 'a 404', [unreachable]: 'a network error' };
  }
  const policy = document.createElement('meta');
  policy.httpEquiv = 'Content-Security-Policy';
  // Everything already loaded stays; of the language files, only Spanish may load from now on.
  policy.content = `script-src 'unsafe-inline' 'unsafe-eval' ${location.origin}${file('es')}`;
  document.head.append(policy);
  return { [missing]: 'blocked by the page', [unreachable]: 'blocked by the page' };
}

const heading = (element: Element) => visibleText(element, '[role="heading"]');

describe('when a language file cannot load', () => {
  it('the widgets show English with one warning naming the language, keep working, and still switch to a language that loads', async () => {
    const how = await breakLanguageFiles('fr', 'de');
    const page = await fixture(html`<div><clog-checker></clog-checker><clog-red-flag-banner></clog-red-flag-banner></div>`);
    await rendered(page);
    const checker = page.querySelector<ClogChecker>('clog-checker')!;
    const banner = page.querySelector('clog-red-flag-banner')!;
    const warnings = captureWarnings();
    try {
      for (const language of ['fr', 'de']) {
        const before = warnings.messages.length;
        document.documentElement.lang = language;
        await waitUntil(() => warnings.messages.length > before, `no warning when the ${language} file failed (${how[language]})`);
        // Give a late second warning, or a late switch, the time to show itself.
        await new Promise((resolve) => setTimeout(resolve, 200));
        const own = warnings.messages.slice(before);
        expect(own, `${language}, ${how[language]}: one warning`).to.have.length(1);
        expect(own[0], `${language}, ${how[language]}`).to.include(`"${language}"`);
        expect(heading(banner), `${language}, ${how[language]}: the banner in English`).to.equal('When to get help');
        expect(getLocale()).to.equal('en');
        expect(banner.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang'), 'the text says it is English').to.equal('en');
      }
      console.log(`faults: fr (${how.fr}) and de (${how.de}) showed English with one warning each: ${warnings.messages.join(' | ')}`);

      await walkToSelfCare(checker);
      expect(visibleText(checker, '[part="result"]')).to.include('Gentle self-care is a good place to start');

      document.documentElement.lang = 'es';
      await waitUntil(() => heading(banner) === 'Cuándo pedir ayuda', 'after the failures, Spanish did not load');
      expect(getLocale()).to.equal('es');
    } finally {
      warnings.restore();
    }
  });
});
