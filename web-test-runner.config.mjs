// Tests run in real browsers: Debian's Chromium and Firefox ESR (scripts/browsers.mjs installs them).
// Chromium's path (CHROME_PATH overrides it) and launch flags live in scripts/chromium.mjs.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteer from 'puppeteer-core';
import { clogReporter } from './scripts/test-reporter.mjs';
import { defaultReporter } from '@web/test-runner';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';

const chromium = chromeLauncher({ launchOptions: chromiumLaunchOptions() });
chromium.name = 'Chromium';

// puppeteer-core drives Firefox over WebDriver BiDi: no geckodriver needed.
const firefox = chromeLauncher({
  puppeteer,
  launchOptions: { browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true },
});
firefox.name = 'Firefox ESR';

// The strictest policy a publisher might set. The meta tag is placed after wtr's own inline
// bootstrap scripts, so it governs everything the tests and the widgets load.
const strictPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self' ws:",
  "require-trusted-types-for 'script'",
  "trusted-types lit-html 'allow-duplicates'", // the test framework brings its own Lit, as a publisher's page might
].join('; ');

const only = process.env.BROWSER; // BROWSER=chromium|firefox runs one, for a quick loop

export default {
  files: ['test/**/*.test.ts', '!test/csp/**'],
  groups: [
    {
      name: 'strict-csp',
      files: 'test/csp/**/*.test.ts',
      testRunnerHtml: (testFramework) =>
        `<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Security-Policy" content="${strictPolicy}"></head>` +
        `<body><script type="module" src="${testFramework}"></script></body></html>`,
    },
  ],
  nodeResolve: true,
  concurrency: 1,
  concurrentBrowsers: 2,
  testFramework: { config: { timeout: 10000 } },
  browsers: [chromium, firefox].filter((b) => !only || b.name.toLowerCase().startsWith(only)),
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' })],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  reporters: [defaultReporter(), clogReporter()],
};
