// Headless Chromium, launched one way everywhere: the test runner config, the bench, the
// screenshot script and the Storybook smoke test. Debian's Chromium by default; set CHROME_PATH
// to use another binary.
import puppeteer from 'puppeteer-core';

const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';

// Chromium needs these on a closed network; see ../shared/toolchain.md.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launch options for puppeteer-core (or @web/test-runner-chrome's `launchOptions`). */
export const chromiumLaunchOptions = (extraOptions = {}) => ({
  executablePath: chromiumPath,
  headless: true,
  ...extraOptions,
  args: [...chromiumArgs, ...(extraOptions.args ?? [])],
});

/** Launches headless Chromium with puppeteer-core; extra `args` are added after ours. */
export const launchChromium = (extraOptions = {}) => puppeteer.launch(chromiumLaunchOptions(extraOptions));
