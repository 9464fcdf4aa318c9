// Checks of the unpacked package itself: its files, the Custom Elements Manifest as tools read it,
// and the editors' data generated from the manifest. Each returns a one-line summary or throws.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv from 'ajv';
import ts from 'typescript';

const require = createRequire(import.meta.url);
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

function files(dir, prefix = '') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

/** Every target of package.json "exports" (each condition), as paths inside the package. */
function exportTargets(pkg) {
  const targets = [];
  const walk = (value) => {
    if (typeof value === 'string') targets.push(value.replace(/^\.\//, ''));
    else for (const child of Object.values(value)) walk(child);
  };
  walk(pkg.exports);
  return targets;
}

export function checkPackageContents(dir) {
  const pkg = readJson(join(dir, 'package.json'));
  const all = files(dir);
  const problems = [];
  if (!all.includes('LICENSE')) problems.push('no LICENSE');
  const xliff = all.filter((file) => file.endsWith('.xlf'));
  if (xliff.length) problems.push(`XLIFF shipped: ${xliff.join(', ')}`);
  const sources = all.filter((file) => file.startsWith('src/'));
  if (sources.length) problems.push(`sources shipped: ${sources.length} files under src/`);
  for (const target of exportTargets(pkg)) if (!all.includes(target)) problems.push(`exports names ${target}, which is not in the package`);
  for (const field of ['unpkg', 'jsdelivr', 'web-types', 'customElements']) {
    if (!pkg[field] || !all.includes(pkg[field].replace(/^\.\//, ''))) problems.push(`"${field}" is missing or names no file`);
  }
  if (!pkg.repository?.url || !pkg.homepage) problems.push('no repository or homepage');
  // V8's compile hint opens every CDN code file (rollup.config.mjs), and no language chunk (data).
  const HINT = '//# allFunctionsCalledOnLoad\n';
  const cdnFiles = all.filter((file) => /^dist\/(?!lib\/).*\.js$/.test(file));
  for (const file of cdnFiles) {
    const hinted = readFileSync(join(dir, file), 'utf8').startsWith(HINT);
    if (hinted === file.includes('/locales/')) problems.push(`${file} ${hinted ? 'has' : 'lacks'} the compile hint`);
  }
  // No stray file from an earlier build: every CDN code file is an entry or imported by one.
  const reached = new Set();
  const visit = (file) => {
    if (reached.has(file) || !all.includes(file)) return;
    reached.add(file);
    for (const [, path] of readFileSync(join(dir, file), 'utf8').matchAll(/(?:from|import\(?)\s*["'](\.\.?\/[^"']+)["']/g)) {
      visit(join(file, '..', path));
    }
  };
  for (const entry of cdnFiles.filter((file) => /^dist\/[^/]+\.js$/.test(file))) visit(entry); // the entries sit at the top of dist/
  const stray = cdnFiles.filter((file) => !reached.has(file));
  if (stray.length) problems.push(`files no entry loads (left by an earlier build?): ${stray.join(', ')}`);
  if (problems.length) throw new Error(problems.join('\n'));
  return `LICENSE inside, no XLIFF, no src/; all ${exportTargets(pkg).length} export targets and unpkg, jsdelivr, web-types, customElements present; compile hint on ${cdnFiles.filter((file) => !file.includes('/locales/')).length} CDN code files, none on language chunks; every CDN file loaded by an entry`;
}

/** What the package's root entry exports (types included), as TypeScript sees it. */
function rootExports(dir) {
  const entry = join(dir, 'dist/lib/index.d.ts');
  const program = ts.createProgram([entry], { module: ts.ModuleKind.ES2022, moduleResolution: ts.ModuleResolutionKind.Bundler, noEmit: true, skipLibCheck: true, types: [] });
  const checker = program.getTypeChecker();
  const symbol = checker.getSymbolAtLocation(program.getSourceFile(entry));
  return new Set(checker.getExportsOfModule(symbol).map((s) => s.name));
}

export function checkManifest(dir) {
  const pkg = readJson(join(dir, 'package.json'));
  const manifest = readJson(join(dir, pkg.customElements));
  const problems = [];

  // The schema the analyzer writes to (custom-elements-manifest 1.0).
  const ajv = new Ajv({ allErrors: true });
  if (!ajv.validate(readJson(require.resolve('custom-elements-manifest/schema.json')), manifest)) {
    problems.push(...ajv.errors.map((error) => `schema: ${error.dataPath} ${error.message}`));
  }

  const shipped = new Set(files(dir));
  const modules = new Map(manifest.modules.map((module) => [module.path, module]));
  const declared = (module, name) => modules.get(module)?.declarations?.some((d) => d.name === name);
  const reference = (where, ref) => {
    if (!ref?.module || ref.package) return;
    if (!declared(ref.module, ref.name)) problems.push(`${where}: ${ref.name} is not declared in ${ref.module}`);
  };
  const exported = rootExports(dir);
  const typeNames = (text) => (text ?? '').replace(/'[^']*'|"[^"]*"/g, '').match(/\b[A-Za-z_]\w*\b/g) ?? [];
  const builtins = new Set(['string', 'number', 'boolean', 'undefined', 'null', 'Event', 'CustomEvent']);

  for (const module of manifest.modules) {
    if (!shipped.has(module.path)) problems.push(`module ${module.path} is not in the package`);
    for (const entry of module.exports ?? []) reference(`${module.path} exports ${entry.name}`, entry.declaration);
    for (const declaration of module.declarations ?? []) {
      reference(`${declaration.name}'s superclass`, declaration.superclass);
      for (const member of declaration.members ?? []) {
        if ((member.privacy ?? 'public') !== 'public') problems.push(`${declaration.name}.${member.name} is ${member.privacy}`);
        reference(`${declaration.name}.${member.name} inherited`, member.inheritedFrom);
      }
      const typed = [...(declaration.members ?? []), ...(declaration.attributes ?? []), ...(declaration.events ?? [])];
      for (const item of typed) {
        for (const name of typeNames(item.type?.text)) {
          if (!builtins.has(name) && !exported.has(name)) problems.push(`${declaration.name} ${item.name}: type ${name} is not exported by ${pkg.name}`);
        }
      }
    }
  }

  // Each tag is defined by a module that is one of the package's entry points.
  const entryFiles = new Set(exportTargets(pkg));
  const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName));
  for (const tag of tags) {
    const definer = manifest.modules.find((m) => m.exports?.some((e) => e.kind === 'custom-element-definition' && e.name === tag));
    if (!definer) problems.push(`no custom-element-definition for <${tag}>`);
    else if (!entryFiles.has(definer.path)) problems.push(`<${tag}> is defined in ${definer.path}, which no entry point exports`);
  }

  if (problems.length) throw new Error(problems.join('\n'));
  const attributes = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => d.attributes ?? []).length;
  return `valid against the schema; ${manifest.modules.length} modules, all shipped; every reference resolves; ${tags.length} tags each defined by an entry point; public members only; ${attributes} attribute types use only literals and exported type names`;
}

export function checkEditorData(dir) {
  const pkg = readJson(join(dir, 'package.json'));
  const manifest = readJson(join(dir, pkg.customElements));
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
  const problems = [];

  // VS Code's own HTML language service, given the custom data as VS Code's `html.customData` would.
  const html = require('vscode-html-languageservice');
  const data = readJson(join(dir, 'dist/vscode.html-custom-data.json'));
  const service = html.getLanguageService({ customDataProviders: [html.newHTMLDataProvider(pkg.name, data)] });
  const complete = (text) => {
    const document = html.TextDocument.create('file:///page.html', 'html', 1, text);
    return service.doComplete(document, document.positionAt(text.length), service.parseHTMLDocument(document)).items.map((item) => item.label);
  };
  const tagsOffered = complete('<clog-');
  for (const element of elements) {
    if (!tagsOffered.includes(element.tagName)) problems.push(`VS Code offers no <${element.tagName}>`);
    const attributesOffered = complete(`<${element.tagName} `);
    for (const attribute of element.attributes ?? []) {
      if (!attributesOffered.includes(attribute.name)) problems.push(`VS Code offers no ${attribute.name} on <${element.tagName}>`);
    }
  }
  const themes = complete('<clog-checker theme="');
  if (!['light', 'dark', 'auto'].every((value) => themes.includes(value))) problems.push(`VS Code offers theme values ${themes.join(', ')}`);

  const css = readJson(join(dir, 'dist/vscode.css-custom-data.json'));
  for (const element of elements) {
    for (const property of element.cssProperties ?? []) {
      if (!css.properties.some((p) => p.name === property.name)) problems.push(`CSS data lacks ${property.name}`);
    }
    for (const part of element.cssParts ?? []) {
      if (!css.pseudoElements.some((p) => p.name === `::part(${part.name})`)) problems.push(`CSS data lacks ::part(${part.name})`);
    }
  }

  // JetBrains web-types: every element, attribute, event and part, and a source module one can import.
  const webTypes = readJson(join(dir, pkg['web-types']));
  const subpaths = new Set(Object.keys(pkg.exports).map((key) => `${pkg.name}${key.slice(1)}`));
  for (const element of elements) {
    const entry = webTypes.contributions.html.elements.find((e) => e.name === element.tagName);
    if (!entry) {
      problems.push(`web-types lacks <${element.tagName}>`);
      continue;
    }
    if (!subpaths.has(entry.source?.module)) problems.push(`web-types: <${element.tagName}> source ${entry.source?.module} is not an entry point`);
    const names = (list) => (list ?? []).map((item) => item.name).sort().join(' ');
    if (names(entry.attributes) !== names(element.attributes)) problems.push(`web-types: <${element.tagName}> attributes differ from the manifest`);
    if (names(entry.js?.events) !== names(element.events)) problems.push(`web-types: <${element.tagName}> events differ from the manifest`);
    if (names(entry.css?.parts) !== names(element.cssParts)) problems.push(`web-types: <${element.tagName}> parts differ from the manifest`);
  }
  if (!existsSync(join(dir, 'dist/web-types.json'))) problems.push('no dist/web-types.json');

  if (problems.length) throw new Error(problems.join('\n'));
  return `VS Code's HTML service completes the ${elements.length} tags, each attribute and the theme values; CSS data has every --clog-* property and part; web-types match the manifest`;
}
