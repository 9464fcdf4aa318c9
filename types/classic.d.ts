/**
 * Types for dist/clog-widgets.classic.js, the classic script (`<script src defer>`): it registers
 * the three tags and exposes the public API as the global `ClogWidgets`.
 */
import type * as Api from '../dist/lib/index.js';

declare global {
  /** The classic script's API: `ClogWidgets.setLocale('es')`. */
  var ClogWidgets: typeof Api;
}
