// npm run bench: sizes, ratios and page budgets from ../shared/design.md, measured on this
// machine. Figures, not a pass/fail test suite: it exits 1 when a budget is exceeded.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { startDevServer } from '@web/dev-server';
import { launchChromium } from '../scripts/chromium.mjs';

const KB = 1024;
const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const rows = [];
const check = (what, value, budget, format = (v) => String(v)) => {
  const ok = value <= budget;
  rows.push({ what, value: format(value), budget: `≤ ${format(budget)}`, ok });
};

// Sizes (gzip -9).
const main = gzip('dist/clog-widgets.js');
check('dist/clog-widgets.js (gzip)', main, 16 * KB, kb);
for (const chunk of readdirSync('dist/locales')) check(`dist/locales/${chunk} (gzip)`, gzip(`dist/locales/${chunk}`), 4 * KB, kb);
const classic = gzip('dist/clog-widgets.classic.js');

// Reference bundles measured here (design.md), for ratios.
const references = { 'Lit alone': 5.9, 'Lit + localize': 7.0, Preact: 5.7, 'React + ReactDOM': 68.9, 'Shoelace button + dialog + radio group': 26.9 };

// The demo article with the script arriving late, as a reader on a phone and on a desktop sees
// it: once at the top of the article, once already scrolled to the checker (the worst case: the
// widgets upgrade where she is reading). Layout shift counts what moves inside the viewport.
const server = await startDevServer({
  config: { rootDir: '.', port: 0, hostname: '127.0.0.1' },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const { port } = server.server.address();
const browser = await launchChromium();
const LATE_MS = 1500;
const VIEWPORTS = [
  { width: 375, height: 812 },
  { width: 1280, height: 800 },
];
const runs = [];
try {
  for (const [viewport, scrolled] of VIEWPORTS.flatMap((viewport) => [[viewport, false], [viewport, true]])) {
    const page = await browser.newPage();
    await page.setViewport(viewport);
    await page.evaluateOnNewDocument(() => {
      window.__shifts = 0;
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url().endsWith('/dist/clog-widgets.js')) setTimeout(() => request.continue(), LATE_MS);
      else request.continue();
    });
    const loaded = page.goto(`http://127.0.0.1:${port}/demo/`, { waitUntil: 'load' });
    if (scrolled) {
      await page.waitForSelector('clog-checker');
      await page.evaluate(() => document.querySelector('clog-checker').scrollIntoView());
    }
    await loaded;
    const figures = await page.evaluate(async () => {
      const tags = ['clog-checker', 'clog-massage-stepper', 'clog-red-flag-banner'];
      // Every tag is defined at the end of the bundle's evaluation: that is "the script finished".
      await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
      const finished = performance.now();
      await Promise.all(tags.map((tag) => document.querySelector(tag).updateComplete));
      const rendered = performance.now();
      const script = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/dist/clog-widgets.js'));
      await new Promise((resolve) => setTimeout(resolve, 500));
      return {
        shifts: window.__shifts,
        longTasks: window.__longTasks,
        renderAfterScript: rendered - finished,
        renderAfterDownload: rendered - script.responseEnd,
      };
    });
    runs.push(figures);
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
const worst = (pick) => Math.max(...runs.map(pick));
check(`layout shift, script ${LATE_MS} ms late (worst of ${runs.length}: 375 and 1280 wide, top and at the checker)`, worst((r) => r.shifts), 0.01, (v) => v.toFixed(3));
check('longest task (ms)', worst((r) => Math.max(0, ...r.longTasks)), 50, (v) => v.toFixed(0));
check('script finished → all three widgets rendered (ms; one frame ≈ 16.7)', worst((r) => r.renderAfterScript), 16.7, (v) => v.toFixed(1));

console.log('\nBudgets (../shared/design.md)\n');
for (const row of rows) console.log(`${row.ok ? 'ok  ' : 'OVER'}  ${row.what.padEnd(62)} ${row.value.padStart(9)}  ${row.budget}`);
console.log(`\n      dist/clog-widgets.classic.js (gzip, every locale inside)     ${kb(classic).padStart(9)}`);
console.log(`      script downloaded → widgets rendered (ms, parse and run included) ${worst((r) => r.renderAfterDownload).toFixed(1)}`);
console.log('\nRatios: our bundle (all three widgets, English, Lit) against bundles measured here\n');
for (const [name, size] of Object.entries(references)) console.log(`  ${name.padEnd(40)} ${`${size.toFixed(1)} KB`.padStart(8)}   ours is ${(main / KB / size).toFixed(2)}×`);
const over = rows.filter((row) => !row.ok);
console.log(over.length ? `\n${over.length} budget(s) exceeded.` : '\nEvery budget met.');
process.exit(over.length ? 1 : 0);
