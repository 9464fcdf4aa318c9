// Makes sure Debian's Chromium and Firefox ESR are there for the tests. npm packages cannot
// download browsers on this network, so as root on Debian we install them with apt; otherwise we
// say how.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const browsers = { chromium: '/usr/bin/chromium', 'firefox-esr': '/usr/bin/firefox-esr' };
const missing = () => Object.keys(browsers).filter((name) => !existsSync(browsers[name]));

let packages = missing();
if (packages.length > 0 && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log(`Installing ${packages.join(' and ')} with apt-get (Debian's packages)…`);
  execSync('apt-get update -qq', { stdio: 'inherit' });
  execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')}`, { stdio: 'inherit' });
  packages = missing();
}
if (packages.length > 0) {
  console.error(
    `The tests need ${packages.join(' and ')} at ${packages.map((name) => browsers[name]).join(' and ')}.\n` +
      `On Debian or Ubuntu: sudo apt-get install ${packages.join(' ')}`,
  );
  process.exit(1);
}
