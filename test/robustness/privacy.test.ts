// A reader's answers about her body are health data (GDPR Art. 9), and storing anything on her
// device can need consent (ePrivacy Art. 5(3)). Through whole walks of the checker and the
// stepper, every request the page makes is counted, cookies and storage are read, and every event
// the widgets fire is inspected: nothing leaves the page but the widgets' own language file,
// nothing is stored unless the publisher opts in with `remember`, and events carry ids only.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { ClogChecker } from '../../src/components/checker/checker.js';
import type { ClogMassageStepper } from '../../src/components/massage-stepper/massage-stepper.js';
import { LEVELS } from '../../src/content/levels.js';
import { REASON_IDS } from '../../src/content/warning-signs.js';
import { getLocale } from '../../src/localization.js';
import { all, tap, visibleText, rendered } from '../helpers.js';
import { openEverything, typeTemperature, walkStepper, walkToEmergency, walkToSelfCare } from './walk.js';

/** Every request the page starts: resource timing sees them all, and the ways a script sends data are wrapped too. */
function watchRequests() {
  const urls: string[] = [];
  const observer = new PerformanceObserver((list) => urls.push(...list.getEntries().map((entry) => entry.name)));
  observer.observe({ type: 'resource' });
  const sent: string[] = [];
  const { fetch } = window;
  const { sendBeacon } = navigator;
  const { open } = XMLHttpRequest.prototype;
  const { WebSocket, EventSource } = window;
  window.fetch = (input, init) => {
    sent.push(`fetch ${String(input instanceof Request ? input.url : input)}`);
    return fetch(input, init);
  };
  navigator.sendBeacon = (url, data) => {
    sent.push(`beacon ${String(url)}`);
    return sendBeacon.call(navigator, url, data);
  };
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
    sent.push(`xhr ${String(url)}`);
    return (open as (...args: unknown[]) => void).call(this, method, url, ...rest);
  } as typeof open;
  window.WebSocket = class extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      sent.push(`websocket ${String(url)}`);
      super(url, protocols);
    }
  };
  window.EventSource = class extends EventSource {
    constructor(url: string | URL, init?: EventSourceInit) {
      sent.push(`event-source ${String(url)}`);
      super(url, init);
    }
  };
  return {
    async stop(): Promise<string[]> {
      await new Promise((resolve) => setTimeout(resolve, 100));
      urls.push(...observer.takeRecords().map((entry) => entry.name));
      observer.disconnect();
      Object.assign(window, { fetch, WebSocket, EventSource });
      navigator.sendBeacon = sendBeacon;
      XMLHttpRequest.prototype.open = open;
      return [...urls, ...sent];
    },
  };
}

/** Every clog-* event that reaches the page, as a publisher's analytics script would see it. */
function watchEvents() {
  const seen: { type: string; detail: unknown }[] = [];
  const types = ['clog-result', 'clog-restart', 'clog-step-change', 'clog-complete'];
  const listener = (event: Event) => seen.push({ type: event.type, detail: (event as CustomEvent).detail });
  for (const type of types) document.addEventListener(type, listener);
  return {
    seen,
    stop: () => types.forEach((type) => document.removeEventListener(type, listener)),
  };
}

/** What the page keeps on the reader's device. */
async function stored() {
  return {
    cookie: document.cookie,
    local: Object.keys(localStorage),
    session: Object.fromEntries(Object.keys(sessionStorage).map((key) => [key, sessionStorage.getItem(key)])),
    databases: 'databases' in indexedDB ? (await indexedDB.databases()).map((database) => database.name) : [],
    caches: await caches.keys(),
  };
}
const NOTHING = { cookie: '', local: [], session: {}, databases: [], caches: [] };

/** Every way through the widgets a reader takes: three checker walks, the stepper end to end, the banner opened. */
async function walkEverything(checker: ClogChecker, stepper: ClogMassageStepper, banner: HTMLElement & { updateComplete: Promise<unknown> }, typed: string) {
  await walkToSelfCare(checker, typed);
  await openEverything(checker);
  await tap(checker, 'Copy');
  await tap(checker, 'Start again');
  await walkToSelfCare(checker, '38,6'); // a fever: another result
  await tap(checker, 'Back');
  await tap(checker, 'Start again');
  await walkToEmergency(checker);
  await openEverything(checker);
  await walkStepper(stepper);
  stepper.step = 1;
  await stepper.updateComplete;
  await openEverything(stepper);
  await openEverything(banner);
}

describe('privacy', () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });
  afterEach(async () => {
    document.documentElement.lang = 'en';
    await waitUntil(() => getLocale() === 'en');
  });

  it('through whole walks in English, nothing is requested, nothing is stored, and events carry ids only', async () => {
    const page = await fixture(html`<div>
      <clog-checker emergency-number="911" care-href="https://example.org/care"></clog-checker>
      <clog-massage-stepper id="guide"></clog-massage-stepper>
      <clog-red-flag-banner compact></clog-red-flag-banner>
    </div>`);
    await rendered(page);
    const [checker, stepper, banner] = [...page.children] as [ClogChecker, ClogMassageStepper, HTMLElement & { updateComplete: Promise<unknown> }];
    const requests = watchRequests();
    const events = watchEvents();
    const typed = '37,4';
    await walkEverything(checker, stepper, banner, typed);
    events.stop();
    const made = await requests.stop();
    console.log(`privacy, English walks: ${made.length} requests; ${events.seen.length} events; storage ${JSON.stringify(await stored())}`);

    expect(made, 'requests during the walks').to.deep.equal([]);
    expect(await stored(), 'cookies and storage').to.deep.equal(NOTHING);

    expect(events.seen.map((event) => event.type)).to.include.members(['clog-result', 'clog-restart', 'clog-step-change', 'clog-complete']);
    for (const { type, detail } of events.seen) {
      const where = `${type} ${JSON.stringify(detail)}`;
      switch (type) {
        case 'clog-result': {
          const { level, reasons, ...rest } = detail as { level: string; reasons: string[] };
          expect(rest, where).to.deep.equal({});
          expect(LEVELS, where).to.include(level);
          for (const reason of reasons) expect(REASON_IDS, where).to.include(reason);
          break;
        }
        case 'clog-step-change':
        case 'clog-complete':
          for (const value of Object.values(detail as object)) expect(Number.isInteger(value), where).to.equal(true);
          break;
        default:
          expect(detail, where).to.deep.equal({});
      }
      // Nothing the reader typed or read travels with an event.
      expect(JSON.stringify(detail), where).to.not.match(/37[.,]4|38[.,]6|[A-Z][a-z]+ [a-z]+ /);
    }
  });

  it('in Spanish, the one request is the widgets’ own Spanish file, from the same place', async () => {
    const page = await fixture(html`<div><clog-checker></clog-checker><clog-massage-stepper></clog-massage-stepper><clog-red-flag-banner></clog-red-flag-banner></div>`);
    await rendered(page);
    const [checker, stepper, banner] = [...page.children] as [ClogChecker, ClogMassageStepper, HTMLElement & { updateComplete: Promise<unknown> }];
    const requests = watchRequests();
    document.documentElement.lang = 'es';
    await waitUntil(() => visibleText(banner, '[role="heading"]') === 'Cuándo pedir ayuda', 'the banner did not switch to Spanish');
    // The same walks, by position: the words are Spanish now.
    const buttons = (widget: Element) => all<HTMLButtonElement>(widget, 'button');
    for (let screen = 0; screen < 12 && !checker.shadowRoot!.querySelector('[part="result"]'); screen++) {
      if (checker.shadowRoot!.querySelector('#temperature')) await typeTemperature(checker, '37,2');
      const answers = all<HTMLButtonElement>(checker, '[part="answer"]');
      // "None of these" on a screen of signs, "No" on the fever question, "Yes" for the lump.
      (all(checker, '[part="sign"]').length ? answers[1] : checker.shadowRoot!.querySelector('#temperature') ? answers[1] : answers[0])!.click();
      await checker.updateComplete;
    }
    expect(checker.shadowRoot!.querySelector('[part="result"]'), 'a result in Spanish').to.not.equal(null);
    for (let step = 1; step < 20 && stepper.step < 12; step++) {
      buttons(stepper).at(-1)!.click();
      await stepper.updateComplete;
    }
    const made = await requests.stop();
    console.log(`privacy, Spanish walks: ${made.length} request(s): ${made.join(', ')}`);
    expect(made).to.have.length(1);
    const url = new URL(made[0]!);
    expect(url.origin, 'from the page’s own server').to.equal(location.origin);
    // dist/locales/es.js from the bundle; src/generated/locales/es.ts here, where the test server serves the source.
    expect(url.pathname, 'the Spanish language file').to.match(/\/locales\/es\.(js|ts)$/);
    expect(await stored()).to.deep.equal(NOTHING);
  });

  it('with remember, the stepper keeps its step number in this tab’s session storage, and nothing else anywhere', async () => {
    const stepper = await fixture<ClogMassageStepper>(html`<clog-massage-stepper remember></clog-massage-stepper>`);
    await tap(stepper, 'Next');
    await tap(stepper, 'Next');
    const kept = await stored();
    expect(kept).to.deep.equal({ ...NOTHING, session: { [Object.keys(kept.session)[0]!]: '3' } });
    expect(Object.keys(kept.session)).to.have.length(1);
    expect(Object.keys(kept.session)[0]).to.match(/^clog-widgets:/);
  });
});
