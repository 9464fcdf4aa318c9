// Opens every story and docs page of the static Storybook in headless Chromium. Fails on a page
// error, a console error, a warning from our code ("clog-widgets: …") or a story that renders no
// widget content. Run after `npm run build-storybook`.
import { readFileSync } from 'node:fs';
import { startDevServer } from '@web/dev-server';
import { launchChromium } from './chromium.mjs';

const dir = 'storybook-static';
// Each result story and the heading of the level it is named for (English, as the stories render).
const RESULT_HEADINGS = {
  'result-emergency': 'Get emergency help now',
  'result-urgent-care': 'Get medical help within a few hours',
  'result-see-provider-today': 'Get medical advice today',
  'result-see-provider': 'Book an appointment',
  'result-self-care': 'Gentle self-care is a good place to start',
  'result-no-lump': 'This checker is for a sore lump while breastfeeding',
};
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
      // A checker story named for a result must end on that result: its heading names the level.
      const expected = RESULT_HEADINGS[entry.id.replace(/^.*checker--/, '')];
      if (/checker--result/.test(entry.id)) {
        const heading = await page
          .waitForFunction(() => document.querySelector('#storybook-root clog-checker')?.shadowRoot?.querySelector('#result')?.textContent?.trim(), { timeout: 10_000 })
          .then((handle) => handle.jsonValue(), () => '');
        if (!expected) problems.push('a result story with no expected heading in RESULT_HEADINGS');
        else if (heading !== expected) problems.push(`a result story that shows "${heading || 'no result'}", not "${expected}"`);
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
