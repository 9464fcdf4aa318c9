// Fails when a translation is missing or the XLIFF files are stale (extract would change them).
// Runs `lit-localize extract` into a temporary folder, pre-filled with copies of xliff/ so the
// existing translations are kept, and compares that output with xliff/. Never writes into xliff/.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const configFile = 'lit-localize.json';
const config = JSON.parse(readFileSync(configFile, 'utf8'));
const dir = config.interchange.xliffDir.replace(/^\.\/|\/$/g, ''); // 'xliff'
const read = (from) => Object.fromEntries(readdirSync(from).map((file) => [file, readFileSync(join(from, file), 'utf8')]));

const tmp = mkdtempSync(join(tmpdir(), 'clog-check-translations-'));
let before;
let after;
try {
  const tmpXliff = join(tmp, 'xliff');
  const tmpConfig = join(tmp, 'lit-localize.json');
  before = read(dir);
  mkdirSync(tmpXliff);
  for (const file of Object.keys(before)) copyFileSync(join(dir, file), join(tmpXliff, file));
  // lit-localize resolves every path against the config file's folder: make them absolute.
  const tmpSettings = {
    ...config,
    tsConfig: resolve(config.tsConfig),
    output: {
      ...config.output,
      ...(config.output.outputDir && { outputDir: resolve(config.output.outputDir) }),
      ...(config.output.localeCodesModule && { localeCodesModule: resolve(config.output.localeCodesModule) }),
    },
    ...(config.inputFiles && { inputFiles: config.inputFiles.map((pattern) => resolve(pattern)) }),
    interchange: { ...config.interchange, xliffDir: tmpXliff },
  };
  writeFileSync(tmpConfig, JSON.stringify(tmpSettings, null, 2));
  try {
    execFileSync('npx', ['lit-localize', 'extract', '--config', tmpConfig], { stdio: 'pipe' });
  } catch (error) {
    console.error(`lit-localize extract failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
    process.exitCode = 1;
  }
  if (!process.exitCode) after = read(tmpXliff);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
if (!after) process.exit(1);

const problems = [];
for (const file of Object.keys(after)) {
  if (before[file] !== after[file]) problems.push(`${dir}/${file} is out of date with the source strings.`);
  const units = after[file].match(/<trans-unit[\s>][\s\S]*?<\/trans-unit>/g) ?? [];
  // A translation is a <target> or <target state="…"> with something in it.
  const missing = units
    .filter((unit) => !/<target(?:\s[^>]*)?>[\s\S]*?\S[\s\S]*?<\/target>/.test(unit))
    .map((unit) => unit.match(/<source>([\s\S]*?)<\/source>/)?.[1] ?? unit.match(/id="([^"]*)"/)?.[1]);
  if (missing.length) {
    problems.push(`${dir}/${file}: ${missing.length} of ${units.length} strings have no translation, e.g. "${missing[0]}"`);
  }
}
if (problems.length) {
  console.error(`${problems.join('\n')}\nRun \`npm run localize\`, translate the new <target>s, and commit the XLIFF files.`);
  process.exit(1);
}
console.log(`Translations complete and up to date: ${Object.keys(after).join(', ')}.`);
