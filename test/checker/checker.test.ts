import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/checker/define.js';
import type { ClogChecker } from '../../src/components/checker/checker.js';
import { QUESTIONS } from '../../src/content/questions.js';
import type { ClogResultEvent } from '../../src/events.js';
import { numberFormatter } from '../../src/internal/format.js';
import { all, captureWarnings, visibleText } from '../helpers.js';

// Text as the helpers read it: without the invisible direction isolates around temperatures.
const visibleTextOf = (text: string) => text.replace(/[\u2068\u2069]/g, '');

// What a reader sees and does: read the question, tap an answer button by its label.
const questionText = (checker: ClogChecker) => visibleText(checker, '#question');
const resultHeading = (checker: ClogChecker) => visibleText(checker, '#result');

function button(checker: ClogChecker, label: string): HTMLButtonElement {
  const found = all<HTMLButtonElement>(checker, 'button').find((candidate) => candidate.textContent?.trim() === label);
  if (!found) throw new Error(`no button "${label}" on screen; the screen says: ${visibleText(checker).slice(0, 200)}`);
  return found;
}

async function tap(checker: ClogChecker, label: string): Promise<void> {
  button(checker, label).click();
  await checker.updateComplete;
}

async function typeTemperature(checker: ClogChecker, text: string): Promise<void> {
  const input = checker.shadowRoot!.querySelector<HTMLInputElement>('#temperature')!;
  input.value = text;
  input.dispatchEvent(new InputEvent('input'));
  await checker.updateComplete;
}

/** Answers "No" until the question with this id is on screen. */
async function noUntil(checker: ClogChecker, id: string): Promise<void> {
  const target = QUESTIONS.find((question) => question.id === id)!;
  for (let guard = 0; guard < QUESTIONS.length; guard += 1) {
    if (questionText(checker) === visibleTextOf(target.text(numberFormatter('en')))) return;
    await tap(checker, 'No');
  }
  throw new Error(`never reached the question "${id}"`);
}

const warningQuestions = QUESTIONS.filter((question) => question.kind === 'warning-sign');

describe('<clog-checker>', () => {
  it('starts with the most urgent warning sign, one question at a time, with progress shown', async () => {
    const checker = await fixture<ClogChecker>(html`<clog-checker></clog-checker>`);
    expect(questionText(checker)).to.match(/^Do you feel very ill/);
    expect(visibleText(checker, '[part="progress"]')).to.equal(`Question 1 of up to ${QUESTIONS.length}`);
    expect(all(checker, 'fieldset.question legend #question')).to.have.length(1);
    expect(all(checker, '.answer').map((answer) => answer.textContent?.trim())).to.deep.equal(['Yes', 'No', 'Not sure']);
    expect(document.activeElement, 'no focus stolen on page load').to.not.equal(checker);
  });

  for (const question of warningQuestions) {
    it(`a yes to "${question.id}" goes straight to the result at ${question.raisesTo}, with the banner and the event`, async () => {
      const checker = await fixture<ClogChecker>(html`<clog-checker temperature-unit="c"></clog-checker>`);
      await noUntil(checker, question.id);
      const result = oneEvent(checker, 'clog-result') as Promise<ClogResultEvent>;
      await tap(checker, 'Yes');
      const { detail } = await result;

      expect(detail.level).to.equal(question.raisesTo);
      for (const reason of question.reasons) expect(detail.reasons).to.include(reason);
      expect(checker.shadowRoot!.querySelector('#question'), 'no more questions').to.equal(null);
      expect(checker.shadowRoot!.activeElement?.id, 'focus on the result heading').to.equal('result');
      const banner = checker.shadowRoot!.querySelector('clog-red-flag-banner')!;
      expect(banner.getAttribute('reasons')).to.equal(detail.reasons.join(' '));
      await banner.updateComplete;
      expect(banner.shadowRoot!.querySelectorAll('li.matched').length).to.equal(detail.reasons.length);
      expect(visibleText(checker, '[role="status"]'), 'the result is announced').to.equal(resultHeading(checker));
    });
  }

  it('"Not sure" about feeling very ill is treated as safely as a yes', async () => {
    const checker = await fixture<ClogChecker>(html`<clog-checker></clog-checker>`);
    const result = oneEvent(checker, 'clog-result') as Promise<ClogResultEvent>;
    await tap(checker, 'Not sure');
    expect((await result).detail).to.deep.equal({ level: 'emergency', reasons: ['sepsis'] });
    expect(resultHeading(checker)).to.equal('Get emergency help now');
  });

  it('a path of no\'s and a tender lump ends at self-care and offers the self-care steps on the page', async () => {
    const wrapper = await fixture(html`<div>
      <clog-checker stepper="steps"></clog-checker>
      <section id="steps" tabindex="-1">Steps</section>
    </div>`);
    const checker = wrapper.querySelector('clog-checker')!;
    const last = QUESTIONS[QUESTIONS.length - 1];
    await noUntil(checker, last.id);
    const result = oneEvent(checker, 'clog-result') as Promise<ClogResultEvent>;
    await tap(checker, 'Yes');
    expect((await result).detail).to.deep.equal({ level: 'self-care', reasons: [] });
    expect(resultHeading(checker)).to.equal('Gentle self-care is a good place to start');
    await tap(checker, 'Show me the self-care steps');
    expect(document.activeElement?.id).to.equal('steps');
  });

  it('Back shows the previous question with the earlier answer kept', async () => {
    const checker = await fixture<ClogChecker>(html`<clog-checker></clog-checker>`);
    const first = questionText(checker);
    await tap(checker, 'No');
    expect(questionText(checker)).to.not.equal(first);
    await tap(checker, 'Back');
    expect(questionText(checker)).to.equal(first);
    expect(button(checker, 'No').getAttribute('aria-pressed')).to.equal('true');
    expect(button(checker, 'Yes').getAttribute('aria-pressed')).to.equal('false');
    expect(checker.shadowRoot!.activeElement?.id).to.equal('question');
  });

  it('Back from a result returns to the last question; changing that answer changes the result', async () => {
    const checker = await fixture<ClogChecker>(html`<clog-checker></clog-checker>`);
    await tap(checker, 'Yes');
    expect(resultHeading(checker)).to.equal('Get emergency help now');
    await tap(checker, 'Back');
    expect(questionText(checker)).to.match(/^Do you feel very ill/);
    await tap(checker, 'No');
    expect(checker.shadowRoot!.querySelector('#result')).to.equal(null);
    expect(visibleText(checker, '[part="progress"]')).to.match(/^Question 2 of/);
  });

  it('Start again clears every answer and fires clog-restart', async () => {
    const checker = await fixture<ClogChecker>(html`<clog-checker></clog-checker>`);
    await tap(checker, 'No');
    await tap(checker, 'No');
    const restarted = oneEvent(checker, 'clog-restart');
    await tap(checker, 'Start again');
    await restarted;
    expect(visibleText(checker, '[part="progress"]')).to.match(/^Question 1 of/);
    expect(all(checker, '.answer[aria-pressed="true"]')).to.have.length(0);
  });

  describe('temperature', () => {
    async function atFever(markup = html`<clog-checker temperature-unit="c"></clog-checker>`) {
      const checker = await fixture<ClogChecker>(markup);
      await noUntil(checker, 'fever');
      return checker;
    }

    it('accepts 38,2 with a decimal comma and counts it as a fever, even after "No"', async () => {
      const checker = await atFever();
      await typeTemperature(checker, '38,2');
      const result = oneEvent(checker, 'clog-result') as Promise<ClogResultEvent>;
      await tap(checker, 'No');
      expect((await result).detail.reasons).to.include('fever');
      expect(visibleText(checker, '.summary dl')).to.include('38.2°C');
    });

    it('accepts 100.4 in °F as a fever', async () => {
      const checker = await atFever(html`<clog-checker temperature-unit="f"></clog-checker>`);
      await typeTemperature(checker, '100.4');
      const result = oneEvent(checker, 'clog-result') as Promise<ClogResultEvent>;
      await tap(checker, 'No');
      expect((await result).detail).to.deep.equal({ level: 'see-provider-today', reasons: ['fever'] });
    });

    it('a normal reading with "No" moves on to the next question', async () => {
      const checker = await atFever();
      await typeTemperature(checker, '36.9');
      const before = questionText(checker);
      await tap(checker, 'No');
      expect(questionText(checker)).to.not.equal(before);
    });

    for (const [typed, message] of [
      ['abc', 'Please type the number your thermometer shows, for example 38.2.'],
      ['1000', 'Please check that reading. We can only use readings from 34°C to 43°C.'],
    ] as const) {
      it(`"${typed}" gets an inline message and no result until fixed or cleared`, async () => {
        const checker = await atFever();
        const question = questionText(checker);
        let results = 0;
        checker.addEventListener('clog-result', () => (results += 1));
        await typeTemperature(checker, typed);
        await tap(checker, 'Yes');
        expect(visibleText(checker, '#temperature-message')).to.equal(message);
        const input = checker.shadowRoot!.querySelector('#temperature')!;
        expect(input.getAttribute('aria-invalid')).to.equal('true');
        expect(checker.shadowRoot!.activeElement).to.equal(input);
        expect(questionText(checker)).to.equal(question);
        expect(results).to.equal(0);

        await typeTemperature(checker, '');
        expect(visibleText(checker, '#temperature-message')).to.equal('');
        await tap(checker, 'Yes');
        expect(results).to.equal(1);
      });
    }

    it('suggests the other unit when a reading only fits it', async () => {
      const checker = await atFever();
      await typeTemperature(checker, '101.5');
      await tap(checker, 'No');
      expect(visibleText(checker, '#temperature-message')).to.equal('Did you mean °F? That reading fits Fahrenheit.');
      checker.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')[1].click();
      await checker.updateComplete;
      const result = oneEvent(checker, 'clog-result') as Promise<ClogResultEvent>;
      await tap(checker, 'No');
      expect((await result).detail.reasons).to.include('fever');
    });

    it('defaults to °F on an en-US page and °C on an en-GB page; a bad unit warns and uses the default', async () => {
      const us = await atFever(html`<clog-checker lang="en-US"></clog-checker>`);
      const checkedUnit = (checker: ClogChecker) =>
        visibleText(checker.shadowRoot!.querySelector('input[type="radio"]:checked')!.parentElement!);
      expect(checkedUnit(us)).to.equal('°F');
      us.setAttribute('lang', 'en-GB');
      await waitUntil(() => checkedUnit(us) === '°C', 'the unit did not follow the change of lang');
      expect(checkedUnit(us)).to.equal('°C');
      const warnings = captureWarnings();
      try {
        const kelvin = await atFever(html`<clog-checker temperature-unit="k" lang="en-GB"></clog-checker>`);
        expect(checkedUnit(kelvin)).to.equal('°C');
        expect(warnings.messages.some((message) => message.includes('temperature-unit="k"'))).to.equal(true);
      } finally {
        warnings.restore();
      }
    });
  });

  it('offers a summary of the answers to copy or print for a clinician', async () => {
    const checker = await fixture<ClogChecker>(html`<clog-checker></clog-checker>`);
    await tap(checker, 'No');
    await tap(checker, 'Yes');
    const summary = visibleText(checker, '.summary dl');
    expect(summary).to.include(visibleText(checker, '.summary dt'));
    expect(visibleText(checker, '.summary dt')).to.match(/^Do you feel very ill/);
    expect(summary).to.include('Get emergency help now');
    expect(all(checker, '.summary button').map((control) => control.textContent?.trim())).to.deep.equal(['Copy', 'Print']);
  });

  it('passes the emergency number and care link to the banner', async () => {
    const checker = await fixture<ClogChecker>(
      html`<clog-checker emergency-number="112" care-href="/care" care-label="Find a clinic"></clog-checker>`,
    );
    await tap(checker, 'Yes');
    expect(visibleText(checker, '.result .action')).to.equal('Call 112 or go to the nearest emergency department.');
    const banner = checker.shadowRoot!.querySelector('clog-red-flag-banner')!;
    await banner.updateComplete;
    expect(visibleText(banner, '[part="care-link"]')).to.equal('Find a clinic');
  });

  it('can be finished with the keyboard alone (Tab, Space, Enter)', async () => {
    const checker = await fixture<ClogChecker>(html`<clog-checker></clog-checker>`);
    checker.shadowRoot!.querySelector<HTMLElement>('#question')!.focus();
    await sendKeys({ press: 'Tab' }); // Yes
    await sendKeys({ press: 'Tab' }); // No
    await sendKeys({ press: ' ' }); // Space, spelt so both Chromium and Firefox drivers know it
    await waitUntil(() => /Question 2/.test(visibleText(checker, '[part="progress"]')), 'Space on "No" did not move on');
    expect(checker.shadowRoot!.activeElement?.id).to.equal('question');
    await sendKeys({ press: 'Tab' }); // Yes
    const result = oneEvent(checker, 'clog-result');
    await sendKeys({ press: 'Enter' });
    await result;
    expect(checker.shadowRoot!.activeElement?.id).to.equal('result');
  });

  describe('is accessible', () => {
    for (const theme of ['light', 'dark'] as const) {
      it(`on every question, ${theme}`, async () => {
        const checker = await fixture<ClogChecker>(html`<clog-checker theme=${theme}></clog-checker>`);
        for (let asked = 0; checker.shadowRoot!.querySelector('#question'); asked += 1) {
          await expect(checker, `question ${asked + 1}`).to.be.accessible();
          await tap(checker, 'No');
        }
        await expect(checker, 'the result after all no').to.be.accessible();
      });

      it(`on the temperature question with an error, ${theme}`, async () => {
        const checker = await fixture<ClogChecker>(html`<clog-checker theme=${theme}></clog-checker>`);
        await noUntil(checker, 'fever');
        await typeTemperature(checker, 'abc');
        await tap(checker, 'No');
        await expect(checker).to.be.accessible();
      });

      for (const question of [...warningQuestions.filter((q, i, list) => list.findIndex((o) => o.raisesTo === q.raisesTo) === i), QUESTIONS[QUESTIONS.length - 1]]) {
        it(`on the result after "${question.id}", ${theme}`, async () => {
          const checker = await fixture<ClogChecker>(html`<clog-checker theme=${theme}></clog-checker>`);
          await noUntil(checker, question.id);
          await tap(checker, 'Yes');
          const banner = checker.shadowRoot!.querySelector('clog-red-flag-banner')!;
          await banner.updateComplete;
          await expect(checker).to.be.accessible();
        });
      }
    }
  });
});
