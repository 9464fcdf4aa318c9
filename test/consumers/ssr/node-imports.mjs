// What Node (a server, a build tool) may import: no entry point throws for want of a browser,
// the class-only entry registers nothing, and setLocale works on a server.
import assert from 'node:assert/strict';

const classes = await import('clog-widgets/classes.js');
assert.equal(typeof classes.ClogChecker, 'function');
for (const tag of ['clog-checker', 'clog-massage-stepper', 'clog-red-flag-banner']) {
  assert.equal(customElements.get(tag), undefined, `clog-widgets/classes.js registered <${tag}>`);
}

// The CDN module's path resolves to the npm entry in Node (its "node" condition).
const cdn = await import('clog-widgets/clog-widgets.js');
for (const tag of ['clog-checker', 'clog-massage-stepper', 'clog-red-flag-banner']) {
  assert.ok(customElements.get(tag), `clog-widgets/clog-widgets.js did not register <${tag}>`);
}
await import('clog-widgets/react');
await cdn.setLocale('es-MX');
assert.equal(cdn.getLocale(), 'es');
console.log('imports in Node: classes.js registers nothing; clog-widgets.js, react load; setLocale("es-MX") → es');
