import resolve from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

const plugins = () => [
  resolve({ exportConditions: ['production'] }),
  esbuild({ tsconfig: 'tsconfig.build.json', target: 'es2021', minify: true, legalComments: 'none' }),
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
