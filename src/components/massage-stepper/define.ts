import { defineElement } from '../../internal/define.js';
import { ClogMassageStepper } from './massage-stepper.js';

defineElement('clog-massage-stepper', ClogMassageStepper);

export { ClogMassageStepper };

declare global {
  interface HTMLElementTagNameMap {
    'clog-massage-stepper': ClogMassageStepper;
  }
}
