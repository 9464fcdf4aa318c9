import resolve from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

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
 * Minifies the CSS in our css`` templates (*.styles.ts): comments out, whitespace collapsed.
 * Only spaces next to { } ; , go, so selectors such as `.group [role='heading']` keep their meaning.
 */
function minifyStyles() {
  return {
    name: 'minify-styles',
    transform(code, id) {
      if (!id.endsWith('.styles.ts')) return null;
      const minified = code.replace(/css`([^`]*)`/g, (_, body) => {
        const css = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,])\s*/g, '$1')
          .replace(/;}/g, '}')
          .replace(/: /g, ':')
          .trim();
        return `css\`${css}\``;
      });
      return { code: minified, map: null };
    },
  };
}

const plugins = () => [
  resolve({ exportConditions: ['production'] }),
  minifyStyles(),
  // UTF-8 out: esbuild otherwise writes every non-ASCII letter as \uXXXX (Arabic text grows 5×).
  esbuild({ tsconfig: 'tsconfig.build.json', target: 'es2021', minify: true, legalComments: 'none', charset: 'utf8' }),
  stripMessageDescriptions(),
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
