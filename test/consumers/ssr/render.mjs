// Server rendering with @lit-labs/ssr in Node, as a developer would with the packed clog-widgets:
// all three widgets, with care-href, in the language asked for. The page loads Lit's hydration
// support before the widgets (client.js).
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { setLocale } from 'clog-widgets';

/** The whole page for `lang`. The widgets' language is global to the process: one render at a time. */
export async function renderPage(lang) {
  await setLocale(lang);
  const widgets = await collectResult(
    render(html`
      <clog-red-flag-banner compact emergency-number="911" care-href="/find-a-clinic" care-label="Find a clinic"></clog-red-flag-banner>
      <clog-massage-stepper id="self-care"></clog-massage-stepper>
      <clog-checker emergency-number="911" care-href="/find-a-clinic" stepper="self-care"></clog-checker>
    `),
  );
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>clog-widgets, server-rendered</title></head>
<body>
${widgets}
<script type="module" src="/ssr-client.js"></script>
</body>
</html>`;
}
