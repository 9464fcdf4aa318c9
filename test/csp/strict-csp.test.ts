import { expect, waitUntil } from '@open-wc/testing';
import { visibleText } from '../helpers.js';

// This page runs under: default-src 'self'; script-src 'self'; style-src 'self';
// require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates' (see web-test-runner.config.mjs).
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective}: ${event.blockedURI}`);
});

describe('on a page with a strict Content-Security-Policy and Trusted Types', () => {
  it('the module bundle renders, styles itself and switches language with no violation', async () => {
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]'), 'the policy is on the page').to.not.equal(null);
    const banner = document.createElement('clog-red-flag-banner');
    banner.setAttribute('theme', 'dark');
    banner.setAttribute('reasons', 'fever');
    document.body.append(banner);
    const bundle = '/dist/clog-widgets.js';
    const { setLocale } = (await import(bundle)) as { setLocale(tag: string): Promise<void> };

    await waitUntil(() => visibleText(banner, '[part="heading"]') === 'When to get help', 'did not render');
    const root = banner.shadowRoot!.querySelector('[part="base"]')!;
    expect(getComputedStyle(root).backgroundColor, 'dark theme styles applied').to.equal('rgb(28, 30, 34)');

    await setLocale('es');
    await waitUntil(() => visibleText(banner, '[part="heading"]') === 'Cuándo pedir ayuda', 'did not switch to Spanish');
    expect(violations).to.deep.equal([]);
  });

  it('a blocked inline style really is reported here, so the check above can fail', async () => {
    const probe = document.createElement('div');
    probe.setAttribute('style', 'color: red');
    document.body.append(probe);
    await waitUntil(() => violations.length > 0, 'no violation reported for an inline style');
    expect(violations.some((violation) => violation.includes('style-src')), violations.join(', ')).to.equal(true);
  });
});
