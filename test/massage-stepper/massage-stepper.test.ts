import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/components/massage-stepper/define.js';
import type { ClogMassageStepper } from '../../src/components/massage-stepper/massage-stepper.js';
import { STEPS, type Step } from '../../src/content/steps.js';
import { ARTICLE_TECHNIQUES, type ArticleTechnique } from '../../src/content/techniques.js';
import type { ClogStepChangeEvent } from '../../src/events.js';
import { numberFormatter } from '../../src/internal/format.js';
import { all, captureWarnings, visibleText } from '../helpers.js';

const en = numberFormatter('en');
const total = STEPS.length;
const steps: readonly Step[] = STEPS;
const titleOf = (index: number) => steps[index].title(en);
const stepHeading = (stepper: ClogMassageStepper) => visibleText(stepper, '#step-heading');
const progress = (stepper: ClogMassageStepper) => visibleText(stepper, '#progress-label');
const coldIndex = STEPS.findIndex((step) => 'timer' in step);

function button(stepper: ClogMassageStepper, label: string): HTMLButtonElement {
  const found = all<HTMLButtonElement>(stepper, 'button').find((candidate) => candidate.textContent?.trim() === label);
  if (!found) throw new Error(`no button "${label}"; the screen says: ${visibleText(stepper).slice(0, 200)}`);
  return found;
}

async function tap(stepper: ClogMassageStepper, label: string): Promise<void> {
  button(stepper, label).click();
  await stepper.updateComplete;
}

afterEach(() => sessionStorage.clear());

describe('<clog-massage-stepper>', () => {
  it('shows the first step, "Step 1 of n", and where the advice comes from', async () => {
    const stepper = await fixture<ClogMassageStepper>(html`<clog-massage-stepper></clog-massage-stepper>`);
    expect(progress(stepper)).to.equal(`Step 1 of ${total}`);
    expect(stepHeading(stepper)).to.equal(titleOf(0));
    expect(visibleText(stepper, '.step .source')).to.match(/^Based on: .*Academy of Breastfeeding Medicine/);
    expect(button(stepper, 'Previous').disabled).to.equal(true);
    expect(stepper.shadowRoot!.querySelector('[aria-current="step"]')!.textContent!.trim()).to.equal('1');
  });

  it('Next and Previous change the text, the progress, the focus, the announcement and fire clog-step-change', async () => {
    const stepper = await fixture<ClogMassageStepper>(html`<clog-massage-stepper></clog-massage-stepper>`);
    const changed = oneEvent(stepper, 'clog-step-change') as Promise<ClogStepChangeEvent>;
    await tap(stepper, 'Next');
    expect((await changed).detail).to.deep.equal({ step: 2, total });
    expect(stepHeading(stepper)).to.equal(titleOf(1));
    expect(progress(stepper)).to.equal(`Step 2 of ${total}`);
    expect(stepper.shadowRoot!.activeElement?.id).to.equal('step-heading');
    expect(visibleText(stepper, '[role="status"]')).to.equal(`Step 2 of ${total}: ${titleOf(1)}`);
    expect(stepper.getAttribute('step'), 'the step attribute reflects').to.equal('2');
    expect(stepper.shadowRoot!.querySelector('[aria-current="step"]')!.textContent!.trim()).to.equal('2');

    const back = oneEvent(stepper, 'clog-step-change') as Promise<ClogStepChangeEvent>;
    await tap(stepper, 'Previous');
    expect((await back).detail).to.deep.equal({ step: 1, total });
    expect(stepHeading(stepper)).to.equal(titleOf(0));
  });

  it('jumps to a step from the list of steps, each named for screen readers', async () => {
    const stepper = await fixture<ClogMassageStepper>(html`<clog-massage-stepper></clog-massage-stepper>`);
    const dots = all<HTMLButtonElement>(stepper, '.dot');
    expect(dots).to.have.length(total);
    expect(dots[2].getAttribute('aria-label')).to.equal(`Step 3: ${titleOf(2)}`);
    dots[2].click();
    await stepper.updateComplete;
    expect(stepHeading(stepper)).to.equal(titleOf(2));
  });

  it('the last step offers Done, which fires clog-complete', async () => {
    const stepper = await fixture<ClogMassageStepper>(html`<clog-massage-stepper step=${total}></clog-massage-stepper>`);
    expect(all(stepper, 'button').some((control) => control.textContent?.trim() === 'Next')).to.equal(false);
    const complete = oneEvent(stepper, 'clog-complete');
    await tap(stepper, 'Done');
    await complete;
    expect(visibleText(stepper, '[role="status"]')).to.match(/every step/);
  });

  it('opens at the step the editor sets', async () => {
    const stepper = await fixture<ClogMassageStepper>(html`<clog-massage-stepper step="3"></clog-massage-stepper>`);
    expect(stepHeading(stepper)).to.equal(titleOf(2));
    stepper.setAttribute('step', '4');
    await stepper.updateComplete;
    expect(stepHeading(stepper)).to.equal(titleOf(3));
  });

  for (const [bad, shown] of [['0', 1], ['99', total], ['abc', 1], ['2.5', 2]] as const) {
    it(`step="${bad}" shows step ${shown} with one warning`, async () => {
      const warnings = captureWarnings();
      try {
        const stepper = await fixture<ClogMassageStepper>(html`<clog-massage-stepper step=${bad}></clog-massage-stepper>`);
        expect(stepHeading(stepper)).to.equal(titleOf(shown - 1));
        expect(warnings.messages.filter((message) => message.includes(`step="`))).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });
  }

  it('says plainly which older techniques are now advised against, and why', async () => {
    const index = STEPS.findIndex((step) => step.kind === 'avoid');
    const stepper = await fixture<ClogMassageStepper>(html`<clog-massage-stepper step=${index + 1}></clog-massage-stepper>`);
    const text = visibleText(stepper, '.step');
    expect(text).to.include('Now advised against');
    for (const older of ['Deep massage', 'thumb toward the nipple', 'Vibration', 'Dangling', 'hot water', 'empty the breast']) {
      expect(text).to.include(older);
    }
    expect(text).to.match(/swelling, not trapped milk/);
  });

  it('shows every technique of the older article, what to do today and why', async () => {
    const index = STEPS.findIndex((step) => step.kind === 'avoid');
    const stepper = await fixture<ClogMassageStepper>(html`<clog-massage-stepper step=${index + 1}></clog-massage-stepper>`);
    const changes = stepper.shadowRoot!.querySelector<HTMLDetailsElement>('details.changes')!;
    expect(visibleText(changes.querySelector('summary')!)).to.equal('What has changed since older advice');
    changes.querySelector('summary')!.click();
    await stepper.updateComplete;
    const items = [...changes.querySelectorAll('li')].map((item) => visibleText(item));
    expect(items).to.have.length(ARTICLE_TECHNIQUES.length);
    (ARTICLE_TECHNIQUES as readonly ArticleTechnique[]).forEach((technique, i) => {
      const item = items[i];
      expect(item, technique.id).to.include(`Older advice: ${technique.article(en)}`);
      expect(item, technique.id).to.include(`Today: ${technique.now(en)}`);
      expect(item, technique.id).to.include(technique.reason(en));
    });
    expect(items.filter((item) => item.startsWith('No longer advised')).length).to.equal(
      ARTICLE_TECHNIQUES.filter((technique) => technique.status === 'advised-against').length,
    );
  });

  it('layout="list" shows every step at once, with no Previous or Next', async () => {
    const stepper = await fixture<ClogMassageStepper>(html`<clog-massage-stepper layout="list"></clog-massage-stepper>`);
    const items = all(stepper, '.list > li');
    expect(items).to.have.length(total);
    expect(items.map((item) => visibleText(item, '[role="heading"]'))).to.deep.equal(STEPS.map((_, index) => titleOf(index)));
    expect(all(stepper, 'button').some((control) => control.textContent?.trim() === 'Next')).to.equal(false);
  });

  it('an unknown layout warns and shows one step at a time', async () => {
    const warnings = captureWarnings();
    try {
      const stepper = await fixture<ClogMassageStepper>(html`<clog-massage-stepper layout="grid"></clog-massage-stepper>`);
      expect(warnings.messages.some((message) => message.includes('layout="grid"'))).to.equal(true);
      expect(progress(stepper)).to.equal(`Step 1 of ${total}`);
    } finally {
      warnings.restore();
    }
  });

  it('prints every step, even in the one-step layout', async () => {
    const stepper = await fixture<ClogMassageStepper>(html`<clog-massage-stepper></clog-massage-stepper>`);
    const printList = stepper.shadowRoot!.querySelector('.print-only')!;
    expect(getComputedStyle(printList).display, 'on screen: one step').to.equal('none');
    expect(printList.querySelectorAll('.list > li')).to.have.length(total);
    // Every browser: the print rules the element ships.
    const printRules = stepper.shadowRoot!.adoptedStyleSheets
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText === 'print')
      .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText))
      .join(' ');
    expect(printRules).to.match(/\.print-only \{ display: block; \}/);
    expect(printRules).to.match(/\.steps-view[^{]*\{ display: none; \}/);
    // Where the driver can emulate print media, the page as printed. Firefox's WebDriver BiDi
    // cannot, so there the rules above are what is checked.
    if (navigator.userAgent.includes('Firefox')) return;
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(printList).display).to.equal('block');
      expect(getComputedStyle(stepper.shadowRoot!.querySelector('.steps-view')!).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('focusing the element (as the checker does) focuses the step heading', async () => {
    const stepper = await fixture<ClogMassageStepper>(html`<clog-massage-stepper></clog-massage-stepper>`);
    stepper.focus();
    expect(stepper.shadowRoot!.activeElement?.id).to.equal('step-heading');
  });

  describe('cold-pack countdown', () => {
    let clock: sinon.SinonFakeTimers;
    beforeEach(() => {
      clock = sinon.useFakeTimers({ now: new Date('2026-11-24T10:00:00Z'), toFake: ['setInterval', 'clearInterval', 'Date'] });
    });
    afterEach(() => clock.restore());

    const time = (stepper: ClogMassageStepper) => visibleText(stepper, '.step [role="timer"]');
    const minutes = () => (STEPS[coldIndex] as { timer: { minutes: number } }).timer.minutes;

    async function atColdPack() {
      return fixture<ClogMassageStepper>(html`<clog-massage-stepper step=${coldIndex + 1}></clog-massage-stepper>`);
    }

    async function tick(stepper: ClogMassageStepper, ms: number) {
      clock.tick(ms);
      await stepper.updateComplete;
    }

    it('counts down, pauses and resets', async () => {
      const stepper = await atColdPack();
      expect(time(stepper)).to.equal(`${minutes()}:00`);
      await tap(stepper, `Start a ${minutes()}-minute timer`);
      await tick(stepper, 61_000);
      expect(time(stepper)).to.equal(`${minutes() - 2}:59`);
      await tap(stepper, 'Pause');
      await tick(stepper, 5 * 60_000);
      expect(time(stepper), 'paused time does not move').to.equal(`${minutes() - 2}:59`);
      await tap(stepper, 'Resume');
      await tick(stepper, 1_000);
      expect(time(stepper)).to.equal(`${minutes() - 2}:58`);
      await tap(stepper, 'Reset');
      expect(time(stepper)).to.equal(`${minutes()}:00`);
      expect(clock.countTimers(), 'no timer left running after reset').to.equal(0);
    });

    it('keeps the right time while the tab is hidden and its timers are held back', async () => {
      const stepper = await atColdPack();
      await tap(stepper, `Start a ${minutes()}-minute timer`);
      // A hidden tab: the clock moves on ten minutes but no interval fires.
      clock.setSystemTime(Date.now() + 10 * 60_000);
      document.dispatchEvent(new Event('visibilitychange'));
      await stepper.updateComplete;
      expect(time(stepper)).to.equal(`${minutes() - 10}:00`);
    });

    it('says when the time is up, without sound, and stops', async () => {
      const stepper = await atColdPack();
      await tap(stepper, `Start a ${minutes()}-minute timer`);
      await tick(stepper, minutes() * 60_000 + 1_000);
      expect(time(stepper)).to.equal('0:00');
      expect(visibleText(stepper, '[role="status"]')).to.equal('Time is up. You can take the cold pack off now.');
      expect(clock.countTimers()).to.equal(0);
      expect(stepper.shadowRoot!.querySelector('audio')).to.equal(null);
    });

    it('leaves no timer behind when the element is removed', async () => {
      const stepper = await atColdPack();
      await tap(stepper, `Start a ${minutes()}-minute timer`);
      expect(clock.countTimers()).to.equal(1);
      stepper.remove();
      expect(clock.countTimers()).to.equal(0);
    });
  });

  describe('remember', () => {
    const key = 'clog-widgets:massage-stepper:step';

    it('restores the step from this tab\'s session', async () => {
      sessionStorage.setItem(key, '4');
      const stepper = await fixture<ClogMassageStepper>(html`<clog-massage-stepper remember></clog-massage-stepper>`);
      expect(stepHeading(stepper)).to.equal(titleOf(3));
      await tap(stepper, 'Next');
      expect(sessionStorage.getItem(key)).to.equal('5');
    });

    for (const corrupt of ['abc', '0', '99', '{"step":2}', '']) {
      it(`ignores a corrupt stored value ${JSON.stringify(corrupt)}`, async () => {
        sessionStorage.setItem(key, corrupt);
        const stepper = await fixture<ClogMassageStepper>(html`<clog-massage-stepper remember></clog-massage-stepper>`);
        expect(stepHeading(stepper)).to.equal(titleOf(0));
      });
    }

    it('stores nothing without remember', async () => {
      const stepper = await fixture<ClogMassageStepper>(html`<clog-massage-stepper></clog-massage-stepper>`);
      await tap(stepper, 'Next');
      expect(sessionStorage.length).to.equal(0);
      expect(document.cookie).to.equal('');
    });
  });

  describe('is accessible', () => {
    for (const theme of ['light', 'dark'] as const) {
      it(`on every step, ${theme}`, async () => {
        const stepper = await fixture<ClogMassageStepper>(html`<clog-massage-stepper theme=${theme}></clog-massage-stepper>`);
        for (let step = 1; step <= total; step += 1) {
          stepper.step = step;
          await stepper.updateComplete;
          await expect(stepper, `step ${step}`).to.be.accessible();
        }
      });

      it(`in the list layout, ${theme}`, async () => {
        const stepper = await fixture<ClogMassageStepper>(html`<clog-massage-stepper layout="list" theme=${theme}></clog-massage-stepper>`);
        await expect(stepper).to.be.accessible();
      });
    }
  });
});
