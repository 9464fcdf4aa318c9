import { expect, waitUntil } from '@open-wc/testing';
import { captureWarnings, visibleText } from '../helpers.js';

interface Bundle {
  setLocale(tag: string): Promise<void>;
}

// The CDN module: English inside, each other language a lazy chunk next to the script.
const load = (url: string) => import(url) as Promise<Bundle>;

describe('the module bundle (dist/clog-widgets.js)', () => {
  it('loads a language chunk from next to itself only when it is needed', async () => {
    document.body.innerHTML = '<clog-red-flag-banner></clog-red-flag-banner>';
    const bundle = await load('/dist/clog-widgets.js');
    const banner = document.querySelector('clog-red-flag-banner')!;
    await waitUntil(() => visibleText(banner, '[part="heading"]') === 'When to get help');
    const localeRequests = () => performance.getEntriesByType('resource').map((entry) => entry.name).filter((url) => url.includes('/locales/'));
    expect(localeRequests(), 'English needs no chunk').to.deep.equal([]);

    await bundle.setLocale('es');
    await waitUntil(() => visibleText(banner, '[part="heading"]') === 'Cuándo pedir ayuda');
    expect(localeRequests()).to.deep.equal([new URL('/dist/locales/es.js', location.href).href]);
  });

  it('loaded twice (two copies of the script), throws nothing and warns once', async () => {
    const errors: string[] = [];
    window.addEventListener('error', (event) => errors.push(event.message));
    const warnings = captureWarnings();
    try {
      await load('/dist/clog-widgets.js?second-copy');
      expect(errors).to.deep.equal([]);
      expect(warnings.messages.filter((message) => message.includes('already registered'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });
});
