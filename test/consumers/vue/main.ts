import { createApp } from 'vue';
import type {} from 'clog-widgets/vue';
import 'clog-widgets';
import App from './App.vue';

const app = createApp(App);
// With the runtime template compiler; with Vite, the same function goes in
// vue({ template: { compilerOptions: { isCustomElement } } }).
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('clog-');
app.mount('#app');
