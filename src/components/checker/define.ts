import { defineElement } from '../../internal/define.js';
import { ClogChecker } from './checker.js';

defineElement('clog-checker', ClogChecker);

export { ClogChecker };

declare global {
  interface HTMLElementTagNameMap {
    'clog-checker': ClogChecker;
  }
}
