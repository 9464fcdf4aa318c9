// The demo's language picker: what a publisher with a multilingual site would wire up.
import { setLocale } from '../dist/clog-widgets.js';

const picker = document.querySelector('#language');
picker.addEventListener('change', () => setLocale(picker.value));
