// The package as developers get it (issue 13): `npm pack`, then tiny consumer projects that use the
// tarball's contents, resolving React, Vue, TypeScript and Lit from this repository's node_modules
// (no network). Run by `npm test` after the build; `node test/consumers/run.mjs` on its own after
// `npm run build`. Each check prints its command and result; any failure exits 1.
//
//   package     publint and @arethetypeswrong/cli on the tarball; no XLIFF, a LICENSE inside
//   manifest    custom-elements.json: shipped paths, resolvable references, public API only
//   editors     VS Code custom data and web-types from the manifest, read by VS Code's own HTML service
//   typescript  plain TS: tag map, typed events, class-only entry, CDN paths, JSX types without React
//   react 19    TSX with the tags (clog-widgets/jsx) and with the wrappers (clog-widgets/react)
//   react 18    the wrappers against React 18's types, JSX declarations loaded
//   preact      TSX with the tags
//   vue         an SFC under vue-tsc --strictTemplates (clog-widgets/vue)
//   node        imports in Node: nothing needs a browser; classes.js registers nothing
//   browser     Chromium: React 19, React 18, Svelte and Vue pages; @lit-labs/ssr pages (English, Spanish) hydrating
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { checkEditorData, checkManifest, checkPackageContents } from './package-checks.mjs';
import { checkInBrowser } from './browser.mjs';

const run = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const bin = (name) => join(root, 'node_modules/.bin', name);
const installed = join(here, 'node_modules/clog-widgets');

const results = [];

/** Runs one check, timed; prints its command and result. */
async function check(name, command, body) {
  const started = Date.now();
  try {
    const detail = await body();
    results.push({ name, ok: true });
    console.log(`✔ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s): ${command}${detail ? `\n    ${detail}` : ''}`);
  } catch (error) {
    results.push({ name, ok: false });
    const output = [error.stdout, error.stderr, error.stdout || error.stderr ? '' : String(error.stack ?? error)].filter(Boolean).join('\n');
    console.log(`✘ ${name}: ${command}\n${output.replace(/^/gm, '    ')}`);
  }
}

/** A command in a consumer folder, as `cd folder && command`; its output when it fails. */
const shell = (folder, file, args) => () =>
  run(file, args, { cwd: join(here, folder), maxBuffer: 16 * 1024 * 1024 }).then(({ stdout }) => stdout.trim().split('\n').filter(Boolean).slice(-1)[0] ?? '');

/** A type check passes, and so do its expected errors (an unused @ts-expect-error is an error). */
const typeCheck = (sources, file, args) => async () => {
  await shell('.', file, args)();
  const expected = sources.reduce((count, name) => count + (readFileSync(join(here, name), 'utf8').match(/@(ts|vue)-expect-error/g) ?? []).length, 0);
  const mistakes = expected === 1 ? 'its deliberate mistake is' : `all ${expected} deliberate mistakes (wrong values, unknown attributes, wrong event types) are`;
  return `no type errors in ${sources.join(', ')}${expected ? `; ${mistakes} reported` : ''}`;
};

// 1. Pack, as `npm publish` would, and unpack into the consumers' node_modules.
const packDir = mkdtempSync(join(tmpdir(), 'clog-pack-'));
let tarball;
await check('pack', 'npm pack', async () => {
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', packDir], { cwd: root });
  const [info] = JSON.parse(stdout);
  tarball = join(packDir, info.filename);
  rmSync(installed, { recursive: true, force: true });
  mkdirSync(installed, { recursive: true });
  await run('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
  return `${info.filename}: ${info.entryCount} files, ${(info.size / 1024).toFixed(0)} KB packed, ${(info.unpackedSize / 1024).toFixed(0)} KB unpacked`;
});
if (!tarball) process.exit(1);

// 2. The package itself.
await check('publint', 'publint (strict) on the unpacked tarball', async () => {
  const { publint } = await import('publint');
  const { formatMessage } = await import('publint/utils');
  const { messages, pkg } = await publint({ pkgDir: installed, pack: false, strict: true });
  if (messages.length) throw new Error(messages.map((message) => `${message.type}: ${formatMessage(message, pkg)}`).join('\n'));
  return 'no errors, warnings or suggestions';
});
// ESM-only (Lit is): the esm-only profile leaves out `require()` from CommonJS and node10
// resolution, which ignores "exports". Everything else must be green (attw exits 1 otherwise).
await check('attw', 'attw <tarball> --profile esm-only', async () => {
  const { stdout } = await run(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'json'], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
  const { analysis, problems } = JSON.parse(stdout);
  const entrypoints = Object.keys(analysis.entrypoints).length;
  const ignored = Object.values(problems ?? {}).flat().filter((p) => ['node10', 'node16-cjs'].includes(p.resolutionKind)).length;
  return `no problems: ${entrypoints} entry points resolve with types under node16 (ESM) and bundler; ${ignored} findings left out for node10 and require() from CommonJS`;
});
await check('contents', 'the tarball’s files', () => checkPackageContents(installed));
await check('manifest', 'custom-elements.json', () => checkManifest(installed));
await check('editors', 'VS Code custom data and web-types.json', () => checkEditorData(installed));

// 3. Consumer projects, two at a time (type checks are CPU-bound).
const projects = [
  ['typescript', 'cd test/consumers && tsc -p typescript', typeCheck(['typescript/main.ts'], bin('tsc'), ['-p', 'typescript'])],
  ['react 19', 'cd test/consumers && tsc -p react', typeCheck(['react/tags.tsx', 'react/wrappers.tsx'], bin('tsc'), ['-p', 'react'])],
  ['react 18', 'cd test/consumers && tsc -p react/tsconfig.react18.json', typeCheck(['react/wrappers.tsx', 'react/jsx-loaded.ts'], bin('tsc'), ['-p', 'react/tsconfig.react18.json'])],
  ['preact', 'cd test/consumers && tsc -p preact', typeCheck(['preact/tags.tsx'], bin('tsc'), ['-p', 'preact'])],
  ['vue', 'cd test/consumers && vue-tsc -p vue (strictTemplates)', typeCheck(['vue/App.vue', 'vue/main.ts'], bin('vue-tsc'), ['-p', 'vue'])],
  ['node', 'cd test/consumers/ssr && node node-imports.mjs', shell('ssr', process.execPath, ['node-imports.mjs'])],
];
const queue = [...projects];
await Promise.all(
  [0, 1].map(async () => {
    for (let project = queue.shift(); project; project = queue.shift()) await check(...project);
  }),
);

// 4. In Chromium.
await check('browser', 'Chromium: React 19, React 18, Svelte and Vue pages; @lit-labs/ssr pages hydrating', () => checkInBrowser({ here }));

rmSync(packDir, { recursive: true, force: true });
const failed = results.filter((result) => !result.ok);
console.log(`\nPackage and consumer checks: ${results.length - failed.length} of ${results.length} passed${failed.length ? `; failed: ${failed.map((r) => r.name).join(', ')}` : ''}`);
process.exit(failed.length ? 1 : 0);

