// The consumers that need a browser, in one headless Chromium (scripts/chromium.mjs):
// - React 19 and React 18 pages, bundled by esbuild from react/app.tsx with the packed package:
//   the wrappers set properties (compact={false} is not compact) and call onStepChange/onResult;
//   in React 19 the plain tags do the same with attributes and `onclog-…` props;
// - a Svelte 5 page (svelte/App.svelte, compiled by svelte/compiler) and a Vue 3 page
//   (vue/page.js): the plain tags likewise;
// - pages server-rendered with @lit-labs/ssr (ssr/render.mjs), in English and in Spanish, with
//   care-href, hydrating with ssr/client.js: no console error, the server's link and words kept,
//   the widgets answer clicks, and nothing is rendered twice.
// A page fails on any console error, uncaught exception or clog-widgets warning.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { launchChromium } from '../../scripts/chromium.mjs';

/** Compiles .svelte files for esbuild, as a Svelte project's bundler plugin would. */
const svelte = {
  name: 'svelte',
  setup(builder) {
    builder.onLoad({ filter: /\.svelte$/ }, async ({ path }) => {
      const { compile } = await import('svelte/compiler');
      return { contents: compile(readFileSync(path, 'utf8'), { filename: path, generate: 'client' }).js.code, loader: 'js' };
    });
  },
};

const bundle = async (here, entry, alias = {}) => {
  const result = await build({
    plugins: [svelte],
    entryPoints: [join(here, entry)],
    absWorkingDir: here,
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2021',
    alias,
    // React's development build: its warnings are console errors, and fail the page.
    define: {
      'process.env.NODE_ENV': '"development"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
};

const htmlPage = (title, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title></head><body>${body}</body></html>`;

/**
 * In the page: for each set of widgets (ids `<prefix>-banner`, `-stepper`, `-checker`), what the
 * test reads once they are up and have been clicked, and the events the page's handlers logged.
 */
async function actOnFrameworkPage(prefixes) {
  const byId = (id) => document.getElementById(id);
  const shadowButton = (element, label) => [...element.shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim() === label);
  await Promise.all(['clog-checker', 'clog-massage-stepper', 'clog-red-flag-banner'].map((tag) => customElements.whenDefined(tag)));
  const read = async (prefix) => {
    const banner = byId(`${prefix}-banner`);
    const stepper = byId(`${prefix}-stepper`);
    const checker = byId(`${prefix}-checker`);
    if (!banner) return undefined;
    await Promise.all([banner.updateComplete, stepper.updateComplete, checker.updateComplete]);
    shadowButton(stepper, 'Next').click();
    await stepper.updateComplete;
    checker.shadowRoot.querySelector('[part~="sign"]').click(); // an emergency sign: the first screen's
    await checker.updateComplete;
    shadowButton(checker, 'Continue').click();
    await checker.updateComplete;
    return {
      bannerCompact: banner.compact,
      bannerCompactAttribute: banner.hasAttribute('compact'),
      careLink: banner.shadowRoot.querySelector('[part="care-link"]')?.getAttribute('href') ?? null,
      stepperHeadingLevel: stepper.headingLevel,
      stepperStep: stepper.step,
    };
  };
  const widgets = {};
  for (const prefix of prefixes) widgets[prefix] = await read(prefix);
  return { framework: window.clog.framework, widgets, compactBanner: byId('wrapped-compact-banner')?.compact, events: window.clog.events };
}

function expectWidgets(result, prefixes) {
  const problems = [];
  const expect = (name, widgets) => {
    if (!widgets) return problems.push(`${name}: no widgets on the page`);
    if (widgets.bannerCompact !== false || widgets.bannerCompactAttribute) problems.push(`${name}: compact={false} made the banner compact`);
    if (widgets.careLink !== '/find-a-clinic') problems.push(`${name}: care link is ${widgets.careLink}`);
    if (widgets.stepperHeadingLevel !== 3) problems.push(`${name}: heading level is ${widgets.stepperHeadingLevel}`);
    if (widgets.stepperStep !== 2) problems.push(`${name}: Next left the stepper on step ${widgets.stepperStep}`);
    if (!result.events.includes(`${name} clog-step-change 2/12`)) problems.push(`${name}: no step-change handler call`);
    if (!result.events.some((event) => event.startsWith(`${name} clog-result emergency`))) problems.push(`${name}: no result handler call`);
  };
  for (const prefix of prefixes) expect(prefix, result.widgets[prefix]);
  if (prefixes.includes('wrapped') && result.compactBanner !== true) problems.push('wrapped: compact did not make the banner compact');
  return problems;
}

/** In the page: the server-rendered widgets before and after hydration, then clicked. */
async function actOnServerRenderedPage() {
  const tags = ['clog-red-flag-banner', 'clog-massage-stepper', 'clog-checker'];
  const elements = tags.map((tag) => document.querySelector(tag));
  await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
  // Hydration waits for the page's language: poll until every widget has updated once.
  for (let i = 0; i < 100 && !elements.every((element) => element.hasUpdated); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  const [banner, stepper, checker] = elements;
  const text = (element, selector) => element.shadowRoot.querySelector(selector)?.textContent.replace(/\s+/g, ' ').trim();
  const hydrated = {
    allUpdated: elements.every((element) => element.hasUpdated),
    bases: elements.map((element) => element.shadowRoot.querySelectorAll('[part~="base"]').length),
    careLink: banner.shadowRoot.querySelector('[part="care-link"]')?.getAttribute('href') ?? null,
    bannerHeading: text(banner, '[part="heading"]'),
  };
  const events = [];
  document.addEventListener('clog-step-change', (event) => events.push(`clog-step-change ${event.detail.step}`));
  document.addEventListener('clog-result', (event) => events.push(`clog-result ${event.detail.level}`));
  stepper.shadowRoot.querySelector('[part="nav"] .primary').click(); // Next (in any language)
  await stepper.updateComplete;
  checker.shadowRoot.querySelector('[part~="sign"]').click();
  await checker.updateComplete;
  checker.shadowRoot.querySelector('[part="answer"]').click(); // Continue: the first answer on a screen of signs
  await checker.updateComplete;
  const embedded = checker.shadowRoot.querySelector('clog-red-flag-banner');
  await embedded?.updateComplete;
  banner.shadowRoot.querySelector('[part="toggle"]').click();
  return {
    ...hydrated,
    stepperStep: stepper.step,
    events,
    bannerOpen: banner.shadowRoot.querySelector('details')?.open ?? false,
    embeddedCareLink: embedded?.shadowRoot.querySelector('[part="care-link"]')?.getAttribute('href') ?? null,
  };
}

export async function checkInBrowser({ here }) {
  const { renderPage } = await import('./ssr/render.mjs');
  // The server's HTML first: the language is global to the server, so one page at a time.
  const english = await renderPage('en');
  const spanish = await renderPage('es');
  for (const [name, page] of [['en', english], ['es', spanish]]) {
    if (!page.includes('href="/find-a-clinic"')) throw new Error(`the server-rendered ${name} page has no care link`);
    if ((page.match(/<template shadowroot(mode)?="open"/g) ?? []).length < 3) throw new Error(`the ${name} page has no declarative shadow roots`);
  }
  if (!spanish.includes('Cuándo pedir ayuda')) throw new Error('the server rendered the Spanish page in another language');

  const files = {
    '/react-19.js': await bundle(here, 'react/app.tsx'),
    '/react-18.js': await bundle(here, 'react/app.tsx', { react: 'react-18', 'react-dom': 'react-dom-18' }),
    '/svelte.js': await bundle(here, 'svelte/main.js'),
    '/vue.js': await bundle(here, 'vue/page.js'),
    '/ssr-client.js': await bundle(here, 'ssr/client.js'),
    '/react-19.html': htmlPage('React 19', '<div id="root"></div><script type="module" src="/react-19.js"></script>'),
    '/react-18.html': htmlPage('React 18', '<div id="root"></div><script type="module" src="/react-18.js"></script>'),
    '/svelte.html': htmlPage('Svelte', '<div id="root"></div><script type="module" src="/svelte.js"></script>'),
    '/vue.html': htmlPage('Vue', '<div id="root"></div><script type="module" src="/vue.js"></script>'),
    '/ssr-en.html': english,
    '/ssr-es.html': spanish,
  };
  const server = createServer((request, response) => {
    const body = files[new URL(request.url, 'http://localhost').pathname];
    response.writeHead(body === undefined ? 404 : 200, { 'content-type': request.url.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8' });
    response.end(body ?? 'not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await launchChromium();
  const summary = [];
  const problems = [];
  try {
    const visit = async (path, act, ...args) => {
      const page = await browser.newPage();
      const errors = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || (message.type() === 'warn' && message.text().includes('clog-widgets'))) errors.push(`console.${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
      await page.goto(`${origin}${path}`, { waitUntil: 'load' });
      const result = await page.evaluate(act, ...args);
      await page.close();
      problems.push(...errors.map((error) => `${path}: ${error}`));
      return result;
    };

    const frameworkPages = [
      ['/react-19.html', ['wrapped', 'tag'], 'wrappers and tags'],
      ['/react-18.html', ['wrapped'], 'wrappers'],
      ['/svelte.html', ['svelte'], 'tags'],
      ['/vue.html', ['vue'], 'tags'],
    ];
    for (const [path, prefixes, what] of frameworkPages) {
      const result = await visit(path, actOnFrameworkPage, prefixes);
      problems.push(...expectWidgets(result, prefixes).map((problem) => `${path} (${result.framework}): ${problem}`));
      summary.push(`${result.framework}: ${what} OK`);
    }

    for (const [path, heading] of [['/ssr-en.html', 'When to get help'], ['/ssr-es.html', 'Cuándo pedir ayuda']]) {
      const result = await visit(path, actOnServerRenderedPage);
      const fail = (problem) => problems.push(`${path}: ${problem}`);
      if (!result.allUpdated) fail('not every widget hydrated');
      if (result.bases.some((count) => count !== 1)) fail(`rendered twice (parts "base" per widget: ${result.bases.join(', ')})`);
      if (result.careLink !== '/find-a-clinic') fail(`care link after hydration is ${result.careLink}`);
      if (result.bannerHeading !== heading) fail(`banner heading is "${result.bannerHeading}"`);
      if (result.stepperStep !== 2 || !result.events.includes('clog-step-change 2')) fail('the stepper did not move to step 2');
      if (!result.events.some((event) => event.startsWith('clog-result'))) fail('the checker gave no result');
      if (result.embeddedCareLink !== '/find-a-clinic') fail(`the checker's banner care link is ${result.embeddedCareLink}`);
      if (!result.bannerOpen) fail('the compact banner did not open');
      summary.push(`SSR ${path.slice(5, 7)}: hydrated without errors, care link kept, widgets interactive`);
    }
  } finally {
    await browser.close();
    server.close();
  }
  if (problems.length) throw new Error(problems.join('\n'));
  return summary.join('; ');
}
