import { expect, waitUntil } from '@open-wc/testing';
import { captureWarnings, visibleText } from '../helpers.js';

// What an editor on a CMS without modules does: one classic script, no build step.
function addScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

describe('the classic script (dist/clog-widgets.classic.js)', () => {
  it('works on its own, with every language inside, and pasting it twice throws nothing', async () => {
    const errors: string[] = [];
    window.addEventListener('error', (event) => errors.push(event.message));
    document.documentElement.setAttribute('lang', 'es');
    document.body.innerHTML = '<clog-red-flag-banner reasons="fever"></clog-red-flag-banner>';

    await addScript('/dist/clog-widgets.classic.js');
    const banner = document.querySelector('clog-red-flag-banner')!;
    await waitUntil(() => visibleText(banner, '[part="heading"]') === 'Cuándo pedir ayuda', 'classic script did not render Spanish');
    const requests = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(requests.filter((url) => url.includes('/locales/')), 'no locale chunk requested').to.deep.equal([]);

    const warnings = captureWarnings();
    try {
      await addScript('/dist/clog-widgets.classic.js?pasted-twice');
      expect(errors).to.deep.equal([]);
      expect(warnings.messages.filter((message) => message.includes('already registered'))).to.have.length(1);
      expect(visibleText(banner, '[part="heading"]')).to.equal('Cuándo pedir ayuda');
    } finally {
      warnings.restore();
    }
  });
});
