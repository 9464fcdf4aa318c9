/** A reader's way through the widgets, by the words on screen, shared by the robustness tests. */
import type { ClogChecker } from '../../src/components/checker/checker.js';
import type { ClogMassageStepper } from '../../src/components/massage-stepper/massage-stepper.js';
import { all, tap, visibleText } from '../helpers.js';
import { deepElements } from './measure.js';

/** Ticks the sign with these words on the checker's screen of signs. */
export async function tick(checker: ClogChecker, sign: string): Promise<void> {
  const line = all(checker, '[part="sign"]').find((label) => visibleText(label) === sign);
  if (!line) throw new Error(`no sign "${sign}" on screen; the screen says: ${visibleText(checker).slice(0, 200)}`);
  line.querySelector('input')!.click();
  await checker.updateComplete;
}

/** Types a reading into the temperature field, as a reader would. */
export async function typeTemperature(checker: ClogChecker, text: string): Promise<void> {
  const field = checker.shadowRoot!.querySelector<HTMLInputElement>('#temperature');
  if (!field) throw new Error(`no temperature field on screen; the screen says: ${visibleText(checker).slice(0, 200)}`);
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await checker.updateComplete;
}

/** The question on screen. */
export const question = (checker: ClogChecker) => visibleText(checker, '[part="question"]');

/**
 * The path of a reader with a simple plugged duct: no warning sign on any screen, an ordinary
 * reading when there is a temperature field, and a tender lump. Ends on the self-care result.
 */
export async function walkToSelfCare(checker: ClogChecker, temperature = '37.2'): Promise<void> {
  for (let screens = 0; screens < 12 && !checker.shadowRoot!.querySelector('[part="result"]'); screens++) {
    if (checker.shadowRoot!.querySelector('#temperature')) {
      await typeTemperature(checker, temperature);
      await tap(checker, 'No');
    } else if (all(checker, '[part="sign"]').length) {
      await tap(checker, 'None of these');
    } else {
      await tap(checker, 'Yes'); // the tender lump
    }
  }
  if (!checker.shadowRoot!.querySelector('[part="result"]')) throw new Error('the self-care walk never reached a result');
}

/** The first screen's first sign, ticked: an emergency result, which ends the questions at once. */
export async function walkToEmergency(checker: ClogChecker): Promise<void> {
  await tick(checker, 'Slurred speech, confusion, or not making sense');
  await tap(checker, 'Continue');
  if (!checker.shadowRoot!.querySelector('[part="result"]')) throw new Error('an emergency sign did not end the questions');
}

/** Opens every "show more" control, the checker's banner and summary included, so all text is drawn. */
export async function openEverything(widget: HTMLElement & { updateComplete: Promise<unknown> }): Promise<void> {
  for (const details of deepElements(widget).filter((element): element is HTMLDetailsElement => element.localName === 'details')) details.open = true;
  await widget.updateComplete;
}

/** Through every step with Next, then Done, as a reader would. */
export async function walkStepper(stepper: ClogMassageStepper): Promise<void> {
  while (stepper.step < 100 && all(stepper, 'button').some((button) => button.textContent?.trim() === 'Next')) await tap(stepper, 'Next');
  await tap(stepper, 'Done');
}
