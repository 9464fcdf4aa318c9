import { expect, waitUntil } from '@open-wc/testing';
import { visibleText } from '../helpers.js';

// The per-element CDN modules: a page with only the banner loads the banner, the code it shares
// with the other elements, and a language chunk only when it needs one.
const requested = () => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);

describe('the per-element modules (dist/clog-red-flag-banner.js …)', () => {
  it('the banner module registers the banner alone, loads no other element and no English chunk, and finds its Spanish next to itself', async () => {
    document.body.innerHTML = '<clog-red-flag-banner></clog-red-flag-banner>';
    await import('/dist/clog-red-flag-banner.js' as string);
    const banner = document.querySelector('clog-red-flag-banner')!;
    await waitUntil(() => visibleText(banner, '[part="heading"]') === 'When to get help', 'the banner never rendered');
    expect(customElements.get('clog-red-flag-banner')).to.not.equal(undefined);
    expect(customElements.get('clog-checker')).to.equal(undefined);
    expect(customElements.get('clog-massage-stepper')).to.equal(undefined);
    const loaded = requested().filter((path) => path.startsWith('/dist/'));
    expect(loaded.every((path) => path === '/dist/clog-red-flag-banner.js' || path.startsWith('/dist/element-chunks/shared-')), loaded.join(' ')).to.equal(true);

    document.documentElement.lang = 'es';
    try {
      await waitUntil(() => visibleText(banner, '[part="heading"]') === 'Cuándo pedir ayuda', 'Spanish never showed');
      expect(requested()).to.include('/dist/element-chunks/locales/es.js');
    } finally {
      document.documentElement.lang = 'en';
    }
  });
});
