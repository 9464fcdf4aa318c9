import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { sharedStyles } from '../../src/styles/shared.styles.js';

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
  events?: { name: string }[];
}

// What editors' tooling and Storybook read: custom-elements.json, written by the build.
async function declarations(): Promise<Map<string, Declaration>> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: Declaration[] }[] };
  const byTag = new Map<string, Declaration>();
  for (const module of manifest.modules) for (const declaration of module.declarations ?? []) if (declaration.tagName) byTag.set(declaration.tagName, declaration);
  return byTag;
}

/** Every part name rendered anywhere in an element's shadow root. */
function renderedParts(element: Element): string[] {
  return [...(element.shadowRoot?.querySelectorAll('[part]') ?? [])].flatMap((node) => node.getAttribute('part')!.split(/\s+/));
}

describe('custom-elements.json', () => {
  for (const tag of ['clog-checker', 'clog-massage-stepper', 'clog-red-flag-banner'] as const) {
    it(`documents every attribute <${tag}> observes`, async () => {
      const documented = ((await declarations()).get(tag)?.attributes ?? []).map((attribute) => attribute.name).sort();
      const observed = [...((customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes)].sort();
      expect(documented).to.deep.equal(observed);
    });
  }

  it('documents every part the widgets render, and the custom properties and events', async () => {
    const byTag = await declarations();
    const page = await fixture(html`<div>
      <clog-checker></clog-checker><clog-massage-stepper></clog-massage-stepper><clog-red-flag-banner compact></clog-red-flag-banner>
    </div>`);
    for (const element of page.children) {
      const documented = (byTag.get(element.localName)?.cssParts ?? []).map((part) => part.name);
      for (const part of renderedParts(element)) expect(documented, `${element.localName} part "${part}"`).to.include(part);
      // Every --clog-* property the shared styles read is documented, and nothing else.
      const used = [...new Set(sharedStyles.cssText.match(/--clog-[a-z-]+/g))].sort();
      const listed = (byTag.get(element.localName)?.cssProperties ?? []).map((property) => property.name).sort();
      expect(listed, `${element.localName} custom properties`).to.deep.equal(used);
    }
    expect(byTag.get('clog-checker')?.events?.map((event) => event.name)).to.deep.equal(['clog-result', 'clog-restart']);
    expect(byTag.get('clog-massage-stepper')?.events?.map((event) => event.name)).to.deep.equal(['clog-step-change', 'clog-complete']);
  });
});
