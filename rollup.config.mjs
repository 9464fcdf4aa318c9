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
  esbuild({ tsconfig: 'tsconfig.build.json', target: 'es2021', minify: true, legalComments: 'none' }),
  stripMessageDescriptions(),
];

const localeChunk = /src\/generated\/locales\/([\w-]+)\.ts$/;

export default [
  // The CDN module: English built in, each other locale a lazy chunk next to it.
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
