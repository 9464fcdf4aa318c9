// Publishers type attribute values by hand, CMSs mangle them, and frameworks set and remove them.
// Property-based tests (fast-check) throw thousands of values at every attribute of every element:
// valid ones, near misses, HTML and script, dangerous links, numbers in other scripts, long and
// binary strings, and removal. Whatever arrives, the reader still gets readable advice, the
// publisher gets at most one warning naming the attribute and the value, a value the widget does
// not understand is never shown to the reader, and no link has a scheme other than http(s), tel
// or mailto.
import fc from 'fast-check';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { ClogChecker } from '../../src/components/checker/checker.js';
import type { ClogMassageStepper } from '../../src/components/massage-stepper/massage-stepper.js';
import { STEPS } from '../../src/content/steps.js';
import { WARNING_SIGNS } from '../../src/content/warning-signs.js';
import { resetWarnings } from '../../src/internal/warn.js';
import { all, captureWarnings, tap, visibleText, rendered } from '../helpers.js';
import { deepElements } from './measure.js';
import { openEverything, question, typeTemperature, walkToEmergency, walkToSelfCare } from './walk.js';

/** Runs per attribute: enough to meet the rare cases (a valid id inside noise, a control character), within the suite's time. */
const RUNS = 1000;

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

// Values people and tools really produce, and values chosen to break things.
const TRICKY = [
  '', ' ', '\t\n', 'null', 'undefined', 'NaN', 'Infinity', '-1', '0', '1.5', '1e3', '0x3', ' 3', '３', '٣', '12', '13', '999999',
  'light', 'dark', 'auto', 'DARK', ' light', 'c', 'f', 'F', 'celsius', 'steps', 'list', 'LIST', 'true', 'false',
  '<b>bold</b>', '<img src=x onerror="alert(1)">', '"><script>alert(1)</script>', '${x}', '{{x}}', '\u202Eevil', '😀', 'x'.repeat(3000),
  'javascript:alert(1)', ' JavaScript:alert(1)', 'java\nscript:alert(1)', 'java\tscript:alert(1)', '\u0000javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'blob:https://example.org/x', 'file:///etc/passwd',
  'ftp://example.org', 'https://example.org/care', 'http://example.org', '//example.org/care', '/care', 'care?x=1#y',
  'tel:111', 'mailto:care@example.org', 'https://exa mple.org', 'http://[::1',
  '911', '112', '+44 20 7946 0000', '(555) 123-4567', '1', '1234567890123456', '112 or 999', 'call 999',
  'fever both-breasts', 'fever fever', 'FEVER', ' abscess\tpus\n', 'confusion nope pus', 'guide', ' guide',
];
const text = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 2, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
);
/** A value for an attribute: one it accepts, anything at all, or removal (null). */
const valueFor = (accepted: readonly string[] = []) =>
  fc.oneof(
    { weight: 2, arbitrary: accepted.length ? fc.constantFrom(...accepted) : text },
    { weight: 5, arbitrary: text },
    { weight: 1, arbitrary: fc.constant(null) },
  );
/** Sets or removes an attribute, as a publisher's page or a framework does. */
function setAttribute(element: Element, name: string, value: string | null): void {
  if (value === null) element.removeAttribute(name);
  else element.setAttribute(name, value);
}

const show = (value: string | null) => (value === null ? '(removed)' : JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value));
/** Text as visibleText gives it: whitespace collapsed, direction isolates dropped. */
const asShown = (value: string) => value.replace(/[\u2068\u2069]/g, '').replace(/[ \t\n\r\f]+/g, ' ').trim();

/** The widget's text and the text of the banner the checker carries inside it. */
function allText(widget: Element): string {
  const inner = widget.shadowRoot!.querySelector('clog-red-flag-banner');
  return inner ? `${visibleText(widget)} ${visibleText(inner)}` : visibleText(widget);
}

// Every element the widgets draw; anything else came from a value (an <img>, a <script>, a <b>).
const DRAWN = new Set([
  'div', 'p', 'span', 'ul', 'ol', 'li', 'button', 'a', 'section', 'details', 'summary', 'dl', 'dt', 'dd',
  'fieldset', 'legend', 'label', 'input', 'progress', 'clog-red-flag-banner', 'cite', 'em',
]);
const LINK_SCHEMES = ['http:', 'https:', 'tel:', 'mailto:'];

/** The widget's shadow root and those inside it (the checker's banner). */
function shadowRoots(widget: Element): ShadowRoot[] {
  const inner = widget.shadowRoot!.querySelector('clog-red-flag-banner')?.shadowRoot;
  return inner ? [widget.shadowRoot!, inner] : [widget.shadowRoot!];
}
/** Any element the widgets never draw. Values reach only text and attribute values, so this is where injected markup would show. */
const NOT_DRAWN = `:not(${[...DRAWN].join(', ')})`;

/** What holds whatever the value: readable advice, no injected element, only allowed links. */
function stillReadable(widget: Element, where: string): void {
  expect(visibleText(widget).length, `${where}: text on screen`).to.be.greaterThan(80);
  const heading = widget.shadowRoot!.querySelector('[role="heading"]');
  expect(heading?.textContent?.trim(), `${where}: a heading`).to.not.equal('');
  expect(visibleText(widget, '[part="about"]'), `${where}: the not-a-diagnosis line`).to.include('not a diagnosis');
  for (const root of shadowRoots(widget)) {
    const stranger = root.querySelector(NOT_DRAWN);
    expect(stranger?.localName, `${where}: an element came from the value`).to.equal(undefined);
    for (const link of root.querySelectorAll('a')) expect(LINK_SCHEMES, `${where}: a link to ${link.href}`).to.include(link.protocol);
  }
}

/** Aria levels of the widget's own headings, in order, and the level it gives the banner inside it. */
function headingLevels(widget: Element): { own: number[]; inner?: number } {
  const own = [...widget.shadowRoot!.querySelectorAll('[role="heading"]')].map((heading) => Number(heading.getAttribute('aria-level')));
  const inner = widget.shadowRoot!.querySelector('clog-red-flag-banner')?.getAttribute('heading-level');
  return { own, inner: inner == null ? undefined : Number(inner) };
}

/** A value the element did not accept: one warning that names it (the value too, when given), or none if nothing changed. */
function oneWarning(warnings: string[], changed: boolean, names: string, where: string, value?: string | null): void {
  const expected = changed ? 1 : 0;
  expect(warnings.length, `${where}: ${expected} warning(s), got: ${warnings.join(' | ')}`).to.equal(expected);
  if (changed) {
    expect(warnings[0], `${where}: the warning names the element and attribute`).to.include(names);
    if (value != null) expect(warnings[0], `${where}: the warning names the value`).to.include(value);
  }
}

interface Attribute {
  readonly name: string;
  /** The property the attribute sets: how the element decides it changed. */
  readonly property: string;
  readonly values: fc.Arbitrary<string | null>;
  /**
   * What the reader and the publisher see after the value arrived. `warnings` are this value's
   * alone; `changed` is false when the element saw no change (the same value again, or "abc" after
   * "xyz" for a number: both NaN), so it had nothing new to warn about.
   */
  check(widget: Widget, value: string | null, warnings: string[], where: string, changed: boolean): void | Promise<void>;
}

/** The theme: one of light, dark, auto exactly, or light with one warning. */
function themeAttribute(tag: string, backgrounds: () => Record<string, string>): Attribute {
  return {
    name: 'theme',
    property: 'theme',
    values: valueFor(['light', 'dark', 'auto']),
    check(widget, value, warnings, where, changed) {
      const valid = value === 'light' || value === 'dark' || value === 'auto';
      const background = getComputedStyle(widget.shadowRoot!.querySelector('[part="base"]')!).backgroundColor;
      expect(background, where).to.equal(backgrounds()[valid ? value : 'light']);
      // Removed (null) is the default, not a bad value: no warning.
      if (valid || value === null) expect(warnings, where).to.deep.equal([]);
      else oneWarning(warnings, changed, `<${tag}> theme`, where, value);
    },
  };
}

/** The heading level: 2–6 (as a number), else 2 with one warning; sections one level below, never past 6. */
const headingLevelAttribute: Attribute = {
  name: 'heading-level',
  property: 'headingLevel',
  values: valueFor(['2', '3', '4', '5', '6']),
  check(widget, value, warnings, where, changed) {
    const number = value === null ? null : Number(value);
    const valid = number !== null && [2, 3, 4, 5, 6].includes(number);
    const level = valid ? number : 2;
    const { own: [main, ...rest], inner } = headingLevels(widget);
    expect(main, `${where}: the main heading`).to.equal(level);
    for (const sub of [...rest, ...(inner === undefined ? [] : [inner])]) expect(sub, `${where}: a section heading`).to.equal(Math.min(level + 1, 6));
    if (valid || value === null) expect(warnings, where).to.deep.equal([]);
    else oneWarning(warnings, changed, `<${widget.localName}> heading-level`, where);
  },
};

/** A number the publisher typed: shown as typed, a tap-to-call link only when it is a phone number, and that link dials it. */
function numberAttribute(name: string, blank: string, withNumber: (shown: string) => string): Attribute {
  return {
    name,
    property: name === 'emergency-number' ? 'emergencyNumber' : 'urgentNumber',
    values: valueFor(['911', '112', '111', '+44 20 7946 0000', '(555) 123-4567']),
    check(widget, value, warnings, where) {
      const typed = (value ?? '').trim();
      const words = allText(widget);
      expect(words, where).to.include(typed ? withNumber(asShown(typed)) : blank);
      const calls = deepElements(widget).filter((element): element is HTMLAnchorElement => element instanceof HTMLAnchorElement && element.protocol === 'tel:');
      for (const call of calls) {
        const digits = call.href.replace(/\D/g, '');
        expect(digits.length, `${where}: ${call.href}`).to.be.within(2, 15);
        if (typed) expect(typed.replace(/\D/g, ''), `${where}: the link dials what was typed`).to.equal(digits);
      }
      // Words, or anything but digits and phone punctuation, are never dialled.
      if (/[^\d\s().+-]/.test(typed) || !/\d/.test(typed)) expect(calls, where).to.deep.equal([]);
      expect(warnings, where).to.deep.equal([]);
    },
  };
}

/** The publisher's care link: shown, going where it says, only for http(s), tel, mailto or relative. */
const careHrefAttribute: Attribute = {
  name: 'care-href',
  property: 'careHref',
  values: valueFor(['https://example.org/care', '/care', 'tel:111', 'mailto:care@example.org', '//example.org/care', 'care?x=1#y']),
  check(widget, value, warnings, where, changed) {
    const link = deepElements(widget).find((element): element is HTMLAnchorElement => element.getAttribute('part') === 'care-link');
    const typed = (value ?? '').trim();
    const known = ['https://example.org/care', '/care', 'tel:111', 'mailto:care@example.org', '//example.org/care', 'care?x=1#y'];
    if (known.includes(typed)) expect(link, `${where}: a safe link is shown`).to.not.equal(undefined);
    if (/script:|^data:|^file:|^ftp:|^blob:/i.test(typed.replace(/[\t\n\0]/g, ''))) expect(link, `${where}: never linked`).to.equal(undefined);
    if (link) {
      expect(LINK_SCHEMES, where).to.include(link.protocol);
      expect(link.href, `${where}: the link goes where the publisher said`).to.equal(new URL(typed, document.baseURI).href);
      expect(warnings, where).to.deep.equal([]);
    } else if (typed) {
      oneWarning(warnings, changed, 'care-href', where, value);
    } else {
      expect(warnings.length, where).to.be.at.most(1);
    }
  },
};

/** The care link's words: shown as text, never as markup; blank gives the default. */
const careLabelAttribute: Attribute = {
  name: 'care-label',
  property: 'careLabel',
  values: fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom('Find a midwife', 'Urgences') },
    { weight: 4, arbitrary: text },
    { weight: 1, arbitrary: fc.constant(null) },
  ),
  check(widget, value, warnings, where) {
    const link = deepElements(widget).find((element) => element.getAttribute('part') === 'care-link');
    expect(link, `${where}: the care link`).to.not.equal(undefined);
    expect(link!.children.length, `${where}: the label is text only`).to.equal(0);
    expect(asShown(link!.textContent ?? ''), where).to.equal(asShown(value ?? '') || 'Find care near you');
    expect(warnings, where).to.deep.equal([]);
  },
};

interface ElementUnderTest {
  readonly tag: string;
  /** A fresh element in the state where the attribute shows (a result screen for the checker's numbers). */
  mount(attribute: string): Promise<Widget>;
  readonly attributes: readonly Attribute[];
}

const backgroundsOf = new Map<string, Record<string, string>>();
async function learnBackgrounds(tag: string): Promise<void> {
  const found: Record<string, string> = {};
  for (const theme of ['light', 'dark', 'auto']) {
    const element = document.createElement(tag) as Widget;
    element.setAttribute('theme', theme);
    document.body.append(element);
    await element.updateComplete;
    found[theme] = getComputedStyle(element.shadowRoot!.querySelector('[part="base"]')!).backgroundColor;
    element.remove();
  }
  backgroundsOf.set(tag, found);
}

const TOTAL = STEPS.length;
const SIGN_IDS: readonly string[] = WARNING_SIGNS.map((sign) => sign.id);

const ELEMENTS: ElementUnderTest[] = [
  {
    tag: 'clog-checker',
    async mount(attribute) {
      const page = await fixture(html`<div><clog-checker></clog-checker><clog-massage-stepper id="guide"></clog-massage-stepper></div>`);
      await rendered(page);
      const checker = page.querySelector<ClogChecker>('clog-checker')!;
      if (attribute === 'temperature-unit') for (let screen = 0; screen < 3; screen++) await tap(checker, 'None of these');
      else if (attribute === 'stepper') await walkToSelfCare(checker);
      else if (attribute !== 'theme') await walkToEmergency(checker);
      await openEverything(checker);
      if (attribute === 'care-label') checker.setAttribute('care-href', '/care');
      await checker.updateComplete;
      return checker;
    },
    attributes: [
      themeAttribute('clog-checker', () => backgroundsOf.get('clog-checker')!),
      headingLevelAttribute,
      {
        name: 'temperature-unit',
        property: 'temperatureUnit',
        values: valueFor(['c', 'f']),
        check(widget, value, warnings, where, changed) {
          const checked = [...widget.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((radio) => radio.checked);
          expect(checked.length, where).to.equal(1);
          const unit = visibleText(checked[0]!.closest('label')!);
          // The page is in English (en → en-US): °F unless the attribute says c.
          expect(unit, where).to.equal(value === 'c' ? '°C' : '°F');
          if (value === null || value === 'c' || value === 'f') expect(warnings, where).to.deep.equal([]);
          else oneWarning(warnings, changed, '<clog-checker> temperature-unit', where, value);
        },
      },
      numberAttribute('emergency-number', 'Call your local emergency number now', (number) => `Call ${number} now`),
      numberAttribute('urgent-number', 'contact an urgent care service, an out-of-hours doctor', (number) => `call ${number} or contact an urgent care service`),
      careHrefAttribute,
      careLabelAttribute,
      {
        name: 'stepper',
        property: 'stepper',
        values: valueFor(['guide']),
        check(widget, value, warnings, where, changed) {
          const offered = visibleText(widget).includes('Show me the self-care steps');
          expect(offered, `${where}: the steps are offered only for the stepper's id`).to.equal(value === 'guide');
          if (!value || value === 'guide') expect(warnings, where).to.deep.equal([]);
          else oneWarning(warnings, changed, '<clog-checker> stepper', where, value);
        },
      },
    ],
  },
  {
    tag: 'clog-massage-stepper',
    async mount() {
      sessionStorage.clear();
      return fixture<ClogMassageStepper>(html`<clog-massage-stepper></clog-massage-stepper>`);
    },
    attributes: [
      themeAttribute('clog-massage-stepper', () => backgroundsOf.get('clog-massage-stepper')!),
      headingLevelAttribute,
      {
        name: 'step',
        property: 'step',
        values: valueFor(Array.from({ length: TOTAL }, (_, index) => String(index + 1))),
        check(widget, value, warnings, where, changed) {
          const number = value === null ? NaN : Number(value);
          const valid = Number.isInteger(number) && number >= 1 && number <= TOTAL;
          const expected = valid ? number : Number.isNaN(number) || number < 1 ? 1 : Math.min(Math.floor(number), TOTAL);
          expect(visibleText(widget, '[part="progress"] > span'), where).to.equal(`Step ${expected} of ${TOTAL}`);
          expect((widget as ClogMassageStepper).step, where).to.equal(expected);
          if (valid || value === null) expect(warnings, where).to.deep.equal([]);
          else oneWarning(warnings, changed, '<clog-massage-stepper> step', where);
        },
      },
      {
        name: 'layout',
        property: 'layout',
        values: valueFor(['steps', 'list']),
        check(widget, value, warnings, where, changed) {
          const list = value === 'list';
          const root = widget.shadowRoot!.querySelector('[part="base"]')!;
          expect(root.classList.contains(list ? 'layout-list' : 'layout-steps'), where).to.equal(true);
          expect(visibleText(widget).includes(`Step 1 of ${TOTAL}`), `${where}: one step at a time`).to.equal(!list);
          if (value === 'steps' || value === 'list' || value === null) expect(warnings, where).to.deep.equal([]);
          else oneWarning(warnings, changed, '<clog-massage-stepper> layout', where, value);
        },
      },
      {
        name: 'remember',
        property: 'remember',
        values: valueFor(['', 'remember', 'true']),
        async check(widget, value, warnings, where) {
          sessionStorage.clear();
          const stepper = widget as ClogMassageStepper;
          await tap(stepper, stepper.step < TOTAL ? 'Next' : 'Previous');
          const stored = Object.keys(sessionStorage).map((key) => sessionStorage.getItem(key));
          // A boolean attribute: present with any value (even "false") means remember.
          expect(stored, where).to.deep.equal(value === null ? [] : [String(stepper.step)]);
          expect(warnings, where).to.deep.equal([]);
        },
      },
    ],
  },
  {
    tag: 'clog-red-flag-banner',
    async mount(attribute) {
      const banner = await fixture<Widget>(html`<clog-red-flag-banner></clog-red-flag-banner>`);
      if (attribute === 'care-label') banner.setAttribute('care-href', '/care');
      await banner.updateComplete;
      return banner;
    },
    attributes: [
      themeAttribute('clog-red-flag-banner', () => backgroundsOf.get('clog-red-flag-banner')!),
      headingLevelAttribute,
      {
        name: 'compact',
        property: 'compact',
        values: valueFor(['', 'compact']),
        check(widget, value, warnings, where) {
          expect(visibleText(widget).includes('Show all warning signs'), `${where}: compact when present, whatever its value`).to.equal(value !== null);
          expect(warnings, where).to.deep.equal([]);
        },
      },
      numberAttribute('emergency-number', 'Call your local emergency number now', (number) => `Call ${number} now`),
      numberAttribute('urgent-number', 'contact an urgent care service, an out-of-hours doctor', (number) => `call ${number} or contact an urgent care service`),
      careHrefAttribute,
      careLabelAttribute,
      {
        name: 'reasons',
        property: 'reasons',
        values: fc.oneof(
          { weight: 2, arbitrary: fc.subarray([...SIGN_IDS]).map((ids) => ids.join(' ')) },
          { weight: 2, arbitrary: fc.array(fc.oneof(fc.constantFrom(...SIGN_IDS), text)).map((ids) => ids.join(' ')) },
          { weight: 3, arbitrary: text },
          { weight: 1, arbitrary: fc.constant(null) },
        ),
        check(widget, value, warnings, where, changed) {
          const tokens = [...new Set((value ?? '').split(/\s+/).filter(Boolean))];
          const known = tokens.filter((token) => SIGN_IDS.includes(token));
          const unknown = tokens.filter((token) => !SIGN_IDS.includes(token));
          const marked = [...widget.shadowRoot!.querySelectorAll('li')].filter((item) => visibleText(item).startsWith('From your answers'));
          expect(marked.length, `${where}: the reader's own signs, and only those`).to.equal(known.length);
          // An unknown id is never shown: each is named once in a warning instead.
          expect(warnings.length, `${where}: ${warnings.join(' | ')}`).to.equal(changed ? unknown.length : 0);
          if (changed) for (const id of unknown) expect(warnings.some((warning) => warning.includes(`<clog-red-flag-banner> reasons: "${id}"`)), `${where}: ${id}`).to.equal(true);
        },
      },
    ],
  },
];

describe('fast-check: any value of any attribute', () => {
  const counts: string[] = [];
  before(async () => {
    for (const { tag } of ELEMENTS) await learnBackgrounds(tag);
  });
  after(() => console.log(`fuzz runs per attribute: ${counts.join(', ')}`));

  for (const element of ELEMENTS) {
    it(`<${element.tag}>: every attribute it observes is fuzzed`, () => {
      const observed = (customElements.get(element.tag) as unknown as { observedAttributes: string[] }).observedAttributes;
      expect(element.attributes.map((attribute) => attribute.name).sort()).to.deep.equal([...observed].sort());
    });

    for (const attribute of element.attributes) {
      it(`<${element.tag} ${attribute.name}>: ${RUNS} values, each gives readable advice, at most one warning naming it, no raw value and no unsafe link`, async function () {
        this.timeout(60_000);
        const widget = await element.mount(attribute.name);
        const warnings = captureWarnings();
        let runs = 0;
        try {
          await fc.assert(
            fc.asyncProperty(attribute.values, async (value) => {
              runs++;
              resetWarnings();
              const before = warnings.messages.length;
              const properties = widget as unknown as Record<string, unknown>;
              const previous = properties[attribute.property];
              setAttribute(widget, attribute.name, value);
              const changed = !Object.is(previous, properties[attribute.property]);
              await widget.updateComplete;
              const where = `<${element.tag} ${attribute.name}=${show(value)}>`;
              const own = warnings.messages.slice(before);
              await attribute.check(widget, value, own, where, changed);
              stillReadable(widget, where);
            }),
            { numRuns: RUNS, includeErrorInReport: true },
          );
        } finally {
          warnings.restore();
        }
        counts.push(`<${element.tag} ${attribute.name}> ${runs}`);
      });
    }
  }
});

describe('fast-check: anything typed as a temperature', () => {
  const READINGS = 1000;
  const celsiusText = new Intl.NumberFormat('en', { style: 'unit', unit: 'celsius', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const arabicDigits = (value: string) => value.replace(/\d/g, (digit) => String.fromCharCode(0x660 + Number(digit)));
  // What readers type: readings in either unit, with a comma or a dot, a unit or a degree sign, in
  // Arabic or full-width digits, with spaces; and typos, words and anything else.
  const number = fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: 3300, max: 4400 }).map((hundredths) => hundredths / 100) }, // around body temperature in °C
    { weight: 3, arbitrary: fc.integer({ min: 9100, max: 11100 }).map((hundredths) => hundredths / 100) }, // and in °F
    { weight: 1, arbitrary: fc.double({ min: 25, max: 115, noNaN: true }) },
    { weight: 1, arbitrary: fc.double({ noNaN: true }) },
    { weight: 1, arbitrary: fc.integer({ min: -50, max: 500 }) },
  );
  const reading = fc.oneof(
    {
      weight: 8,
      arbitrary: fc
        .tuple(
          number,
          fc.integer({ min: 0, max: 3 }),
          fc.oneof(fc.constant(''), fc.constantFrom('°C', ' °F', 'C', 'f', '℃', '℉', 'º', ' ˚F', ' degrees')),
          fc.boolean(),
          fc.constantFrom('plain', 'plain', 'arabic', 'padded', 'full-width'),
        )
        .map(([value, digits, unit, comma, script]) => {
          let typed = `${Number.isFinite(value) ? value.toFixed(digits) : String(value)}${unit}`;
          if (comma) typed = typed.replace('.', ',');
          if (script === 'arabic') typed = arabicDigits(typed);
          if (script === 'padded') typed = `  ${typed} `;
          if (script === 'full-width') typed = typed.replace(/\d/g, (digit) => String.fromCharCode(0xff10 + Number(digit)));
          return typed;
        }),
    },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', '38..2', '3 8', '38,2,1', '-38', '+38', 'NaN', 'Infinity', '1e2', '0x26', '38.2.', '.5', '38°', '38 °', 'hot', '<b>39</b>') },
    { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  );

  it(`${READINGS} readings in either unit: a reading it cannot use is refused with a message and never used; one it can is shown back in the summary`, async function () {
    this.timeout(60_000);
    const { parseTemperature } = await import('../../src/triage/index.js');
    const checker = await fixture<ClogChecker>(html`<clog-checker></clog-checker>`);
    const toFeverScreen = async () => {
      for (let screen = 0; screen < 3; screen++) await tap(checker, 'None of these');
    };
    await toFeverScreen();
    const feverQuestion = question(checker);
    const counts = { refused: 0, used: 0, empty: 0, readBack: 0 };
    const messages = new Map<string, string>();
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(reading, fc.constantFrom('c', 'f'), fc.constantFrom('Yes', 'No', 'Not sure'), async (typed, unit, answer) => {
        runs++;
        const where = `typed ${JSON.stringify(typed)} with °${unit.toUpperCase()} selected, answered ${answer}`;
        // Each run starts on the fever question with an empty field, whatever the last run left.
        if (question(checker) !== feverQuestion) {
          await tap(checker, 'Start again');
          await toFeverScreen();
        }
        const radio = [...checker.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find(
          (input) => visibleText(input.closest('label')!) === `°${unit.toUpperCase()}`,
        )!;
        radio.click();
        await typeTemperature(checker, typed);
        const expected = parseTemperature(typed, unit);
        const readAs = visibleText(checker, '#temperature-read-as');
        if (expected.ok && expected.inferred) {
          counts.readBack++;
          expect(readAs, `${where}: the reading is shown back in the unit it was read in`).to.match(/^Read as .*°[CF]\.$/);
        } else {
          expect(readAs, where).to.equal('');
        }
        await tap(checker, answer);
        const field = checker.shadowRoot!.querySelector('#temperature');
        if (!expected.ok && expected.error !== 'empty') {
          counts.refused++;
          expect(question(checker), `${where}: stays on the question`).to.equal(feverQuestion);
          expect(field?.getAttribute('aria-invalid'), where).to.equal('true');
          const message = visibleText(checker, '#temperature-message');
          expect(message, `${where}: a message says what to do`).to.match(/^Please (type|check)/);
          // The message depends on what is wrong and on the unit, never on what was typed: it never shows a raw value back.
          const kind = `${expected.error} in °${unit}`;
          messages.set(kind, messages.get(kind) ?? message);
          expect(message, `${where}: the same message as every other ${kind} reading`).to.equal(messages.get(kind));
          return;
        }
        if (expected.ok) counts.used++;
        else counts.empty++;
        expect(question(checker), `${where}: moves on`).to.not.equal(feverQuestion);
        for (let screen = 0; screen < 8 && !checker.shadowRoot!.querySelector('[part="result"]'); screen++) {
          await tap(checker, all(checker, '[part="sign"]').length ? 'None of these' : 'Yes');
        }
        const label = all(checker, '[part="summary"] dt').find((term) => visibleText(term) === 'Temperature');
        const shown = label?.nextElementSibling ? visibleText(label.nextElementSibling) : undefined;
        expect(shown, `${where}: the summary shows the reading used, or none`).to.equal(expected.ok ? celsiusText.format(expected.celsius) : undefined);
      }),
      { numRuns: READINGS, includeErrorInReport: true },
    );
    console.log(`temperature input: ${runs} runs (${counts.used} used, ${counts.readBack} read in the other unit and shown back, ${counts.refused} refused with ${messages.size} fixed messages, ${counts.empty} empty)`);
  });
});
