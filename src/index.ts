/**
 * clog-widgets: registers every element and exports the public API (the same as
 * clog-widgets/classes.js, which registers nothing).
 */
import './components/checker/define.js';
import './components/massage-stepper/define.js';
import './components/red-flag-banner/define.js';

export * from './classes.js';
