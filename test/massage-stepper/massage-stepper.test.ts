import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/components/massage-stepper/define.js';
import type { ClogMassageStepper } from '../../src/components/massage-stepper/massage-stepper.js';
import { SOURCE_NAMES } from '../../src/content/source-names.js';
import { isSourceId, SOURCE_IDS } from '../../src/content/sources.js';
import { STEPS, type Step, type StepId } from '../../src/content/steps.js';
import { ARTICLE_TECHNIQUES, type ArticleTechnique } from '../../src/content/techniques.js';
import type { ClogStepChangeEvent } from '../../src/events.js';
import { setLocale } from '../../src/localization.js';
import { numberFormatter } from '../../src/internal/format.js';
import { STEP_STORAGE_KEY } from '../../src/internal/step-storage.js';
import { all, button, captureWarnings, tap, visibleText } from '../helpers.js';

const en = numberFormatter('en');
const total = STEPS.length;
const steps: readonly Step[] = STEPS;
const titleOf = (index: number) => steps[index].title(en);
const coldIndex = STEPS.findIndex((step) => 'timer' in step);
const indexOf = (id: StepId) => STEPS.findIndex((step) => step.id === id);
/** The step on screen (the printed list of every step comes after it). */
const onScreen = (stepper: ClogMassageStepper) => stepper.shadowRoot!.querySelector<HTMLElement>('[part="step"]')!;
/** The heading of the step on screen, as a screen reader reads it. */
const stepTitle = (stepper: ClogMassageStepper) => visibleText(onScreen(stepper), '[role="heading"]');
/** Where keyboard focus is, as a screen reader announces it: role and text (plain data, so a failure prints). */
const focused = (stepper: ClogMassageStepper) => {
  const element = stepper.shadowRoot!.activeElement;
  return element && { role: element.getAttribute('role'), text: visibleText(element) };
};
/** The progress a publisher can style: "Step n of m", then the numbered step buttons. */
const progress = (stepper: ClogMassageStepper) => visibleText(stepper, '[part="progress"]');
/** The step buttons, found by the list's accessible name. */
const stepButtons = (stepper: ClogMassageStepper) => all<HTMLButtonElement>(stepper, '[aria-label="All steps"] button');
/** A step's "Based on: …" lines, as a reader reads them. */
const basedOn = (step: Element) => [...step.querySelectorAll('p')].map((p) => visibleText(p)).filter((p) => p.startsWith('Based on: '));

afterEach(() => sessionStorage.clear());

describe('<clog-massage-stepper>', () => {
  it('shows the first step, "Step 1 of n", and where the advice comes from', async () => {
    const stepper = await fixture<ClogMassageStepper>(html`<clog-massage-stepper></clog-massage-stepper>`);
    expect(progress(stepper)).to.include(`Step 1 of ${total}`);
    expect(stepTitle(stepper)).to.equal(titleOf(0));
    expect(basedOn(onScreen(stepper))).to.have.length(1);
    expect(basedOn(onScreen(stepper))[0]).to.match(/^Based on: .*Academy of Breastfeeding Medicine/);
    expect(button(stepper, 'Previous').disabled).to.equal(true);
    expect(stepper.shadowRoot!.querySelector('[aria-current="step"]')!.textContent!.trim()).to.equal('1');
  });

  it('Next and Previous change the text, the progress, the focus, the announcement and fire clog-step-change', async () => {
    const stepper = await fixture<ClogMassageStepper>(html`<clog-massage-stepper></clog-massage-stepper>`);
    const changed = oneEvent(stepper, 'clog-step-change') as Promise<ClogStepChangeEvent>;
    await tap(stepper, 'Next');
    expect((await changed).detail).to.deep.equal({ step: 2, total });
    expect(stepTitle(stepper)).to.equal(titleOf(1));
    expect(progress(stepper)).to.include(`Step 2 of ${total}`);
    expect(focused(stepper), 'focus on the new step\'s heading').to.deep.equal({ role: 'heading', text: titleOf(1) });
    expect(visibleText(stepper, '[role="status"]')).to.equal(`Step 2 of ${total}: ${titleOf(1)}`);
    expect(stepper.getAttribute('step'), 'the step attribute reflects').to.equal('2');
    expect(stepper.shadowRoot!.querySelector('[aria-current="step"]')!.textContent!.trim()).to.equal('2');

    const back = oneEvent(stepper, 'clog-step-change') as Promise<ClogStepChangeEvent>;
    await tap(stepper, 'Previous');
    expect((await back).detail).to.deep.equal({ step: 1, total });
    expect(stepTitle(stepper)).to.equal(titleOf(0));
  });

  it('jumps to a step from the list of steps, each named for screen readers', async () => {
    const stepper = await fixture<ClogMassageStepper>(html`<clog-massage-stepper></clog-massage-stepper>`);
    const dots = stepButtons(stepper);
    expect(dots).to.have.length(total);
    expect(dots[2].getAttribute('aria-label')).to.equal(`Step 3: ${titleOf(2)}`);
    dots[2].click();
    await stepper.updateComplete;
    expect(stepTitle(stepper)).to.equal(titleOf(2));
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
    expect(stepTitle(stepper)).to.equal(titleOf(2));
    stepper.setAttribute('step', '4');
    await stepper.updateComplete;
    expect(stepTitle(stepper)).to.equal(titleOf(3));
  });

  for (const [bad, shown] of [['0', 1], ['99', total], ['abc', 1], ['2.5', 2]] as const) {
    it(`step="${bad}" shows step ${shown} with one warning`, async () => {
      const warnings = captureWarnings();
      try {
        const stepper = await fixture<ClogMassageStepper>(html`<clog-massage-stepper step=${bad}></clog-massage-stepper>`);
        expect(stepTitle(stepper)).to.equal(titleOf(shown - 1));
        expect(warnings.messages.filter((message) => message.includes(`step="`))).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });
  }

  it('lets go of the older techniques kindly, each with why, and says which advice it follows', async () => {
    const stepper = await fixture<ClogMassageStepper>(html`<clog-massage-stepper step=${indexOf('advised-against') + 1}></clog-massage-stepper>`);
    expect(stepTitle(stepper)).to.equal('Older advice you can let go of');
    const text = visibleText(stepper, '[part="step"]');
    expect(text).to.include('Now advised against');
    expect(text, 'never blames the reader who tried them').to.include('it was the advice at the time');
    expect(text).not.to.match(/what not to do|you should not have|mistake/i);
    const items = [...onScreen(stepper).querySelectorAll(':scope > ul > li')].map((item) => visibleText(item));
    const older = [/^Deep massage.*knuckles.*oil/, /^Pushing with your thumb toward the nipple/, /^Vibration/, /^Dangling/, /^Long soaks in hot water/, /^Pumping extra to try to empty the breast/];
    expect(items).to.have.length(older.length);
    older.forEach((pattern, i) => {
      expect(items[i]).to.match(pattern);
      expect(items[i]!.split('. ').length, `"${items[i]}" says why`).to.be.at.least(2);
    });
    expect(text).to.include('NHS pages still describe a build-up of milk');
    expect(text).to.include('this guide follows the 2022 protocol');
  });

  it('shows every technique of the older article, who advised it, what to do today and why', async () => {
    const stepper = await fixture<ClogMassageStepper>(html`<clog-massage-stepper step=${indexOf('advised-against') + 1}></clog-massage-stepper>`);
    const changes = stepper.shadowRoot!.querySelector<HTMLDetailsElement>('details')!;
    expect(visibleText(changes.querySelector('summary')!)).to.equal('What has changed since older advice');
    changes.querySelector('summary')!.click();
    await stepper.updateComplete;
    expect(visibleText(changes)).to.include(
      'From the article How To Exactly Massage Out A Clogged Milk Duct & Get Yourself Some Relief (Romper), and the experts it quotes',
    );
    const items = [...changes.querySelectorAll('li')].map((item) => visibleText(item));
    expect(items).to.have.length(ARTICLE_TECHNIQUES.length);
    (ARTICLE_TECHNIQUES as readonly ArticleTechnique[]).forEach((technique, i) => {
      const item = items[i];
      expect(item, technique.id).to.include(`Older advice, from ${SOURCE_NAMES[technique.advisedBy]()}: ${technique.article(en)}`);
      expect(item, technique.id).to.include(`Today: ${technique.now(en)}`);
      expect(item, technique.id).to.include(technique.reason(en));
    });
    expect(items.filter((item) => item.startsWith('No longer advised')).length).to.equal(
      ARTICLE_TECHNIQUES.filter((technique) => technique.status === 'advised-against').length,
    );
  });

  it('marks the article\'s "see a provider with pain or redness" as changed, and says why', async () => {
    const stepper = await fixture<ClogMassageStepper>(html`<clog-massage-stepper step=${indexOf('advised-against') + 1}></clog-massage-stepper>`);
    const items = [...onScreen(stepper).querySelectorAll('details li')].map((item) => visibleText(item));
    const painOrRedness = items.filter((item) => /Older advice, from BabyCenter: [^.]*\b(painful|pain)\b[^.]*\bred/.test(item));
    expect(painOrRedness, items.join('\n')).to.have.length(1);
    expect(painOrRedness[0]).to.match(/^Changed /);
    expect(painOrRedness[0]).to.include('Today: Some pain and redness are part of a clog');
    expect(painOrRedness[0]).to.include('warning signs');
    expect(painOrRedness[0]).to.include('harder to see, on brown or black skin');
    // What the guidance keeps of the same advice: a fever or an infection, still a reason to be seen.
    const fever = items.filter((item) => /Older advice, from BabyCenter: [^.]*fever/.test(item));
    expect(fever).to.have.length(1);
    expect(fever[0]).to.match(/^Still advised /);
  });

  it('layout="list" shows every step at once, with no Previous or Next', async () => {
    const stepper = await fixture<ClogMassageStepper>(html`<clog-massage-stepper layout="list"></clog-massage-stepper>`);
    const items = all(stepper, '[part="step"]');
    expect(items).to.have.length(total);
    expect(items.map((item) => visibleText(item, '[role="heading"]'))).to.deep.equal(STEPS.map((_, index) => titleOf(index)));
    expect(all(stepper, 'button').some((control) => control.textContent?.trim() === 'Next')).to.equal(false);
  });

  it('an unknown layout warns and shows one step at a time', async () => {
    const warnings = captureWarnings();
    try {
      const stepper = await fixture<ClogMassageStepper>(html`<clog-massage-stepper layout="grid"></clog-massage-stepper>`);
      expect(warnings.messages.some((message) => message.includes('layout="grid"'))).to.equal(true);
      expect(progress(stepper)).to.include(`Step 1 of ${total}`);
    } finally {
      warnings.restore();
    }
  });

  it('prints every step, even in the one-step layout', async () => {
    const stepper = await fixture<ClogMassageStepper>(html`<clog-massage-stepper></clog-massage-stepper>`);
    /** What a reader sees, on screen or on paper: the steps shown, and whether the buttons are. */
    const seen = () => ({
      steps: all(stepper, '[part="step"]').filter((step) => step.checkVisibility()).map((step) => visibleText(step, '[role="heading"]')),
      buttons: ['progress', 'nav', 'timer'].filter((part) => all(stepper, `[part="${part}"]`).some((element) => element.checkVisibility())),
    });
    expect(seen(), 'on screen: one step, with its buttons').to.deep.equal({ steps: [titleOf(0)], buttons: ['progress', 'nav'] });
    expect(all(stepper, '[part="step"]'), 'no list for paper drawn on screen').to.have.length(1);
    // The browser says it is about to print: the list for paper is drawn before it lays the page out.
    dispatchEvent(new Event('beforeprint'));
    await stepper.updateComplete;
    expect(all(stepper, '[part="step"]'), 'the list for paper, drawn for printing').to.have.length(1 + total);
    expect(seen(), 'still on screen: one step').to.deep.equal({ steps: [titleOf(0)], buttons: ['progress', 'nav'] });
    dispatchEvent(new Event('afterprint'));
    await stepper.updateComplete;
    expect(all(stepper, '[part="step"]'), 'gone after printing').to.have.length(1);
    // Every browser: the print rules the element ships. Classes are the only handle on the two
    // views, which are not parts (publishers style the steps, not the views).
    const printRules = stepper.shadowRoot!.adoptedStyleSheets
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText === 'print')
      .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText))
      .join(' ');
    expect(printRules).to.match(/\.print-only \{ display: block; \}/);
    expect(printRules).to.match(/\.steps-view[^{]*\{ display: none; \}/);
    // Where the driver can emulate print media, the page as printed (what the browser does between
    // beforeprint and afterprint). Firefox's WebDriver BiDi cannot: there the rules above are checked.
    if (navigator.userAgent.includes('Firefox')) return;
    dispatchEvent(new Event('beforeprint'));
    await stepper.updateComplete;
    await emulateMedia({ media: 'print' });
    try {
      expect(seen(), 'on paper: every step, no buttons').to.deep.equal({ steps: STEPS.map((_, index) => titleOf(index)), buttons: [] });
    } finally {
      await emulateMedia({ media: 'screen' });
      dispatchEvent(new Event('afterprint'));
    }
  });

  it('focusing the element (as the checker does) focuses the step heading', async () => {
    const stepper = await fixture<ClogMassageStepper>(html`<clog-massage-stepper></clog-massage-stepper>`);
    stepper.focus();
    expect(focused(stepper)).to.deep.equal({ role: 'heading', text: titleOf(0) });
  });

  it('focused before it has rendered (far down the page), focuses the step heading once it renders', async () => {
    const page = await fixture<HTMLElement>(
      html`<div><div style="block-size: 20000px"></div><clog-massage-stepper><p>Gentle self-care steps</p></clog-massage-stepper></div>`,
    );
    const stepper = page.querySelector('clog-massage-stepper')!;
    expect(stepper.matches(':state(pending)'), 'not rendered yet').to.equal(true);
    stepper.focus();
    stepper.scrollIntoView(); // as the checker's "Show me the self-care steps" does
    await stepper.updateComplete;
    expect(focused(stepper)).to.deep.equal({ role: 'heading', text: titleOf(0) });
  });

  describe('what a reader reads (every step at once)', () => {
    /** Every step as a reader sees it in the list layout: heading, text and its "Based on" line. */
    async function readSteps() {
      const stepper = await fixture<ClogMassageStepper>(html`<clog-massage-stepper layout="list"></clog-massage-stepper>`);
      return all(stepper, '[part="step"]').map((item) => ({
        heading: visibleText(item, '[role="heading"]'),
        text: visibleText(item),
        basedOn: basedOn(item),
      }));
    }
    const read = async (id: StepId) => (await readSteps())[indexOf(id)]!;

    it('the pain step names paracetamol (acetaminophen) and ibuprofen, says no aspirin, and never gives a dose', async () => {
      const pain = await read('pain-relief');
      expect(pain.heading).to.equal('Ease the pain with a painkiller');
      expect(pain.text).to.match(/paracetamol/i).and.match(/acetaminophen/i).and.match(/ibuprofen/i);
      expect(pain.text).to.include('you can take either of them while breastfeeding');
      expect(pain.text).to.include('Do not take aspirin while you are breastfeeding');
      expect(pain.text).to.include('Take the amount the packet says, or ask a pharmacist');
      for (const caution of ['asthma', 'stomach ulcer', 'kidney', 'heart', 'thin your blood']) expect(pain.text).to.include(caution);
      expect(pain.text, 'no dose').not.to.match(/\d\s*(mg|milligrams?|ml|tablets?|pills?)\b/i);
      expect(pain.text, 'the painkiller hours come from the thresholds').to.include('for 4 to 6 hours');
    });

    it('never gives a medicine dose anywhere', async () => {
      for (const step of await readSteps()) expect(step.text, step.heading).not.to.match(/\d\s*(mg|milligrams?|ml)\b/i);
    });

    it('says the disputed model of a clog as what current guidance describes, never as fact', async () => {
      const stepper = await fixture<ClogMassageStepper>(html`<clog-massage-stepper layout="list"></clog-massage-stepper>`);
      stepper.shadowRoot!.querySelectorAll('details').forEach((details) => (details.open = true));
      const text = visibleText(stepper);
      expect(text).not.to.match(/\b(a|the) clog is (swollen|swelling|inflam|narrow|not)/i);
      expect(text).not.to.match(/\bis (swollen tissue|swelling), not\b/i);
      expect(text).not.to.match(/,? not (stuck|trapped) milk/i);
      expect(text).to.include('Current guidance (2022) describes a clog as swelling around the milk ducts rather than trapped milk');
      expect(text).to.include('NHS pages still describe a build-up of milk, and some experts question the new view');
    });

    it('says plainly where older or national advice differs: warmth and stroking toward the nipple', async () => {
      const warmth = await read('brief-warmth');
      expect(warmth.text).to.include('such as NHS pages, suggests warmth more often. This guide follows the 2022 protocol');
      const strokes = await read('light-touch');
      expect(strokes.text).to.include('NHS pages, that says to stroke toward the nipple. This guide follows the 2022 protocol');
    });

    it('covers the bra, the white spot on the nipple, and reassurance about the milk', async () => {
      const gentle = await read('be-gentle');
      expect(gentle.text).to.match(/bra that supports you without pressing on the sore area/);
      expect(gentle.text).to.include('Avoid tight straps, and try not to sleep on that side');
      expect(gentle.text).to.match(/white spot on your nipple.*leave it alone\. Do not pick it, scrape it or open it with a needle/);
      const milk = await read('milk-safe');
      expect(milk.text).to.include('Good to know');
      expect(milk.text).to.include('Most clogs settle within 1 to 2 days');
      expect(milk.text).to.include('Your milk stays safe for your baby');
      expect(milk.text).to.include('even with the antibiotics usually given for it');
      expect(milk.text).to.match(/streaks of blood in your milk.*does not harm your baby\. On its own, it is not a warning sign/);
    });

    it('says when to get help, most urgent first, with redness described for every skin tone', async () => {
      const help = await read('get-help');
      const emergency = help.text.indexOf('Call your local emergency number');
      const hours = help.text.indexOf('Get medical help within a few hours');
      const today = help.text.indexOf('Contact your doctor or midwife today');
      expect(emergency).to.be.greaterThan(-1);
      expect(hours).to.be.greaterThan(emergency);
      expect(today).to.be.greaterThan(hours);
      const emergencyText = help.text.slice(emergency, hours);
      expect(emergencyText).to.include('signs of sepsis').and.include('black, grey or deep purple like a bad bruise').and.include('numb').and.include('spreading so fast');
      expect(emergencyText, 'ordinary fever and chills are not an emergency').not.to.match(/fever|chills/);
      expect(help.text.slice(hours, today)).to.include('very unwell');
      const appointment = help.text.indexOf('Book an appointment');
      expect(appointment, 'the appointment signs come last').to.be.greaterThan(today);
      const todayText = help.text.slice(today, appointment);
      const isolates = /[\u2068\u2069]/g;
      expect(todayText).to.include(
        `${en.temperature(38, 'c', 1).replace(isolates, '')} (${en.temperature(100.4, 'f', 1).replace(isolates, '')}) or higher`,
      );
      expect(todayText).to.include('chills and aches like flu').and.include('red streaks').and.include('no better after 12 to 24 hours');
      expect(todayText).to.include('no better after 48 hours');
      expect(help.text).to.include('Redness may look darker or purple, or be harder to see, on brown or black skin');
    });

    it('every step names at least one source, and only sources that exist', async () => {
      const known = SOURCE_IDS.map((id) => SOURCE_NAMES[id]()).sort((a, b) => b.length - a.length);
      const seen = await readSteps();
      expect(seen).to.have.length(total);
      seen.forEach((step, index) => {
        expect(step.basedOn, step.heading).to.have.length(1);
        const line = step.basedOn[0]!.slice('Based on: '.length);
        // Take away every known source name: only the list's commas and "and" may remain.
        let rest = line;
        for (const name of known) rest = rest.split(name).join('|');
        expect(rest.replace(/\||,|\band\b|\s/g, ''), `${step.heading}: "${line}"`).to.equal('');
        expect(rest, step.heading).to.include('|');
        // And they are the step's own sources, each named once.
        const data = steps[index]!;
        expect(data.sources.length, data.id).to.be.greaterThan(0);
        for (const id of data.sources) expect(isSourceId(id), `${data.id}: ${id}`).to.equal(true);
        const names = [...new Set(data.sources.map((id) => SOURCE_NAMES[id]()))];
        expect(line, data.id).to.equal(new Intl.ListFormat('en', { type: 'conjunction' }).format(names));
      });
    });
  });

  describe('cold-pack countdown', () => {
    let clock: sinon.SinonFakeTimers;
    beforeEach(() => {
      clock = sinon.useFakeTimers({ now: new Date('2026-11-24T10:00:00Z'), toFake: ['setInterval', 'clearInterval', 'Date'] });
    });
    afterEach(() => clock.restore());

    const time = (stepper: ClogMassageStepper) => visibleText(stepper, '[role="timer"]');
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

    it('keeps counting while the reader looks at another step', async () => {
      const stepper = await atColdPack();
      await tap(stepper, `Start a ${minutes()}-minute timer`);
      await tap(stepper, 'Next');
      expect(all(stepper, '[role="timer"]'), 'the next step has no countdown').to.have.length(0);
      await tick(stepper, 60_000);
      await tap(stepper, 'Previous');
      expect(time(stepper)).to.equal(`${minutes() - 1}:00`);
      expect(all(stepper, '[part="timer"] button').map((control) => control.textContent?.trim()), 'still running').to.deep.equal(['Pause', 'Reset']);
    });

    it("shows the time in the reader's digits, the seconds always two of them (Arabic)", async () => {
      const stepper = await atColdPack();
      await setLocale('ar');
      try {
        await waitUntil(() => stepper.shadowRoot!.querySelector('[part="base"]')?.getAttribute('dir') === 'rtl', 'Arabic never showed');
        all(stepper, '[part="timer"] button')[0]!.click(); // start
        await tick(stepper, 55_000);
        const arabic = (value: number, digits = 1) => new Intl.NumberFormat('ar', { minimumIntegerDigits: digits }).format(value);
        expect(time(stepper)).to.equal(`${arabic(minutes() - 1)}:${arabic(5, 2)}`);
      } finally {
        await setLocale('en');
      }
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
    const key = STEP_STORAGE_KEY;

    it('restores the step from this tab\'s session', async () => {
      sessionStorage.setItem(key, '4');
      const stepper = await fixture<ClogMassageStepper>(html`<clog-massage-stepper remember></clog-massage-stepper>`);
      expect(stepTitle(stepper)).to.equal(titleOf(3));
      await tap(stepper, 'Next');
      expect(sessionStorage.getItem(key)).to.equal('5');
    });

    for (const corrupt of ['abc', '0', '99', '{"step":2}', '']) {
      it(`ignores a corrupt stored value ${JSON.stringify(corrupt)}`, async () => {
        sessionStorage.setItem(key, corrupt);
        const stepper = await fixture<ClogMassageStepper>(html`<clog-massage-stepper remember></clog-massage-stepper>`);
        expect(stepTitle(stepper)).to.equal(titleOf(0));
      });
    }

    it('works as if nothing were stored when the browser blocks storage', async () => {
      const blocked = () => new DOMException('blocked', 'SecurityError');
      const get = sinon.stub(Storage.prototype, 'getItem').throws(blocked());
      const set = sinon.stub(Storage.prototype, 'setItem').throws(blocked());
      try {
        const stepper = await fixture<ClogMassageStepper>(html`<clog-massage-stepper remember></clog-massage-stepper>`);
        expect(stepTitle(stepper)).to.equal(titleOf(0));
        await tap(stepper, 'Next');
        expect(stepTitle(stepper)).to.equal(titleOf(1));
        expect(set.called, 'it did try to remember').to.equal(true);
      } finally {
        get.restore();
        set.restore();
      }
    });

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
