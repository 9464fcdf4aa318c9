// Peer "Preact": one trivial component rendered into the page.
import { h, render } from 'preact';

function Hello({ name }) {
  return h('p', null, 'Hello, ', name, '!');
}
render(h(Hello, { name: 'World' }), document.getElementById('root') ?? document.body);
