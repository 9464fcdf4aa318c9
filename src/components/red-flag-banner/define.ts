import { defineElement } from '../../internal/define.js';
import { ClogRedFlagBanner } from './red-flag-banner.js';

defineElement('clog-red-flag-banner', ClogRedFlagBanner);

export { ClogRedFlagBanner };

declare global {
  interface HTMLElementTagNameMap {
    'clog-red-flag-banner': ClogRedFlagBanner;
  }
}
