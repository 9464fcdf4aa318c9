// Opens every story and docs page of the static Storybook in headless Chromium. Fails on a page
// error, a console error, a warning from our code ("clog-widgets: …") or a story that renders no
// widget content. Run after `npm run build-storybook`.
import { readFileSync } from 'node:fs';
import { startDevServer } from '@web/dev-server';
import { launchChromium } from './chromium.mjs';

const dir = 'storybook-static';
const { entries } = JSON.parse(readFileSync(`${dir}/index.json`, 'utf8'));
const server = await startDevServer({
  config: { rootDir: dir, port: 0, hostname: '127.0.0.1' },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const base = `http://127.0.0.1:${server.server.address().port}`;
const browser = await launchChromium();

const failures = [];
let stories = 0;
let docs = 0;
try {
  for (const entry of Object.values(entries)) {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      const text = message.text();
      if (message.type() === 'error') problems.push(`console error: ${text}`);
      if (message.type() === 'warn' && text.startsWith('clog-widgets:')) problems.push(`warning: ${text}`);
    });
    // The checker's public result event, as a page would hear it.
    await page.evaluateOnNewDocument(() => addEventListener('clog-result', (event) => (window.__lastResult = event.detail)));
    await page.goto(`${base}/iframe.html?id=${entry.id}&viewMode=${entry.type}`, { waitUntil: 'networkidle0' });
    if (entry.type === 'story') {
      stories += 1;
      // Rendered, and any play function done: the widget's shadow root has text a reader can see.
      const rendered = await page
        .waitForFunction(
          () => [...document.querySelectorAll('#storybook-root clog-checker, #storybook-root clog-massage-stepper, #storybook-root clog-red-flag-banner')]
            .some((widget) => (widget.shadowRoot?.textContent ?? '').trim().length > 40),
          { timeout: 10_000 },
        )
        .then(() => true, () => false);
      if (!rendered) problems.push('rendered no widget content');
      // A checker story named for a result (result-<level>, or result-no-lump) must end on that
      // result: a result heading on screen, and the clog-result event naming that level or reason.
      const named = entry.id.match(/checker--result-(.+)$/)?.[1];
      if (named) {
        const heading = await page
          .waitForFunction(() => document.querySelector('#storybook-root clog-checker')?.shadowRoot?.querySelector('#result')?.textContent?.trim(), { timeout: 10_000 })
          .then((handle) => handle.jsonValue(), () => '');
        const result = await page.evaluate(() => window.__lastResult ?? null);
        // The no-lump outcome, as result-box.ts's isNoLump tells it: its one reason and no other.
        const noLump = result?.reasons.length > 0 && result.reasons.every((reason) => reason === 'no-lump');
        const shown = result && (named === 'no-lump' ? noLump : result.level === named && !noLump);
        if (!heading || !shown) problems.push(`a result story that ends on ${result ? JSON.stringify(result) : 'no result'}, not "${named}"`);
      }
    } else {
      docs += 1;
      const text = await page.evaluate(() => document.querySelector('#storybook-docs')?.textContent?.trim().length ?? 0);
      if (text < 100) problems.push('the docs page is empty');
    }
    await new Promise((resolve) => setTimeout(resolve, 300)); // late errors from play functions
    if (problems.length) failures.push(`${entry.id}: ${problems.join('; ')}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}

for (const failure of failures) console.error(`FAIL ${failure}`);
console.log(`Storybook smoke test: ${stories} stories and ${docs} docs pages opened, ${failures.length} failed.`);
process.exit(failures.length ? 1 : 0);
