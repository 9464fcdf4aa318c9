// Screenshots a page in headless Chromium to look at it as a reader would.
// Usage: node scripts/screenshot.mjs <url> <out-prefix> [width…] [--dark] [--lang=xx] [--only=css-selector]
import { launchChromium } from './chromium.mjs';

const [url, prefix = '.screenshots/page', ...rest] = process.argv.slice(2);
const widths = rest.filter((arg) => /^\d+$/.test(arg)).map(Number);
const dark = rest.includes('--dark');
const lang = rest.find((arg) => arg.startsWith('--lang='))?.slice(7);
const only = rest.find((arg) => arg.startsWith('--only='))?.slice(7);

const browser = await launchChromium();
try {
  const page = await browser.newPage();
  page.on('console', (message) => console.log(`[console.${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => console.log(`[pageerror] ${error.message}`));
  if (dark) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  for (const width of widths.length ? widths : [375, 1280]) {
    await page.setViewport({ width, height: 800 });
    await page.goto(url, { waitUntil: 'networkidle0' });
    if (lang) {
      await page.evaluate((code) => document.documentElement.setAttribute('lang', code), lang);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    const file = `${prefix}-${width}.png`;
    if (only) await (await page.$(only)).screenshot({ path: file });
    else await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
} finally {
  await browser.close();
}
