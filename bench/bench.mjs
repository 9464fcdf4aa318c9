// npm run bench: our sizes against peers built here in the same run, and what the widgets cost the
// demo article in headless Chromium at 1× and 4× CPU. Prints one table (Markdown, for the README),
// writes bench/results/latest.json with every figure, and exits 1 only when a size exceeds its gate:
// the budget of ../shared/design.md, or while that is not met, its ceiling in bench/size-ceilings.json.
// Runtime figures vary with the machine and are for people.
import { mkdirSync, readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build as esbuildBuild } from 'esbuild';
import { rollup } from 'rollup';
import { parseAst } from 'rollup/parseAst';
import { startDevServer } from '@web/dev-server';
import rollupConfig from '../rollup.config.mjs';
import { launchChromium } from '../scripts/chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const started = Date.now();
const KB = 1024;
const gzip = (text) => gzipSync(text, { level: 9 }).length;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const median = (values) => {
  const sorted = values.filter((v) => v != null && Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

// ───────────────────────── Our sizes (gzip -9 of each file a browser fetches) ─────────────────────────

for (const file of ['dist/clog-widgets.js', 'dist/clog-widgets.classic.js']) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: run \`npm run build\` first (npm run bench does).`);
    process.exit(2);
  }
}

/** A dist entry and every file it imports statically (what a page loads before it runs), each gzipped on its own. */
function entrySize(entry) {
  const files = [];
  const visit = (file) => {
    if (files.includes(file)) return;
    files.push(file);
    for (const node of parseAst(readFileSync(file, 'utf8')).body) {
      const source = node.source?.value;
      if (/^(Import|ExportAll|ExportNamed)Declaration$/.test(node.type) && typeof source === 'string' && /^\.\.?\//.test(source)) {
        visit(relative(root, resolve(dirname(file), source)));
      }
    }
  };
  visit(entry);
  const sizes = files.map((file) => ({ file, raw: readFileSync(file).length, gzip: gzip(readFileSync(file)) }));
  return { files: sizes, raw: sizes.reduce((sum, f) => sum + f.raw, 0), gzip: sizes.reduce((sum, f) => sum + f.gzip, 0) };
}

const ours = {
  main: entrySize('dist/clog-widgets.js'),
  locales: Object.fromEntries(
    readdirSync('dist/locales')
      .filter((name) => name.endsWith('.js'))
      .sort()
      .map((name) => {
        const file = `dist/locales/${name}`;
        return [name.replace(/\.js$/, ''), { file, raw: readFileSync(file).length, gzip: gzip(readFileSync(file)) }];
      }),
  ),
  classic: { file: 'dist/clog-widgets.classic.js', raw: readFileSync('dist/clog-widgets.classic.js').length, gzip: gzip(readFileSync('dist/clog-widgets.classic.js')) },
  // The per-element CDN modules: entry plus shared chunks (a missing one fails here, not quietly).
  elements: Object.fromEntries(['clog-checker', 'clog-massage-stepper', 'clog-red-flag-banner'].map((name) => [name, entrySize(`dist/${name}.js`)])),
};

// ───────────────────────── Peers, built now with our ESM build's Rollup settings ─────────────────────────

// Our CDN module's build in rollup.config.mjs: its plugins (node-resolve with the `production`
// condition, esbuild minify with our target and charset, and our own small plugins: the compile
// hint opens each peer file as it opens ours, the others leave them alone) and its input options, so
// a change there changes the peers' build too.
const configs = typeof rollupConfig === 'function' ? [await rollupConfig({})].flat() : [rollupConfig].flat();
const isEsm = (config) => [config.output].flat().some((output) => ['es', 'esm', 'module'].includes(output?.format));
const inputs = (config) => (typeof config.input === 'string' ? [config.input] : Object.values(config.input ?? {}));
const esmBuild = configs.find((config) => isEsm(config) && inputs(config).some((input) => /(^|\/)src\/index\.ts$/.test(input))) ?? configs.find(isEsm);
if (!esmBuild) throw new Error('rollup.config.mjs has no ES build of src/index.ts: update bench/bench.mjs to find it');

/**
 * React and ReactDOM ship CommonJS only, which Rollup bundles only through @rollup/plugin-commonjs
 * (not a dependency here). esbuild, the same minifier our Rollup build runs, first turns both
 * into one unminified ES module (NODE_ENV=production, as every bundler sets for a release); Rollup
 * then bundles and minifies it like every other peer. Its CommonJS wrappers cost about what
 * @rollup/plugin-commonjs's would.
 */
function reactAsEsm() {
  const id = '\0bench:react-and-react-dom';
  return {
    name: 'bench-react-as-esm',
    resolveId: (source) => (source === 'react' || source === 'react-dom/client' ? id : null),
    async load(loading) {
      if (loading !== id) return null;
      const result = await esbuildBuild({
        stdin: { contents: "export { createElement } from 'react';\nexport { createRoot } from 'react-dom/client';", resolveDir: root, sourcefile: 'react-peer-entry.js' },
        bundle: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2021',
        define: { 'process.env.NODE_ENV': '"production"' },
        legalComments: 'none',
        write: false,
        logLevel: 'silent',
      });
      return result.outputFiles[0].text;
    },
  };
}

/** Builds one peer in memory; its size is the entry chunk plus the chunks it imports statically (lazy chunks excluded). */
async function buildPeer(name, input, extraPlugins = []) {
  const warnings = [];
  const bundle = await rollup({
    input,
    plugins: [...extraPlugins, ...esmBuild.plugins],
    preserveEntrySignatures: esmBuild.preserveEntrySignatures,
    onwarn: (warning) => warnings.push(warning.code),
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const chunks = new Map(output.filter((item) => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  const loaded = [];
  const visit = (chunk) => {
    if (loaded.includes(chunk)) return;
    loaded.push(chunk);
    for (const imported of chunk.imports) if (chunks.has(imported)) visit(chunks.get(imported));
  };
  visit([...chunks.values()].find((chunk) => chunk.isEntry));
  return {
    name,
    input: relative(root, input),
    raw: loaded.reduce((sum, chunk) => sum + Buffer.byteLength(chunk.code), 0),
    gzip: loaded.reduce((sum, chunk) => sum + gzip(chunk.code), 0),
    chunks: loaded.length,
    lazyChunks: chunks.size - loaded.length,
    warnings: [...new Set(warnings)],
  };
}

const peerSpecs = [
  ['lit', 'Lit alone, one trivial element', 'bench/peers/lit.mjs'],
  ['litLocalize', 'Lit + @lit/localize (runtime, configured once)', 'bench/peers/lit-localize.mjs'],
  ['preact', 'Preact, one trivial component', 'bench/peers/preact.mjs'],
  ['react', 'React + ReactDOM (createRoot), one trivial component', 'bench/peers/react.mjs', [reactAsEsm()]],
  ['shoelace', 'Shoelace button + radio group + alert', 'bench/peers/shoelace.mjs'],
];
const peers = {};
for (const [key, name, input, plugins] of peerSpecs) peers[key] = await buildPeer(name, resolve(root, input), plugins);

// The English-text floor. Every English string a reader can be shown is a msg() in src/, and the
// XLIFF files hold each one as a <source>: take every <source> of xliff/es.xlf, drop the
// placeholders (<x …/>: interpolated values and markup), decode XML entities, join them with
// newlines and gzip -9 that. The floor is Lit + @lit/localize (built above) plus this: the bytes
// of any bundle that ships our English with Lit and @lit/localize, before code, templates or CSS.
const xliffFile = 'xliff/es.xlf';
/** The text of each <source> (or <target>) of an XLIFF file: placeholders out, entities decoded. */
const xliffTexts = (file, element) =>
  [...readFileSync(file, 'utf8').matchAll(new RegExp(`<${element}\\b[^>]*>([\\s\\S]*?)</${element}>`, 'g'))].map(([, text]) =>
    text
      .replace(/<x\b[^>]*\/>/g, '')
      .replace(/<\/?(?:ph|g|bpt|ept|it)\b[^>]*>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );
const englishStrings = xliffTexts(xliffFile, 'source');
const englishText = englishStrings.join('\n');
// The same floor for each language chunk: its translated text alone.
const languageText = Object.fromEntries(
  readdirSync('xliff').map((file) => [file.replace(/\.xlf$/, ''), gzip(xliffTexts(`xliff/${file}`, 'target').join('\n'))]),
);
const english = { source: xliffFile, strings: englishStrings.length, raw: Buffer.byteLength(englishText), gzip: gzip(englishText) };
const floor = { gzip: peers.litLocalize.gzip + english.gzip, what: 'Lit + @lit/localize peer (gzip) + English text (gzip)' };

// ───────────────────────── The demo article in headless Chromium ─────────────────────────

// The page without the widgets: the demo article with its two module scripts (the bundle and the
// demo's language picker, which imports it) removed, served next to it so that every URL resolves alike.
const WITHOUT_PATH = '/demo/bench-without-widgets.html';
const withoutHtml = readFileSync('demo/index.html', 'utf8').replace(/[ \t]*<script\b[^>]*\bsrc="[^"]*"[^>]*><\/script>[ \t]*\n?/g, '');
if (/<script\b/i.test(withoutHtml) || !/<clog-checker\b/.test(withoutHtml)) throw new Error('demo/index.html changed shape: update how bench.mjs strips its scripts');
let origin = '';
const TAGS = ['clog-checker', 'clog-massage-stepper', 'clog-red-flag-banner'];
const PHONE = { width: 375, height: 812 };
const RUNS = 7;
const RATES = [1, 4];
const SETTLE_MS = 1000;
const LATE_MS = 1500;

/** In the page before anything else: layout shifts. */
function observePage() {
  window.__shifts = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Waits (at most timeoutMs) for the three elements to be defined and, when asked, rendered. */
function widgetsReady(page, { rendered, timeoutMs = 10000 }) {
  return page.evaluate(
    async (tags, rendered, timeoutMs) => {
      const within = (promise) => Promise.race([promise.then(() => true), new Promise((done) => setTimeout(() => done(false), timeoutMs))]);
      const defined = await within(Promise.all(tags.map((tag) => customElements.whenDefined(tag))));
      const finished = performance.now();
      if (!rendered) return { defined };
      const done = await within(Promise.all(tags.map((tag) => document.querySelector(tag)?.updateComplete ?? Promise.resolve())));
      return { defined, rendered: done, finished, renderedAt: performance.now() };
    },
    TAGS,
    rendered,
    timeoutMs,
  );
}

/**
 * The renderer main thread's top-level tasks from a Chromium trace: the thread (CrRendererMain)
 * that parsed the demo page, its longest task and the sum of its tasks, in ms.
 */
function mainThreadTasks(traceBuffer, pathPart) {
  const { traceEvents } = JSON.parse(Buffer.from(traceBuffer).toString('utf8'));
  const rendererMains = new Set(traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const parsedPage = traceEvents.find((e) => e.name === 'ParseHTML' && String(e.args?.beginData?.url ?? '').includes(pathPart) && rendererMains.has(`${e.pid}:${e.tid}`));
  const durations = new Map();
  for (const e of traceEvents) {
    if (e.ph !== 'X' || !/(^|::)RunTask$/.test(e.name) || !String(e.cat).split(',').includes('toplevel')) continue;
    const thread = `${e.pid}:${e.tid}`;
    if (!rendererMains.has(thread)) continue;
    if (!durations.has(thread)) durations.set(thread, []);
    durations.get(thread).push({ ts: e.ts, dur: e.dur / 1000 });
  }
  const busiest = [...durations.entries()].sort((a, b) => b[1].reduce((s, d) => s + d.dur, 0) - a[1].reduce((s, d) => s + d.dur, 0))[0]?.[0];
  const thread = parsedPage ? `${parsedPage.pid}:${parsedPage.tid}` : busiest;
  const timed = durations.get(thread) ?? [];
  const tasks = timed.map((task) => task.dur);
  // The tasks the widgets can cause: from the task in which our module is evaluated, except tasks
  // whose only layouts are the page's own layouts of the whole article (every object dirty), which
  // can come after the module has run; the widgets then weigh only their unrendered boxes in them.
  // The evaluation event names no module: it is the first one after our module's compile, which
  // names it and runs just before.
  const onThread = (e) => `${e.pid}:${e.tid}` === thread && e.ph === 'X';
  const onMain = traceEvents.filter(onThread);
  const compiled = onMain.find((e) => e.name === 'v8.compileModule' && String(e.args?.data?.url ?? '').includes('/dist/clog-widgets.js'));
  const evaluation = compiled && onMain.filter((e) => e.name === 'v8.evaluateModule' && e.ts >= compiled.ts).sort((a, b) => a.ts - b.ts)[0];
  const layouts = onMain.filter((e) => e.name === 'Layout' && e.ph === 'X');
  const inside = (task, event) => task.ts <= event.ts && event.ts <= task.ts + task.dur * 1000;
  const wholePage = ({ args }) => Number.isInteger(args?.beginData?.dirtyObjects) && args.beginData.dirtyObjects === args.beginData.totalObjects;
  const pageOwn = (task) => {
    const laidOut = layouts.filter((layout) => inside(task, layout));
    return laidOut.length > 0 && laidOut.every(wholePage) && !inside(task, evaluation);
  };
  const fromScript = evaluation ? timed.filter((task) => task.ts + task.dur * 1000 >= evaluation.ts && !pageOwn(task)).map((task) => task.dur) : [];
  return {
    longestTask: Math.max(0, ...tasks),
    longestFromScript: evaluation ? Math.max(0, ...fromScript) : null,
    anchored: Boolean(evaluation),
    taskTotal: tasks.reduce((sum, d) => sum + d, 0),
    tasksOver50: tasks.filter((d) => d > 50).length,
  };
}

/**
 * Clicks a button in a widget and measures from the click's timestamp to the end of the next
 * frame: a capture listener on the document (it runs before the widget's own handler) asks for an
 * animation frame; that frame renders the widget's response, and a message posted from its rAF
 * callback runs once the frame's style, layout and paint are done.
 */
async function clickToNextFrame(page, tag, { selector, text }) {
  const button = await page.evaluateHandle(
    async (tag, selector, text) => {
      const host = document.querySelector(tag);
      if (!host) return null;
      host.scrollIntoView({ block: 'start' });
      const deepButtons = (node) => [
        ...node.querySelectorAll('button'),
        ...[...node.querySelectorAll('*')].filter((el) => el.shadowRoot).flatMap((el) => deepButtons(el.shadowRoot)),
      ];
      const deadline = performance.now() + 5000;
      while (performance.now() < deadline) {
        await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50)));
        const buttons = host.shadowRoot ? deepButtons(host.shadowRoot).filter((b) => !b.disabled && b.getClientRects().length) : [];
        const wanted = buttons.find((b) => (selector ? b.matches(selector) : true) && (text ? b.textContent.trim() === text : true));
        if (wanted ?? buttons[0]) return wanted ?? buttons[0];
      }
      return null;
    },
    tag,
    selector,
    text,
  );
  if (!(await button.evaluate((b) => b !== null))) return null;
  await page.evaluate(() => {
    window.__nextFrame = new Promise((done) => {
      document.addEventListener(
        'click',
        (event) => {
          const clicked = event.timeStamp;
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => done(performance.now() - clicked);
            channel.port2.postMessage(null);
          });
        },
        { capture: true, once: true },
      );
    });
  });
  await button.click();
  return page.evaluate(() => Promise.race([window.__nextFrame, new Promise((done) => setTimeout(() => done(null), 10000))]));
}

/** One load of the article (with or without the widgets) in a fresh profile at the given CPU slowdown. */
async function pageRun(browser, { rate, widgets, clicks }) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(PHONE);
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.evaluateOnNewDocument(observePage);
    const path = widgets ? '/demo/' : WITHOUT_PATH;
    await page.tracing.start({ categories: ['toplevel', 'devtools.timeline'] });
    await page.goto(origin + path, { waitUntil: 'load' });
    // Every widget rendered (they render near the viewport or when idle), then a settle: all their work is in the trace.
    const ready = widgets ? await widgetsReady(page, { rendered: true }) : null;
    await sleep(SETTLE_MS);
    const trace = await page.tracing.stop();
    const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(({ name, value }) => [name, value]));
    const run = {
      ...mainThreadTasks(trace, path),
      taskDuration: metrics.TaskDuration * 1000,
      scriptDuration: metrics.ScriptDuration * 1000,
      layoutAndStyle: (metrics.LayoutDuration + metrics.RecalcStyleDuration) * 1000,
      jsHeapUsed: metrics.JSHeapUsedSize,
      shifts: await page.evaluate(() => window.__shifts),
    };
    if (widgets) run.defined = ready.defined;
    if (clicks) {
      run.clickChecker = await clickToNextFrame(page, 'clog-checker', { selector: 'button.answer' });
      run.clickStepper = await clickToNextFrame(page, 'clog-massage-stepper', { text: 'Next' });
    }
    return run;
  } finally {
    await context.close();
  }
}

/**
 * The demo article with the script arriving 1.5 s late, as a reader on a phone and on a desktop
 * sees it: at the top of the article, already scrolled to the checker (the widgets upgrade where
 * she is reading), and at its foot, below every widget (each one that renders above her changes
 * height). Layout shift counts what moves inside the viewport.
 */
async function lateScriptRun(browser, viewport, place) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(viewport);
    await page.evaluateOnNewDocument(observePage);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url().endsWith('/dist/clog-widgets.js')) setTimeout(() => request.continue(), LATE_MS);
      else request.continue();
    });
    const loaded = page.goto(`${origin}/demo/`, { waitUntil: 'load' });
    if (place === 'checker') {
      await page.waitForSelector('clog-checker');
      await page.evaluate(() => document.querySelector('clog-checker').scrollIntoView());
    }
    if (place === 'foot') {
      // Below every widget, as a reader who follows a link to the end or comes back to the page.
      await page.waitForSelector('footer');
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    }
    await loaded;
    const ready = await widgetsReady(page, { rendered: true });
    const script = await page.evaluate(() => performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/dist/clog-widgets.js'))?.responseEnd);
    await sleep(500);
    return {
      viewport: `${viewport.width}×${viewport.height}`,
      place,
      shifts: await page.evaluate(() => window.__shifts),
      rendered: ready.rendered,
      renderAfterScript: ready.rendered ? ready.renderedAt - ready.finished : null,
      renderAfterDownload: ready.rendered && script ? ready.renderedAt - script : null,
    };
  } finally {
    await context.close();
  }
}

/** Every page figure: the runs at each CPU rate with and without the widgets, then the late-script runs. */
async function measurePages() {
  const server = await startDevServer({
    config: {
      rootDir: '.',
      port: 0,
      hostname: '127.0.0.1',
      middleware: [
        (context, next) => {
          if (context.path !== WITHOUT_PATH) return next();
          context.type = 'html';
          context.body = withoutHtml;
        },
      ],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  origin = `http://127.0.0.1:${server.server.address().port}`;
  const browser = await launchChromium();
  const chromium = await browser.version();
  const runtime = Object.fromEntries(RATES.map((rate) => [`${rate}x`, { with: [], without: [] }]));
  const late = [];
  try {
    // One discarded load of each page first (the dev server reads and caches files on first request).
    await pageRun(browser, { rate: 1, widgets: true, clicks: false });
    await pageRun(browser, { rate: 1, widgets: false, clicks: false });
    // Interleaved, so that whatever else the machine does falls on both pages alike.
    for (let i = 0; i < RUNS; i++) {
      for (const rate of RATES) {
        runtime[`${rate}x`].with.push(await pageRun(browser, { rate, widgets: true, clicks: true }));
        runtime[`${rate}x`].without.push(await pageRun(browser, { rate, widgets: false, clicks: false }));
      }
    }
    for (const viewport of [PHONE, { width: 1280, height: 800 }]) for (const place of ['top', 'checker', 'foot']) late.push(await lateScriptRun(browser, viewport, place));
  } finally {
    await browser.close();
    await server.stop();
  }
  return { chromium, runtime, late };
}

// `--sizes-only` (for CI): sizes, peers and budgets without Chromium; writes no JSON.
const sizesOnly = process.argv.includes('--sizes-only');
const { chromium = null, runtime = {}, late = [] } = sizesOnly ? {} : await measurePages();

const summary = (runs) => {
  const keys = Object.keys(runs[0]).filter((key) => typeof runs[0][key] === 'number' || runs.some((run) => typeof run[key] === 'number'));
  return Object.fromEntries(keys.map((key) => [key, median(runs.map((run) => run[key]))]));
};
const perRate = Object.fromEntries(
  Object.entries(runtime).map(([rate, { with: withRuns, without }]) => {
    const w = summary(withRuns);
    const wo = summary(without);
    return [
      rate,
      {
        with: w,
        without: wo,
        added: {
          taskDuration: w.taskDuration - wo.taskDuration,
          taskDurationRatio: (w.taskDuration - wo.taskDuration) / wo.taskDuration,
          scriptDuration: w.scriptDuration - wo.scriptDuration,
          jsHeapUsed: w.jsHeapUsed - wo.jsHeapUsed,
        },
        runs: { with: withRuns, without },
      },
    ];
  }),
);
const worstLate = (pick) => {
  const values = late.map(pick).filter((v) => v != null);
  return values.length === late.length ? Math.max(...values) : null;
};

// ───────────────────────── Budgets, table, JSON ─────────────────────────

const budgets = [
  { what: 'dist/clog-widgets.js (gzip, with what it imports)', key: 'main', value: ours.main.gzip, limit: 16 * KB },
  ...Object.entries(ours.locales).map(([locale, chunk]) => ({ what: `${chunk.file} (gzip)`, key: `locale:${locale}`, value: chunk.gzip, limit: 4 * KB })),
  { what: 'banner-only page: dist/clog-red-flag-banner.js + its chunks (gzip)', key: 'banner-only', value: ours.elements['clog-red-flag-banner'].gzip, limit: 11 * KB },
].map((budget) => ({ ...budget, ok: budget.value <= budget.limit }));
const over = budgets.filter((budget) => !budget.ok);

// The gate. A design budget not met yet has a ceiling instead (bench/size-ceilings.json: the size
// when it was last lowered, plus 1%): bytes may fall, and never grow more than 1% above the lowest
// measured. Lower a ceiling whenever sizes fall.
const ceilingFile = JSON.parse(readFileSync('bench/size-ceilings.json', 'utf8'));
const { ceilings } = ceilingFile;
// Every language the build targets has its chunk, and every ceiling names a size measured here.
const { targetLocales } = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const missing = [
  ...targetLocales.filter((locale) => !ours.locales[locale]).map((locale) => `dist/locales/${locale}.js`),
  ...Object.keys(ceilings).filter((key) => !budgets.some((budget) => budget.key === key)).map((key) => `the size behind ceiling "${key}"`),
];
const gate = budgets.map((budget) => {
  const limit = budget.ok ? budget.limit : ceilings[budget.key];
  return { ...budget, gateLimit: limit ?? budget.limit, passes: budget.value <= (limit ?? budget.limit) };
});
const failing = [...gate.filter((budget) => !budget.passes), ...missing.map((what) => ({ what, value: 'missing', gateLimit: 'a measurement' }))];

// `--lower-ceilings`: after bytes fell, sets each ceiling to today's size plus 1%, never higher than it was.
if (process.argv.includes('--lower-ceilings')) {
  const file = ceilingFile;
  const lowered = Object.fromEntries(
    // Only ceilings that exist, and only down: a budget met before and missed now is a regression to fix.
    budgets.filter((budget) => !budget.ok && budget.key in file.ceilings).map((budget) => [budget.key, Math.min(Math.ceil(budget.value * 1.01), file.ceilings[budget.key])]),
  );
  writeFileSync('bench/size-ceilings.json', `${JSON.stringify({ ...file, ceilings: lowered, measured: new Date().toISOString().slice(0, 10) }, null, 2)}\n`);
  console.log(`Ceilings: ${JSON.stringify(lowered)}`);
}

const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const ms = (v) => (v == null ? '—' : `${v.toFixed(0)} ms`);
const mb = (v) => (v == null ? '—' : `${(v / 1024 / 1024).toFixed(1)} MB`);
const both = (format, pick) => RATES.map((rate) => `${rate}×: ${format(pick(perRate[`${rate}x`]))}`).join(' · ');
const verdict = (budget) => `≤ ${kb(budget.limit)}${budget.ok ? '' : `: **over**; CI ceiling ${kb(gate.find((g) => g.key === budget.key).gateLimit)}`}`;
const rows = [['measure', 'figure', 'ours ÷ it', 'budget']];
const mainBudget = budgets[0];
rows.push(['`dist/clog-widgets.js` (gzip; all three widgets, English, Lit)', kb(ours.main.gzip), '', verdict(mainBudget)]);
rows.push([
  'language chunks `dist/locales/*.js` (gzip)',
  Object.entries(ours.locales).map(([locale, chunk]) => `${locale} ${(chunk.gzip / KB).toFixed(1)}`).join(', ') + ' KB',
  '',
  `≤ 4 KB each${budgets.some((b) => b.what.startsWith('dist/locales/') && !b.ok) ? ': **over**' : ''}`,
]);
rows.push([
  'each language\'s translated text alone (gzip): the floor of its chunk',
  Object.entries(languageText).map(([locale, bytes]) => `${locale} ${(bytes / KB).toFixed(1)}`).join(', ') + ' KB',
  Object.entries(ours.locales).map(([locale, chunk]) => `${locale} ${(chunk.gzip / languageText[locale]).toFixed(2)}×`).join(', '),
  '',
]);
rows.push(['`dist/clog-widgets.classic.js` (gzip, every language inside)', kb(ours.classic.gzip), '', '']);
for (const [name, size] of Object.entries(ours.elements)) {
  const budget = budgets.find((b) => b.what.includes(`${name}.js`));
  rows.push([`\`dist/${name}.js\` + its chunks (gzip)`, kb(size.gzip), '', budget ? verdict(budget) : '']);
}
for (const peer of Object.values(peers)) rows.push([`peer: ${peer.name}`, kb(peer.gzip), ratio(ours.main.gzip, peer.gzip), '']);
rows.push([`English text: ${english.strings} \`<source>\`s of ${english.source}, placeholders out`, kb(english.gzip), '', '']);
rows.push(['**floor**: Lit + @lit/localize + English text', kb(floor.gzip), ratio(ours.main.gzip, floor.gzip), '']);
let lateShift = null;
let renderAfter = null;
if (!sizesOnly) {
  rows.push([`longest task the widgets can cause: from our script's first run on, the page's layouts of the whole article left out (median of ${RUNS}, phone viewport)`, both(ms, (r) => r.with.longestFromScript), '', '≤ 50 ms at 4× (target)']);
  rows.push(['longest task of the whole page, with widgets', both(ms, (r) => r.with.longestTask), '', '']);
  rows.push(['longest task, same article without widgets', both(ms, (r) => r.without.longestTask), '', '']);
  rows.push(['main-thread task time (TaskDuration), with / without', RATES.map((rate) => `${rate}×: ${ms(perRate[`${rate}x`].with.taskDuration)} / ${ms(perRate[`${rate}x`].without.taskDuration)}`).join(' · '), '', '']);
  rows.push(['main-thread time the widgets add (ratio to the page without them)', RATES.map((rate) => `${rate}×: +${ms(perRate[`${rate}x`].added.taskDuration)} (${perRate[`${rate}x`].added.taskDurationRatio.toFixed(2)}×)`).join(' · '), '', 'as small as possible']);
  rows.push(['script time (ScriptDuration), with / without', RATES.map((rate) => `${rate}×: ${ms(perRate[`${rate}x`].with.scriptDuration)} / ${ms(perRate[`${rate}x`].without.scriptDuration)}`).join(' · '), '', '']);
  rows.push(['JS heap used, with / without', RATES.map((rate) => `${rate}×: ${mb(perRate[`${rate}x`].with.jsHeapUsed)} / ${mb(perRate[`${rate}x`].without.jsHeapUsed)}`).join(' · '), '', '']);
  rows.push(['click → next frame, checker (first answer)', both(ms, (r) => r.with.clickChecker), '', '']);
  rows.push(['click → next frame, stepper (Next)', both(ms, (r) => r.with.clickStepper), '', '']);
  lateShift = worstLate((r) => r.shifts);
  rows.push([`layout shift, script ${LATE_MS / 1000} s late (worst of ${late.length}: 375 and 1280 wide; at the top, at the checker and at the foot of the article; 1×)`, lateShift == null ? '—' : lateShift.toFixed(3), '', `≤ 0.01${lateShift != null && lateShift > 0.01 ? ': **over** (target)' : ''}`]);
  renderAfter = worstLate((r) => r.renderAfterScript);
  // Widgets render a step at a time, near the viewport or when the page is idle: a few frames is the design.
  rows.push(['script finished → three widgets rendered, over a few frames (worst of the same six)', renderAfter == null ? 'not all within 10 s' : `${renderAfter.toFixed(1)} ms`, '', '']);
}

const widths = rows[0].map((_, col) => Math.max(...rows.map((row) => row[col].length)));
const line = (row) => `| ${row.map((cell, col) => cell.padEnd(widths[col])).join(' | ')} |`;
const date = new Date().toISOString().slice(0, 10);
const setting = sizesOnly ? 'sizes only' : `${chromium}, ${RUNS} runs per figure (median), read ${SETTLE_MS} ms after load, CPU ${RATES.map((r) => `${r}×`).join(' and ')}`;
console.log(`\nnpm run bench · ${date} · node ${process.version} · ${setting}\n`);
console.log(line(rows[0]));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of rows.slice(1)) console.log(line(row));

const results = {
  date: new Date().toISOString(),
  environment: { node: process.version, chromium, platform: `${process.platform} ${process.arch}` },
  method: {
    sizes: 'gzip -9 of each file; an entry counts the files it imports statically (lazy chunks not)',
    peers: 'built in memory with the plugins and input options of rollup.config.mjs\'s ES build (node-resolve production condition, esbuild minify), output format es; bench/peers/*.mjs',
    englishText: `every <source> of ${xliffFile}, <x/> placeholders removed, XML entities decoded, joined with newlines, gzip -9`,
    floor: floor.what,
    runtime: `demo/index.html and the same page with its scripts removed (${WITHOUT_PATH}), ${PHONE.width}×${PHONE.height}, fresh browser context per load, Emulation.setCPUThrottlingRate ${RATES.join(' and ')}, ${RUNS} interleaved runs each (median), figures read ${SETTLE_MS} ms after load: longest task and task sum from a Chromium trace (renderer main thread, top-level RunTask), TaskDuration/ScriptDuration/JSHeapUsedSize from Performance.getMetrics; clicks measured from the click event timestamp to a message posted from the next animation frame`,
    lateScript: `script delayed ${LATE_MS} ms, 1× CPU, 375×812 and 1280×800, at the top, scrolled to the checker and at the foot of the article`,
  },
  sizes: { ours, peers, english, languageText, floor, ratios: { mainToFloor: ours.main.gzip / floor.gzip, ...Object.fromEntries(Object.entries(peers).map(([key, peer]) => [`mainTo_${key}`, ours.main.gzip / peer.gzip])) } },
  budgets: gate,
  runtime: perRate,
  lateScript: { runs: late, worstShift: lateShift, worstRenderAfterScript: renderAfter, worstRenderAfterDownload: worstLate((r) => r.renderAfterDownload) },
  table: [line(rows[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n'),
  ok: over.length === 0,
  seconds: (Date.now() - started) / 1000,
};
if (sizesOnly) console.log(`\nSizes only (${results.seconds.toFixed(0)} s); bench/results/latest.json left as it was.`);
else {
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/latest.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nEvery figure: bench/results/latest.json (${results.seconds.toFixed(0)} s). Runtime figures are for people, not a gate.`);
  // A load whose trace shows no run of our module cannot say which tasks are ours: say so, not a lower figure.
  const unanchored = Object.values(runtime).flatMap((rate) => rate.with).filter((run) => !run.anchored).length;
  if (unanchored) console.log(`${unanchored} page load(s) showed no evaluation of our module in the trace: their longest-task figure is missing.`);
}
console.log(over.length ? `${over.length} design budget(s) not met yet: ${over.map((b) => `${b.what} ${kb(b.value)} > ${kb(b.limit)}`).join('; ')}.` : 'Every size budget met.');
if (failing.length) console.log(`Size gate FAILED: ${failing.map((b) => (b.value === 'missing' ? `${b.what} is missing` : `${b.what} ${b.value} B > ${b.gateLimit} B`)).join('; ')}.`);
else console.log(`Size gate passed: nothing over its budget or, where the budget is not met yet, over its ceiling (bench/size-ceilings.json).`);
process.exit(failing.length ? 1 : 0);
