import { expect } from '@open-wc/testing';

// What a developer gets from `import 'clog-widgets/massage-stepper.js'`: that element only, with
// Lit left as a shared dependency for their bundler.
describe('the npm entry points (dist/lib)', () => {
  it('each registers its own element and no other', async () => {
    const entry = '/dist/lib/components/massage-stepper/define.js';
    await import(entry);
    expect(customElements.get('clog-massage-stepper')).to.not.equal(undefined);
    expect(customElements.get('clog-checker')).to.equal(undefined);
    expect(customElements.get('clog-red-flag-banner')).to.equal(undefined);
  });

  it('the main entry registers all three and exports setLocale', async () => {
    const entry = '/dist/lib/index.js';
    const api = (await import(entry)) as { setLocale?: unknown };
    expect(typeof api.setLocale).to.equal('function');
    for (const tag of ['clog-checker', 'clog-massage-stepper', 'clog-red-flag-banner']) {
      expect(customElements.get(tag), tag).to.not.equal(undefined);
    }
  });
});
