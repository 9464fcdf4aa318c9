// Peer "Lit + @lit/localize": the Lit element with @lit/localize's runtime mode configured once,
// as src/localization.ts does, and one msg(). The lazy locale module is a chunk of its own and is
// not counted (our locale chunks are measured separately).
import { LitElement, css, html } from 'lit';
import { configureLocalization, msg, updateWhenLocaleChanges } from '@lit/localize';

export const { getLocale, setLocale } = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['es'],
  loadLocale: () => import('./lit-localize-es.mjs'),
});

class PeerHello extends LitElement {
  static properties = { name: {} };
  static styles = css`:host { display: block; }`;
  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.name = 'World';
  }
  render() {
    return html`<p>${msg('Hello')}, ${this.name}!</p>`;
  }
}
customElements.define('peer-hello', PeerHello);
