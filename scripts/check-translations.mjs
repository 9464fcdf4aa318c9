// Fails when a translation is missing or the XLIFF files are stale (extract would change them).
// Runs `lit-localize extract`, compares, and puts the files back as they were.
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

const dir = 'xliff';
const read = () => Object.fromEntries(readdirSync(dir).map((file) => [file, readFileSync(`${dir}/${file}`, 'utf8')]));
const before = read();
execSync('npx lit-localize extract', { stdio: 'ignore' });
const after = read();
for (const [file, text] of Object.entries(before)) writeFileSync(`${dir}/${file}`, text);

const problems = [];
for (const file of Object.keys(after)) {
  if (before[file] !== after[file]) problems.push(`${dir}/${file} is out of date with the source strings.`);
  const units = after[file].match(/<trans-unit [\s\S]*?<\/trans-unit>/g) ?? [];
  const missing = units.filter((unit) => !unit.includes('<target>')).map((unit) => unit.match(/<source>([\s\S]*?)<\/source>/)[1]);
  if (missing.length) {
    problems.push(`${dir}/${file}: ${missing.length} of ${units.length} strings have no translation, e.g. "${missing[0]}"`);
  }
}
if (problems.length) {
  console.error(`${problems.join('\n')}\nRun \`npm run localize\`, translate the new <target>s, and commit the XLIFF files.`);
  process.exit(1);
}
console.log(`Translations complete and up to date: ${Object.keys(after).join(', ')}.`);
