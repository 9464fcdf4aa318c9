import { expect, waitUntil } from '@open-wc/testing';
import { visibleText } from '../helpers.js';

// A publisher's page: the tag is in the HTML and the script arrives later.
describe('a widget already in the page before the script loads', () => {
  it('upgrades, hides its fallback, follows <html lang> and later changes to it', async () => {
    document.documentElement.setAttribute('lang', 'es');
    document.body.innerHTML = '<clog-red-flag-banner><p id="fallback">Fallback text</p></clog-red-flag-banner>';
    const banner = document.querySelector('clog-red-flag-banner')!;
    expect(banner.querySelector('#fallback')!.getClientRects().length, 'fallback visible before the script').to.equal(1);

    await import('../../src/index.js');

    await waitUntil(() => visibleText(banner, '[part="heading"]') === 'Cuándo pedir ayuda', 'did not render in Spanish');
    expect(banner.querySelector('#fallback')!.getClientRects().length, 'fallback hidden after upgrade').to.equal(0);

    document.documentElement.setAttribute('lang', 'en');
    await waitUntil(() => visibleText(banner, '[part="heading"]') === 'When to get help', 'did not follow the change to English');
  });
});
