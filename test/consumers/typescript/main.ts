// Plain TypeScript with the packed clog-widgets: what `import 'clog-widgets'` gives, the
// class-only entry point, the CDN paths and the JSX declarations in a project without React.
import { LEVELS, setLocale, THEMES, type ClogResultEvent, type HeadingLevel, type Level, type Theme } from 'clog-widgets';
import 'clog-widgets/massage-stepper.js';
import { ClogChecker, ClogRedFlagBanner } from 'clog-widgets/classes.js';
import * as cdn from 'clog-widgets/clog-widgets.js';
import 'clog-widgets/clog-widgets.classic.js';
import type { ClogElementProps } from 'clog-widgets/jsx';

// HTMLElementTagNameMap: querySelector knows each tag's class and its properties' values.
const checker = document.querySelector('clog-checker');
const theme: Theme | undefined = checker?.theme;
const level: HeadingLevel | undefined = checker?.headingLevel;
// @ts-expect-error: not a theme
if (checker) checker.theme = 'pink';

// Events on any element or the document are typed (GlobalEventHandlersEventMap).
document.addEventListener('clog-result', (event: ClogResultEvent) => {
  const result: Level = event.detail.level;
  console.log(result, event.detail.reasons);
});
document.querySelector('clog-massage-stepper')?.addEventListener('clog-step-change', (event) => console.log(event.detail.step));

// The classes without their tags, under names of one's own.
customElements.define('my-checker', ClogChecker);
customElements.define('clog-red-flag-banner', ClogRedFlagBanner);

// The CDN module has the npm entry's types; the classic script's API is a global.
void cdn.setLocale('es');
void globalThis.ClogWidgets.setLocale('fr');
void setLocale('de');

const props: ClogElementProps['clog-red-flag-banner'] = { compact: true, 'heading-level': '3' };
console.log(theme, level, LEVELS, THEMES, props);
