import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/checker/define.js';
import '../../src/components/massage-stepper/define.js';
import type { ClogChecker } from '../../src/components/checker/checker.js';
import { SCREEN_TEXTS } from '../../src/content/screen-texts.js';
import { SCREENS, type ScreenId } from '../../src/content/screens.js';
import { REASON_TEXTS } from '../../src/content/warning-sign-texts.js';
import type { WarningSignId } from '../../src/content/warning-signs.js';
import type { ClogResultEvent } from '../../src/events.js';
import { numberFormatter } from '../../src/internal/format.js';
import { all, button, captureWarnings, tap, visibleText, rendered } from '../helpers.js';

const en = numberFormatter('en');
const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');

// What a reader sees and does: read the question, tick a sign by its words, tap a button by its label.
const questionText = (checker: ClogChecker) => visibleText(checker, '#question');
const resultHeading = (checker: ClogChecker) => visibleText(checker, '#result');
const progress = (checker: ClogChecker) => visibleText(checker, '[part="progress"]');

/** Ticks the sign whose words are on its label, as a reader taps the line. */
async function tick(checker: ClogChecker, sign: WarningSignId): Promise<void> {
  const words = plain(REASON_TEXTS[sign](en));
  const label = all<HTMLLabelElement>(checker, '[part="sign"]').find((candidate) => visibleText(candidate) === words);
  if (!label) throw new Error(`no sign "${words}" on screen`);
  label.click();
  await checker.updateComplete;
}

async function typeTemperature(checker: ClogChecker, text: string): Promise<void> {
  const input = checker.shadowRoot!.querySelector<HTMLInputElement>('#temperature')!;
  input.value = text;
  input.dispatchEvent(new InputEvent('input'));
  await checker.updateComplete;
}

/** Answers "None of these" or "No" until the screen with this id is on show. */
async function noUntil(checker: ClogChecker, id: ScreenId): Promise<void> {
  const target = plain(SCREEN_TEXTS[id].question(en));
  for (let guard = 0; guard < SCREENS.length; guard += 1) {
    if (questionText(checker) === target) return;
    const isSigns = all(checker, '[part="sign"]').length > 0;
    await tap(checker, isSigns ? 'None of these' : 'No');
  }
  throw new Error(`never reached the screen "${id}"`);
}

async function resultAfter(checker: ClogChecker, act: () => Promise<void>) {
  const result = oneEvent(checker, 'clog-result') as Promise<ClogResultEvent>;
  await act();
  return (await result).detail;
}

describe('<clog-checker>', () => {
  it('starts with the signs of sepsis on one screen, each on its own line, with progress shown', async () => {
    const checker = await fixture<ClogChecker>(html`<clog-checker></clog-checker>`);
    expect(questionText(checker)).to.equal('Do you have any of these right now?');
    expect(progress(checker)).to.equal('Question 1 of up to 7');
    expect(all(checker, '[part="sign"] input[type="checkbox"]')).to.have.length(8);
    expect(all(checker, '[part="answer"]').map((answer) => answer.textContent?.trim())).to.deep.equal(['Continue', 'None of these', 'Not sure']);
    expect(document.activeElement, 'no focus stolen on page load').to.not.equal(checker);
  });

  it('a sign of sepsis ticked: the result at once, leading with a large tap-to-call button, the reason named, the event fired', async () => {
    const checker = await fixture<ClogChecker>(html`<clog-checker emergency-number="911"></clog-checker>`);
    await tick(checker, 'confusion');
    const detail = await resultAfter(checker, () => tap(checker, 'Continue'));
    expect(detail).to.deep.equal({ level: 'emergency', reasons: ['confusion'] });
    expect(resultHeading(checker)).to.equal('Get emergency help now');
    const call = checker.shadowRoot!.querySelector<HTMLAnchorElement>('[part="call"]')!;
    expect(call.getAttribute('href')).to.equal('tel:911');
    expect(visibleText(call)).to.equal('Call 911');
    // The call comes right after the heading: the first thing after it in reading order.
    expect(call.previousElementSibling?.id).to.equal('result');
    expect(visibleText(checker, '[part="result"]')).to.include(plain(REASON_TEXTS.confusion(en)));
    expect(checker.shadowRoot!.activeElement?.id, 'focus on the result heading').to.equal('result');
    expect(visibleText(checker, '[role="status"]'), 'the result is announced').to.equal(resultHeading(checker));
  });

  it('the banner under a result does not repeat the reasons: it is closed and highlights nothing', async () => {
    const checker = await fixture<ClogChecker>(html`<clog-checker></clog-checker>`);
    await tick(checker, 'breathless');
    await tap(checker, 'Continue');
    const banner = checker.shadowRoot!.querySelector('clog-red-flag-banner')!;
    await banner.updateComplete;
    expect(banner.shadowRoot!.querySelector('details')!.open).to.equal(false);
    expect(visibleText(banner)).to.not.include('From your answers');
  });

  it('"Not sure" about the signs of sepsis: urgent care within hours, told to call the emergency number if the sign is there', async () => {
    const checker = await fixture<ClogChecker>(html`<clog-checker emergency-number="112" urgent-number="111"></clog-checker>`);
    await tap(checker, 'Not sure');
    const detail = await resultAfter(checker, () => tap(checker, 'None of these'));
    expect(detail.level).to.equal('urgent-care');
    expect(resultHeading(checker)).to.equal('Get medical help within a few hours');
    expect(checker.shadowRoot!.querySelector('[part="call"]')!.getAttribute('href')).to.equal('tel:111');
    const words = visibleText(checker, '[part="result"]');
    expect(words).to.include('If you find you have any of them, or you get worse, call 112 straight away.');
    expect(words).to.include('You were not sure about:');
  });

  it('ordinary fever with chills and aches: medical advice today, never the emergency department', async () => {
    const checker = await fixture<ClogChecker>(html`<clog-checker></clog-checker>`);
    await noUntil(checker, 'fever');
    await tap(checker, 'Yes');
    expect(questionText(checker), 'the fever follow-up').to.equal(plain(SCREEN_TEXTS['fever-extra'].question(en)));
    const detail = await resultAfter(checker, () => tap(checker, 'None of these'));
    expect(detail).to.deep.equal({ level: 'see-provider-today', reasons: ['fever'] });
    expect(resultHeading(checker)).to.equal('Get medical advice today');
  });

  it('a lump that has lasted more than a week: book an appointment, to be seen within two weeks', async () => {
    const checker = await fixture<ClogChecker>(html`<clog-checker></clog-checker>`);
    await noUntil(checker, 'lump-changes');
    await tick(checker, 'persistent-lump');
    const detail = await resultAfter(checker, () => tap(checker, 'Continue'));
    expect(detail.level).to.equal('see-provider');
    expect(visibleText(checker, '[part="result"]')).to.include('within two weeks');
    expect(visibleText(checker, '[part="result"]')).to.not.match(/cancer/i);
  });

  it('a simple clog: seven screens of no warning sign and a tender lump end at self-care, offering the steps on the page', async () => {
    const el = await fixture<HTMLElement>(html`<div><clog-checker stepper="steps"></clog-checker><clog-massage-stepper id="steps"></clog-massage-stepper></div>`);
    await rendered(el);
    const checker = el.querySelector('clog-checker')!;
    let screens = 0;
    while (checker.shadowRoot!.querySelector('#question')) {
      screens += 1;
      const last = questionText(checker) === plain(SCREEN_TEXTS['tender-lump'].question(en));
      if (last) await tap(checker, 'Yes');
      else await tap(checker, all(checker, '[part="sign"]').length ? 'None of these' : 'No');
    }
    expect(screens).to.be.at.most(7);
    expect(resultHeading(checker)).to.equal('Gentle self-care is a good place to start');
    await tap(checker, 'Show me the self-care steps');
    expect(document.activeElement?.id).to.equal('steps');
  });

  it('no lump and no warning sign: not the self-care result, but someone to talk to', async () => {
    const checker = await fixture<ClogChecker>(html`<clog-checker stepper="steps"></clog-checker>`);
    await noUntil(checker, 'tender-lump');
    const detail = await resultAfter(checker, () => tap(checker, 'No'));
    expect(detail).to.deep.equal({ level: 'see-provider', reasons: ['no-lump'] });
    expect(resultHeading(checker)).to.equal('This checker is for a sore lump while breastfeeding');
    expect(visibleText(checker, '[part="result"]')).to.include('midwife, health visitor, doctor or breastfeeding supporter');
    expect(visibleText(checker, '[part="result"]'), 'no self-care advice').to.not.include('self-care');
    expect(visibleText(checker, '[role="status"]'), 'announced as its own outcome').to.equal(resultHeading(checker));
    expect(all(checker, 'button').some((b) => b.textContent?.includes('self-care steps'))).to.equal(false);
  });

  it('Continue with nothing ticked, or None of these with a sign ticked, asks the reader to choose and moves on with nothing', async () => {
    const checker = await fixture<ClogChecker>(html`<clog-checker></clog-checker>`);
    await tap(checker, 'Continue');
    expect(visibleText(checker, '[role="alert"]')).to.equal('Tick the signs you have, or choose None of these.');
    await tick(checker, 'rash');
    expect(visibleText(checker, '[role="alert"]')).to.equal('');
    await tap(checker, 'None of these');
    expect(visibleText(checker, '[role="alert"]')).to.equal('You ticked a sign. Choose Continue, or untick it first.');
    expect(progress(checker)).to.match(/^Question 1 of/);
  });

  it('Back shows the previous screen with the earlier answer kept; Start again clears everything and fires clog-restart', async () => {
    const checker = await fixture<ClogChecker>(html`<clog-checker></clog-checker>`);
    await tap(checker, 'None of these');
    await tap(checker, 'Back');
    expect(progress(checker)).to.match(/^Question 1 of/);
    expect(button(checker, 'None of these').getAttribute('aria-pressed')).to.equal('true');
    await tap(checker, 'None of these');
    const restarted = oneEvent(checker, 'clog-restart');
    await tap(checker, 'Start again');
    await restarted;
    expect(progress(checker)).to.match(/^Question 1 of/);
    expect(all(checker, '[aria-pressed="true"]')).to.have.length(0);
  });

  it('Back from a result returns to the last screen; changing the answer changes the result', async () => {
    const checker = await fixture<ClogChecker>(html`<clog-checker></clog-checker>`);
    await tick(checker, 'faint');
    await tap(checker, 'Continue');
    await tap(checker, 'Back');
    expect(checker.shadowRoot!.querySelector<HTMLInputElement>('[part="sign"] input:checked')).to.not.equal(null);
    await tick(checker, 'faint'); // untick
    await tap(checker, 'None of these');
    expect(checker.shadowRoot!.querySelector('#result')).to.equal(null);
    expect(progress(checker)).to.match(/^Question 2 of/);
  });

  describe('temperature', () => {
    async function atFever(markup = html`<clog-checker temperature-unit="c"></clog-checker>`) {
      const checker = await fixture<ClogChecker>(markup);
      await noUntil(checker, 'fever');
      return checker;
    }

    it('a reading too low to be plausible asks to check it and says a real reading that low needs help now', async () => {
      const checker = await atFever();
      await typeTemperature(checker, '31');
      await tap(checker, 'No');
      expect(visibleText(checker, '#temperature-message')).to.equal(
        'Please check that reading. We can only use readings from 34°C to 43°C. If your thermometer really shows a reading this low, get medical help now.',
      );
    });

    it('the hint says painkillers lower a reading', async () => {
      const checker = await atFever();
      expect(visibleText(checker, 'fieldset')).to.include('if you took paracetamol or ibuprofen in the last 4 to 6 hours');
    });

    it('accepts 38,2 with a decimal comma and counts it as a fever, even after "No"', async () => {
      const checker = await atFever();
      await typeTemperature(checker, '38,2');
      await tap(checker, 'No');
      const detail = await resultAfter(checker, () => tap(checker, 'None of these'));
      expect(detail.reasons).to.include('fever');
      expect(visibleText(checker, '[part="summary"]')).to.include('38.2°C');
    });

    it('37.2 typed with °F selected is read as °C, shown back, and not refused', async () => {
      const checker = await atFever(html`<clog-checker temperature-unit="f"></clog-checker>`);
      await typeTemperature(checker, '37.2');
      expect(visibleText(checker, '#temperature-read-as')).to.equal('Read as 37.2°C.');
      await tap(checker, 'No');
      expect(questionText(checker)).to.equal(plain(SCREEN_TEXTS['breast-today'].question(en)));
    });

    it('35,0 °C is a warning sign of its own: urgent care', async () => {
      const checker = await atFever();
      await typeTemperature(checker, '35,0');
      const detail = await resultAfter(checker, async () => {
        await tap(checker, 'No');
        while (checker.shadowRoot!.querySelector('#question')) await tap(checker, all(checker, '[part="sign"]').length ? 'None of these' : 'Yes');
      });
      expect(detail).to.deep.equal({ level: 'urgent-care', reasons: ['low-temperature'] });
    });

    for (const [typed, message] of [
      ['abc', 'Please type the number your thermometer shows, for example 38.2.'],
      ['1000', 'Please check that reading. We can only use readings from 34°C to 43°C.'],
    ] as const) {
      it(`"${typed}" gets an inline message and no result until fixed or cleared`, async () => {
        const checker = await atFever();
        const question = questionText(checker);
        await typeTemperature(checker, typed);
        await tap(checker, 'Yes');
        expect(visibleText(checker, '#temperature-message')).to.equal(message);
        const input = checker.shadowRoot!.querySelector('#temperature')!;
        expect(input.getAttribute('aria-invalid')).to.equal('true');
        expect(checker.shadowRoot!.activeElement).to.equal(input);
        expect(questionText(checker)).to.equal(question);

        await typeTemperature(checker, '');
        expect(visibleText(checker, '#temperature-message')).to.equal('');
        await tap(checker, 'Yes');
        expect(questionText(checker)).to.not.equal(question);
      });
    }

    it('defaults to °F on an en-US page and °C on an en-GB page; a bad unit warns and uses the default', async () => {
      const us = await atFever(html`<clog-checker lang="en-US"></clog-checker>`);
      const checkedUnit = (checker: ClogChecker) =>
        visibleText(checker.shadowRoot!.querySelector('input[type="radio"]:checked')!.parentElement!);
      expect(checkedUnit(us)).to.equal('°F');
      us.setAttribute('lang', 'en-GB');
      await waitUntil(() => checkedUnit(us) === '°C', 'the unit did not follow the change of lang');
      const warnings = captureWarnings();
      try {
        const kelvin = await atFever(html`<clog-checker temperature-unit="k" lang="en-GB"></clog-checker>`);
        expect(checkedUnit(kelvin)).to.equal('°C');
        expect(warnings.messages.filter((message) => message.includes('temperature-unit="k"'))).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });
  });

  it('offers a summary of the answers, ticked signs in words, to copy or print for a clinician', async () => {
    const checker = await fixture<ClogChecker>(html`<clog-checker></clog-checker>`);
    await tap(checker, 'None of these');
    await tick(checker, 'skin-damage');
    await tap(checker, 'Continue');
    const answerTo = (question: string) =>
      all(checker, '[part="summary"] dt').find((dt) => visibleText(dt) === question)?.nextElementSibling?.textContent?.trim();
    expect(answerTo('Do you have any of these right now?')).to.equal('None of these');
    expect(answerTo(plain(SCREEN_TEXTS['breast-emergency'].question(en)))).to.equal(plain(REASON_TEXTS['skin-damage'](en)));
    expect(answerTo('Result')).to.equal('Get emergency help now');
    expect(all(checker, '[part="summary"] button').map((control) => control.textContent?.trim())).to.deep.equal(['Copy', 'Print']);
  });

  it('an unwell baby: urgent care, and the advice for the baby said plainly, with when to call the emergency number', async () => {
    const checker = await fixture<ClogChecker>(html`<clog-checker emergency-number="999"></clog-checker>`);
    await noUntil(checker, 'you-and-baby');
    await tick(checker, 'baby-unwell');
    await tap(checker, 'Continue');
    expect(resultHeading(checker)).to.equal('Get medical help within a few hours');
    expect(visibleText(checker, '[part="result"]')).to.include(
      'Your baby needs to be seen by a doctor within a few hours too. If your baby is floppy, very hard to wake or struggling to breathe, call 999.',
    );
  });

  it('an urgent-care number that is not a phone number is shown as text, with no link and no call button', async () => {
    const checker = await fixture<ClogChecker>(html`<clog-checker urgent-number="your GP's out-of-hours line"></clog-checker>`);
    await noUntil(checker, 'you-and-baby');
    await tick(checker, 'very-unwell');
    await tap(checker, 'Continue');
    expect(resultHeading(checker)).to.equal('Get medical help within a few hours');
    expect(checker.shadowRoot!.querySelector('[part="call"]')).to.equal(null);
    expect(all(checker, '[part="result"] a')).to.have.length(0);
    expect(visibleText(checker, '[part="result"]')).to.include("call your GP's out-of-hours line or contact");
  });

  it('an emergency number removed by the page leaves the result working, with the default wording', async () => {
    const checker = await fixture<ClogChecker>(html`<clog-checker emergency-number="911"></clog-checker>`);
    checker.removeAttribute('emergency-number');
    await tick(checker, 'rash');
    await tap(checker, 'Continue');
    expect(checker.shadowRoot!.querySelector('[part="call"]')).to.equal(null);
    expect(visibleText(checker, '[part="result"]')).to.include('Call your local emergency number now');
  });

  it('passes the numbers and care link to the banner', async () => {
    const checker = await fixture<ClogChecker>(
      html`<clog-checker emergency-number="112" urgent-number="116 117" care-href="/care" care-label="Find a clinic"></clog-checker>`,
    );
    await tick(checker, 'rash');
    await tap(checker, 'Continue');
    const banner = checker.shadowRoot!.querySelector('clog-red-flag-banner')!;
    await banner.updateComplete;
    expect(visibleText(banner, '[part="care-link"]')).to.equal('Find a clinic');
    expect(banner.shadowRoot!.querySelector('a[href="tel:116117"]')).to.not.equal(null);
    expect(banner.shadowRoot!.querySelector('a[href="tel:112"]')).to.not.equal(null);
  });

  it('can be answered with the keyboard alone: Space ticks a sign, Tab reaches Continue, Enter answers', async () => {
    const checker = await fixture<ClogChecker>(html`<clog-checker></clog-checker>`);
    checker.shadowRoot!.querySelector<HTMLElement>('#question')!.focus();
    await sendKeys({ press: 'Tab' }); // the first sign
    await sendKeys({ press: ' ' });
    await waitUntil(() => checker.shadowRoot!.querySelector('[part="sign"] input:checked'), 'Space did not tick the sign');
    for (let i = 0; i < 8; i += 1) await sendKeys({ press: 'Tab' }); // past the other seven signs, to Continue
    expect(checker.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Continue');
    const result = oneEvent(checker, 'clog-result');
    await sendKeys({ press: 'Enter' });
    await result;
    expect(checker.shadowRoot!.activeElement?.id).to.equal('result');
  });

  describe('is accessible', () => {
    for (const theme of ['light', 'dark'] as const) {
      it(`on every screen, ${theme}, with the fever follow-up and a reading shown back`, async () => {
        const checker = await fixture<ClogChecker>(html`<clog-checker theme=${theme} temperature-unit="f"></clog-checker>`);
        for (let asked = 0; checker.shadowRoot!.querySelector('#question'); asked += 1) {
          if (questionText(checker) === plain(SCREEN_TEXTS.fever.question(en))) await typeTemperature(checker, '38.5');
          await expect(checker, `screen ${asked + 1}: ${questionText(checker)}`).to.be.accessible();
          await tap(checker, all(checker, '[part="sign"]').length ? 'None of these' : 'No');
        }
        await expect(checker, 'the result').to.be.accessible();
      });

      it(`on the temperature screen with an error, and a sign-screen error, ${theme}`, async () => {
        const checker = await fixture<ClogChecker>(html`<clog-checker theme=${theme}></clog-checker>`);
        await tap(checker, 'Continue');
        await expect(checker).to.be.accessible();
        await noUntil(checker, 'fever');
        await typeTemperature(checker, 'abc');
        await tap(checker, 'No');
        await expect(checker).to.be.accessible();
      });

      for (const [level, sign] of [
        ['emergency', 'confusion'],
        ['urgent-care', 'very-unwell'],
        ['see-provider-today', 'pus'],
        ['see-provider', 'recurring-lump'],
      ] as const) {
        it(`on the ${level} result, with the call buttons, ${theme}`, async () => {
          const checker = await fixture<ClogChecker>(html`<clog-checker theme=${theme} emergency-number="911" urgent-number="111"></clog-checker>`);
          const screen = SCREENS.find((s) => s.kind === 'signs' && (s.items as readonly string[]).includes(sign))!;
          await noUntil(checker, screen.id);
          await tick(checker, sign);
          const detail = await resultAfter(checker, () => tap(checker, 'Continue'));
          expect(detail.level).to.equal(level);
          const banner = checker.shadowRoot!.querySelector('clog-red-flag-banner')!;
          await banner.updateComplete;
          await expect(checker).to.be.accessible();
        });
      }
    }
  });
});
