// Peer "React + ReactDOM": one trivial component rendered with createRoot. React ships CommonJS
// only; bench.mjs turns both packages into one ES module first (see reactAsEsm there).
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

function Hello({ name }) {
  return createElement('p', null, 'Hello, ', name, '!');
}
createRoot(document.getElementById('root') ?? document.body).render(createElement(Hello, { name: 'World' }));
