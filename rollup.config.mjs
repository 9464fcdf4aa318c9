import { readdirSync, readFileSync } from 'node:fs';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultShouldMinify, minifyHTMLLiterals } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';
import { defaultStrategy } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import resolve from '@rollup/plugin-node-resolve';
import { transformStyleAttribute } from 'lightningcss';
import esbuild from 'rollup-plugin-esbuild';
import ts from 'typescript';

/**
 * Drops msg()'s `{desc: "…"}` notes: they are for translators (the XLIFF keeps them) and are
 * never shown, yet cost about 0.5 KB gzip. Runs on esbuild's minified output; fails the build
 * rather than leave a note behind if that output ever changes shape.
 */
function stripMessageDescriptions() {
  const note = /,\{desc:(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`(?:[^`\\$]|\\.)*`)\}/g;
  return {
    name: 'strip-message-descriptions',
    renderChunk(code) {
      const stripped = code.replace(note, '');
      if (stripped.includes('{desc:')) this.error('a msg() desc was left in the bundle: update the pattern');
      return { code: stripped, map: null };
    },
  };
}

/**
 * One copy of the decorator helper. esbuild compiles each module on its own and writes its
 * `__decorateClass` helper into every module that uses a decorator (four copies of ~150 bytes);
 * each module imports this one instead. Fails the build if esbuild's helper changes shape and a
 * decorated module keeps its own.
 */
function shareDecoratorHelper() {
  const HELPER = '\0clog-decorate-class';
  const helper =
    /var ([\w$]+)=Object\.defineProperty;var ([\w$]+)=Object\.getOwnPropertyDescriptor;var ([\w$]+)=\([\w$]+,[\w$]+,[\w$]+,[\w$]+\)=>\{for\(var [^}]*\};/;
  return {
    name: 'share-decorator-helper',
    resolveId: (id) => (id === HELPER ? id : null),
    // esbuild's helper, unminified: (decorators, target, key, kind) for TypeScript's experimental decorators.
    load: (id) =>
      id === HELPER
        ? `export const decorateClass = (decorators, target, key, kind) => {
  let result = kind > 1 ? undefined : kind ? Object.getOwnPropertyDescriptor(target, key) : target;
  for (let i = decorators.length - 1; i >= 0; i--) {
    const decorator = decorators[i];
    if (decorator) result = (kind ? decorator(target, key, result) : decorator(result)) || result;
  }
  if (kind && result) Object.defineProperty(target, key, result);
  return result;
};`
        : null,
    transform(code, id) {
      if (!id.endsWith('.ts')) return null; // our sources; a library brings its own helper, built its own way
      const match = code.match(helper);
      if (!match) {
        // A decorator applied (`helper([property()],Class.prototype,"name",2)`) with a helper of another shape.
        if (/\],\s*[\w$.]+\.prototype,\s*"[\w$]+",\s*\d\)/.test(code)) {
          this.error(`${id}: esbuild's decorator helper is not the expected shape; update share-decorator-helper`);
        }
        return null;
      }
      const [whole, defineProperty, descriptor, decorate] = match;
      const kept = `var ${defineProperty}=Object.defineProperty;var ${descriptor}=Object.getOwnPropertyDescriptor;`; // maybe used elsewhere; unused, dropped
      return { code: code.replace(whole, `${kept}import{decorateClass as ${decorate}}from${JSON.stringify(HELPER)};`), map: null };
    },
  };
}

/**
 * Asks V8 (Chromium 136 and later) to compile every function of a code file while the file
 * streams in, on a background thread: nearly all of them run as the page loads (Lit, the three
 * elements, their first render), and compiling them lazily on the main thread made the task that
 * evaluates the bundle about twice as long on a phone-speed CPU. Other browsers ignore the comment.
 * Not on the language chunks (data). Last, so that no minifier drops the comment.
 */
function compileHints() {
  return {
    name: 'compile-hints',
    renderChunk: (code, chunk) => (localeChunk.test(chunk.facadeModuleId ?? '') ? null : { code: `//# allFunctionsCalledOnLoad\n${code}`, map: null }),
  };
}

/** lit-localize's ids of the translated html messages (the `h…` keys of the generated locale tables). */
function translatedHtmlIds() {
  const { targetLocales, output } = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
  const ids = new Set();
  for (const locale of targetLocales) {
    const table = readFileSync(`${output.outputDir}/${locale}.ts`, 'utf8');
    for (const [, id] of table.matchAll(/['"]?\b(h[0-9a-f]{16})['"]?\s*:/g)) ids.add(id);
  }
  return ids;
}

/**
 * The templates in a module whose strings @lit/localize hashes at run time to find a translation:
 * each one handed to msg() (or to what `import { msg as … }` names it), and each html``/svg`` whose
 * hash is a key of the translation tables however it is called. Keyed by the offset of the
 * template's closing backtick, with the id lit-localize computes from its (cooked) strings.
 */
function localizedTemplates(code, fileName, translated) {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const msgNames = new Set(['msg']);
  for (const statement of source.statements) {
    const bindings = ts.isImportDeclaration(statement) && statement.moduleSpecifier.text === '@lit/localize' && statement.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings)) {
      for (const element of bindings.elements) if ((element.propertyName ?? element.name).text === 'msg') msgNames.add(element.name.text);
    }
  }
  const isMsg = (callee) => (ts.isIdentifier(callee) && msgNames.has(callee.text)) || (ts.isPropertyAccessExpression(callee) && callee.name.text === 'msg');
  const strings = (template) =>
    ts.isNoSubstitutionTemplateLiteral(template) ? [template.text] : [template.head.text, ...template.templateSpans.map((span) => span.literal.text)];
  const found = new Map();
  const visit = (node) => {
    if (ts.isCallExpression(node) && isMsg(node.expression) && node.arguments.length) {
      let argument = node.arguments[0];
      while (ts.isParenthesizedExpression(argument)) argument = argument.expression;
      if (ts.isTaggedTemplateExpression(argument)) {
        const html = argument.tag.getText(source) !== 'str';
        found.set(argument.template.end, generateMsgId(strings(argument.template), html));
      } else if (ts.isNoSubstitutionTemplateLiteral(argument)) {
        found.set(argument.end, generateMsgId(argument.text, false));
      }
    } else if (ts.isTaggedTemplateExpression(node) && /html|svg/i.test(node.tag.getText(source))) {
      const id = generateMsgId(strings(node.template), true);
      if (translated.has(id)) found.set(node.template.end, id);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * The CSS side of the library's strategy (lightningcss), with two cases it does not cover:
 * - a css`` that holds only declarations (shared.styles.ts's dark tokens, spliced into rules) is
 *   no stylesheet, so it is minified as a declaration list;
 * - lightningcss moves a rule's declarations ahead of anything else in it, so an interpolation
 *   standing where declarations go must be alone in its rule, or the build stops.
 */
const cssStrategy = {
  ...defaultStrategy,
  minifyCSS(css, options) {
    const placeholder = /@TEMPLATE_EXPRESSION_*\(\);/;
    if (!css.includes('{')) {
      if (placeholder.test(css)) throw new Error('a css`` of declarations alone has an interpolation: not supported');
      return transformStyleAttribute({ filename: 'declarations.css', code: Buffer.from(css), minify: true }).code.toString();
    }
    const values = new RegExp(`:\\s*${placeholder.source}`, 'g');
    const alone = new RegExp(`\\{\\s*${placeholder.source}\\s*\\}`, 'g');
    if (placeholder.test(css.replace(values, ':value').replace(alone, '{}'))) {
      throw new Error('a css`` interpolation among declarations: lightningcss would reorder them; give it a rule of its own');
    }
    return defaultStrategy.minifyCSS(css, options);
  },
};

/**
 * Minifies the markup in html`` and the CSS in css`` templates with the Lit team's
 * @lit-labs/rollup-plugin-minify-html-literals (html-minifier-next, lightningcss): whitespace
 * between blocks and comments go, inline spacing stays.
 *
 * Never the templates @lit/localize looks up: it finds a translation by a hash of the template's
 * strings computed at run time, and the tables are keyed by the hashes of the source, so a msg()
 * template changed by one byte is shown in English in every language. Those are skipped, and the
 * build fails if any of them comes out different. The generated locale modules are left as
 * lit-localize wrote them.
 */
function minifyTemplates() {
  let translated = new Set();
  const seen = new Set();
  let ours = 0; // modules of ours transformed (none when the bench builds its peers with these plugins)
  const localized = new Map(); // module id → its localized templates, by closing backtick offset
  const options = {
    include: ['src/**/*.ts'],
    exclude: ['src/generated/**'],
    failOnError: true,
    options: { strategy: cssStrategy },
    minifyHTMLLiterals: (code, minifyOptions) => {
      const keep = localized.get(minifyOptions.fileName);
      return minifyHTMLLiterals(code, {
        ...minifyOptions,
        // A part's end is the offset of the backtick (or `${`) after it.
        shouldMinify: (template) => defaultShouldMinify(template) && !keep.has(template.parts.at(-1).end + 1),
      });
    },
  };
  const library = minifyHTML(options); // sets options.filter from include and exclude
  return {
    name: 'minify-templates',
    buildStart() {
      translated = translatedHtmlIds();
      if (translated.size === 0) this.error('no translated html message found in the locale tables: run lit-localize build first');
    },
    async transform(code, id) {
      if (!options.filter(id)) return null;
      ours += 1;
      const found = localizedTemplates(code, id, translated);
      const before = [...found.values()];
      for (const msgId of before) seen.add(msgId);
      localized.set(id, found);
      const result = await library.transform.call(this, code, id);
      localized.delete(id);
      if (!result) return null;
      const after = [...localizedTemplates(result.code, id, translated).values()];
      if (before.join() !== after.join()) {
        const changed = before.filter((msgId) => !after.includes(msgId));
        this.error(`the minifier changed a localized template, so its translations would not be found: ${changed.join(', ')}`);
      }
      return result;
    },
    buildEnd(error) {
      // The tables' html messages are found by their hash wherever they are: finding none means
      // these hashes are no longer lit-localize's, and the check above would be checking nothing.
      // (One message edited but not yet re-extracted is for `npm run translations:check`.)
      if (!error && ours > 0 && ![...translated].some((msgId) => seen.has(msgId))) {
        this.error(`none of the translated html messages (${[...translated].join(', ')}) was found in the sources: the msg() check is blind`);
      }
    },
  };
}

/** Every .ts file under a folder, but the generated ones. */
const sourceFiles = (folder) =>
  readdirSync(folder, { recursive: true })
    .map((file) => `${folder}/${file}`)
    .filter((file) => file.endsWith('.ts') && !file.startsWith('src/generated/'));

/**
 * Shortens the keys of the language chunks. lit-localize keys each translation by a 17-character
 * hash of its English, random to gzip: about 1.8 KB of every chunk. A chunk keeps the shortest
 * prefix that tells every message in xliff/ and in the sources apart, and answers the full id the
 * runtime asks for through a Proxy (the runtime only reads templates[id]). XLIFF ids and files stay
 * as they are.
 */
function shortMessageKeys() {
  let length = 17;
  return {
    name: 'short-message-keys',
    buildStart() {
      const ids = new Set(
        readdirSync('xliff').flatMap((file) => [...readFileSync(`xliff/${file}`, 'utf8').matchAll(/<trans-unit id="([^"]+)"/g)].map(([, id]) => id)),
      );
      if (ids.size === 0) this.error('no message id found in xliff/');
      // And every msg() in the sources, extracted or not yet: a new message whose prefix matched a
      // translated one would be shown that one's translation instead of its own English.
      for (const file of sourceFiles('src')) {
        for (const id of localizedTemplates(readFileSync(file, 'utf8'), file, new Set()).values()) ids.add(id);
      }
      length = 4;
      while (new Set([...ids].map((id) => id.slice(0, length))).size < ids.size) length += 1;
    },
    transform(code, id) {
      if (!localeChunk.test(id)) return null;
      let keys = 0;
      const shortened = code.replace(/^(\s*)'([sh][0-9a-f]{16})':/gm, (_, indent, key) => {
        keys += 1;
        return `${indent}'${key.slice(0, length)}':`;
      });
      if (keys === 0 || !shortened.includes('export const templates = {')) this.error(`${id}: not the shape lit-localize writes; update short-message-keys`);
      return {
        code:
          shortened.replace('export const templates = {', 'const byPrefix = {') +
          `\nexport const templates = new Proxy(byPrefix, { get: (table, id) => table[String(id).slice(0, ${length})] });\n`,
        map: null,
      };
    },
  };
}

const plugins = () => [
  resolve({ exportConditions: ['production'] }),
  minifyTemplates(),
  shortMessageKeys(),
  // UTF-8 out: esbuild otherwise writes every non-ASCII letter as \uXXXX (Arabic text grows 5×).
  esbuild({ tsconfig: 'tsconfig.build.json', target: 'es2021', minify: true, legalComments: 'none', charset: 'utf8' }),
  shareDecoratorHelper(),
  stripMessageDescriptions(),
  compileHints(),
];

const localeChunk = /src\/generated\/locales\/([\w-]+)\.ts$/;

export default [
  // The CDN module: all three elements in one file, English built in, each other locale a lazy
  // chunk in locales/. One file on purpose: split into shared chunks it gzips 15% larger.
  {
    input: 'src/index.ts',
    // Keep one file for the entry instead of a facade plus a shared chunk.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: 'clog-widgets.js',
      chunkFileNames: (chunk) => {
        const locale = chunk.facadeModuleId?.match(localeChunk)?.[1];
        return locale ? `locales/${locale}.js` : 'chunks/[name]-[hash].js';
      },
    },
    plugins: plugins(),
  },
  // One CDN module per element, for a page that uses only one or two: they share Lit and the
  // rest in element-chunks/ (and their own locale chunks), so a banner-only page loads only what
  // the banner needs. Use these or the all-in-one on a page, not both (each brings its own Lit).
  {
    input: {
      'clog-checker': 'src/components/checker/define.ts',
      'clog-massage-stepper': 'src/components/massage-stepper/define.ts',
      'clog-red-flag-banner': 'src/components/red-flag-banner/define.ts',
    },
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: (chunk) => {
        const locale = chunk.facadeModuleId?.match(localeChunk)?.[1];
        return locale ? `element-chunks/locales/${locale}.js` : 'element-chunks/shared-[hash].js';
      },
    },
    plugins: plugins(),
  },
  // The classic script for CMSs that take no modules: every locale inside.
  {
    input: 'src/index.ts',
    output: {
      file: 'dist/clog-widgets.classic.js',
      format: 'iife',
      name: 'ClogWidgets',
      inlineDynamicImports: true,
    },
    plugins: plugins(),
  },
];
