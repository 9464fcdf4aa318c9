// Peer "Lit alone": one trivial element, styles and a reactive property.
import { LitElement, css, html } from 'lit';

class PeerHello extends LitElement {
  static properties = { name: {} };
  static styles = css`:host { display: block; }`;
  constructor() {
    super();
    this.name = 'World';
  }
  render() {
    return html`<p>Hello, ${this.name}!</p>`;
  }
}
customElements.define('peer-hello', PeerHello);
