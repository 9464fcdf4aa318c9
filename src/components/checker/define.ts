import { defineElement } from '../../internal/define.js';
import { ClogChecker } from './checker.js';
// The result embeds the warning-signs banner.
import '../red-flag-banner/define.js';

defineElement('clog-checker', ClogChecker);

export { ClogChecker };

declare global {
  interface HTMLElementTagNameMap {
    'clog-checker': ClogChecker;
  }
}
