import { mount } from 'svelte';
import App from './App.svelte';

window.clog = { events: [], framework: 'Svelte' };
mount(App, { target: document.getElementById('root') });
