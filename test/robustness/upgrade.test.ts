// Frameworks and CMS editors create the tags before the widgets' script has loaded (it is often
// deferred or lazy), and set properties on them straight away. Nothing here imports the widgets
// until the elements exist: what was set before the script arrived must still hold after.
import { expect } from '@open-wc/testing';
import { all, visibleText } from '../helpers.js';
import { walkToEmergency } from './walk.js';
import type { ClogChecker } from '../../src/components/checker/checker.js';
import type { ClogMassageStepper } from '../../src/components/massage-stepper/massage-stepper.js';
import type { ClogRedFlagBanner } from '../../src/components/red-flag-banner/red-flag-banner.js';

describe('an element created before the script loads', () => {
  it('keeps the properties it was given, in the page or not yet attached, once the script arrives', async () => {
    expect(customElements.get('clog-checker'), 'no widget is defined yet').to.equal(undefined);
    const stepper = Object.assign(document.createElement('clog-massage-stepper'), { step: 4 });
    const banner = Object.assign(document.createElement('clog-red-flag-banner'), { compact: true, reasons: 'fever', emergencyNumber: '112' });
    const checker = Object.assign(document.createElement('clog-checker'), { headingLevel: 3, emergencyNumber: '000', theme: 'dark' });
    const page = document.createElement('main');
    page.append(stepper, banner); // in the page before the definition; the checker is attached after it
    document.body.append(page);

    await import('../../src/index.js');
    page.append(checker);
    const [upgradedStepper, upgradedBanner, upgradedChecker] = [stepper, banner, checker] as unknown as [ClogMassageStepper, ClogRedFlagBanner, ClogChecker];
    await Promise.all([upgradedStepper.updateComplete, upgradedBanner.updateComplete, upgradedChecker.updateComplete]);

    expect(visibleText(upgradedStepper, '[part="progress"] > span')).to.match(/^Step 4 of \d+$/);
    expect(upgradedStepper.getAttribute('step'), 'the step reflects').to.equal('4');

    expect(all(upgradedBanner, 'details').length, 'compact').to.equal(1);
    expect(all(upgradedBanner, 'li').filter((item) => visibleText(item).startsWith('From your answers'))).to.have.length(1);
    expect(visibleText(upgradedBanner)).to.include('Call 112 now');

    expect(upgradedChecker.shadowRoot!.querySelector('[part="question"]')!.getAttribute('aria-level')).to.equal('3');
    expect(getComputedStyle(upgradedChecker.shadowRoot!.querySelector('[part="base"]')!).backgroundColor, 'dark theme').to.equal('rgb(28, 30, 34)');
    await walkToEmergency(upgradedChecker);
    expect(visibleText(upgradedChecker, '[part="call"]')).to.equal('Call 000');
    page.remove();
  });
});
