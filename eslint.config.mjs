import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'src/generated/', 'storybook-static/', 'custom-elements.json', '.screenshots/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    languageOptions: { globals: globals.browser },
    rules: {
      'wc/guard-super-call': 'off', // LitElement always defines the lifecycle callbacks we call.
    },
  },
  {
    // In tests a missing element should fail loudly at the assertion that reads it.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Content and triage are pure data and logic: no Lit rendering, no DOM.
    files: ['src/content/**/*.ts', 'src/triage/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['lit', 'lit/*', 'lit-html', 'lit-html/*'], message: 'Content and triage stay free of Lit and the DOM.' }] },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'customElements', 'localStorage', 'sessionStorage', 'navigator'],
    },
  },
  {
    files: ['*.mjs', 'scripts/**/*.mjs', 'bench/**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // The consumer projects' scripts run in Node and hand functions to the browser (page.evaluate).
    files: ['test/consumers/**/*.mjs', 'test/consumers/**/*.js'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    // Code passed to page.evaluate() and the demo page run in the browser.
    files: ['demo/**/*.js', 'scripts/screenshot.mjs', 'scripts/storybook-smoke.mjs', 'bench/**/*.mjs'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);
