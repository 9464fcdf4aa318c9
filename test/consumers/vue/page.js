// Vue 3 in the browser, as the README's recipe: the tags are custom elements to Vue's template
// compiler (isCustomElement), `:compact="false"` sets the property, `@clog-…` listens to events.
// The template is compiled in the page (Vue's full build); a Vite project compiles it ahead with
// the same compiler option. Bundled by the consumer test (browser.mjs).
import { createApp } from 'vue/dist/vue.esm-bundler.js';
import 'clog-widgets';

const events = [];
window.clog = { events, framework: 'Vue' };

const app = createApp({
  setup: () => ({
    onStep: (event) => events.push(`vue clog-step-change ${event.detail.step}/${event.detail.total}`),
    onResult: (event) => events.push(`vue clog-result ${event.detail.level}`),
  }),
  template: `
    <clog-red-flag-banner id="vue-banner" :compact="false" care-href="/find-a-clinic"></clog-red-flag-banner>
    <clog-massage-stepper id="vue-stepper" heading-level="3" @clog-step-change="onStep"></clog-massage-stepper>
    <clog-checker id="vue-checker" @clog-result="onResult"></clog-checker>`,
});
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('clog-');
app.mount('#root');
