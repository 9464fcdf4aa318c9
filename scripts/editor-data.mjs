// Editors' data, generated from the Custom Elements Manifest (custom-elements.json) so that all of
// it comes from the JSDoc in src/:
// - dist/vscode.html-custom-data.json and dist/vscode.css-custom-data.json for VS Code
//   ("html.customData" and "css.customData" settings);
// - dist/web-types.json for JetBrains IDEs (package.json "web-types").
// Run by `npm run build` after the analyzer.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** The package entry that registers each tag: the define module's path as a subpath export. */
const entryFor = Object.fromEntries(
  Object.entries(pkg.exports)
    .filter(([, target]) => typeof target === 'object' && /\/define\.js$/.test(target.default))
    .map(([subpath, target]) => [target.default.replace(/^\.\//, ''), `${pkg.name}/${subpath.replace(/^\.\//, '')}`]),
);

const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .map((declaration) => {
      const definedIn = manifest.modules.find((m) =>
        m.exports?.some((e) => e.kind === 'custom-element-definition' && e.name === declaration.tagName),
      );
      return { ...declaration, entry: definedIn ? entryFor[definedIn.path] : pkg.name };
    }),
);

/** `'light' | 'dark' | 'auto'` → ['light', 'dark', 'auto']; undefined unless every part is a literal. */
function literals(typeText) {
  const parts = (typeText ?? '').split('|').map((part) => part.trim()).filter((part) => part !== 'undefined' && part !== 'null');
  if (!parts.length) return undefined;
  const values = parts.map((part) => part.match(/^'([^']*)'$/)?.[1] ?? part.match(/^"([^"]*)"$/)?.[1] ?? (/^-?\d+(\.\d+)?$/.test(part) ? part : undefined));
  return values.every((value) => value !== undefined) ? values : undefined;
}

const describe = (element) => [element.summary, element.description].filter(Boolean).join('\n\n');
const eventsOf = (element) => (element.events ?? []).filter((event) => event.name);

function vscodeHtml() {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tagName,
      description: {
        kind: 'markdown',
        value: [
          describe(element),
          eventsOf(element).length ? `**Events:** ${eventsOf(element).map((e) => `\`${e.name}\` (${e.type?.text ?? 'Event'}): ${e.description ?? ''}`).join('; ')}` : '',
          (element.cssParts ?? []).length ? `**Parts:** ${element.cssParts.map((p) => `\`${p.name}\``).join(', ')}` : '',
          `Registered by \`import '${element.entry}'\`.`,
        ]
          .filter(Boolean)
          .join('\n\n'),
      },
      attributes: (element.attributes ?? []).map((attribute) => {
        const values = literals(attribute.type?.text);
        return {
          name: attribute.name,
          description: [attribute.description, attribute.type?.text && `Type: \`${attribute.type.text}\``, attribute.default && `Default: \`${attribute.default}\``]
            .filter(Boolean)
            .join('\n\n'),
          ...(attribute.type?.text === 'boolean' ? { valueSet: 'v' } : values ? { values: values.map((name) => ({ name })) } : {}),
        };
      }),
    })),
  };
}

function vscodeCss() {
  const properties = new Map();
  const parts = new Map();
  for (const element of elements) {
    for (const property of element.cssProperties ?? []) {
      properties.set(property.name, {
        name: property.name,
        description: [property.description, property.default && `Default: \`${property.default}\``].filter(Boolean).join('\n\n'),
      });
    }
    for (const part of element.cssParts ?? []) {
      const name = `::part(${part.name})`;
      const entry = parts.get(name) ?? { name, description: '' };
      entry.description = [entry.description, `\`<${element.tagName}>\`: ${part.description ?? ''}`].filter(Boolean).join('\n\n');
      parts.set(name, entry);
    }
  }
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-css-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    properties: [...properties.values()],
    pseudoElements: [...parts.values()],
  };
}

function webTypes() {
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elements.map((element) => ({
          name: element.tagName,
          description: describe(element),
          source: { module: element.entry, symbol: element.name },
          attributes: (element.attributes ?? []).map((attribute) => {
            const values = literals(attribute.type?.text);
            return {
              name: attribute.name,
              description: attribute.description,
              ...(attribute.default ? { default: attribute.default } : {}),
              value: attribute.type?.text === 'boolean' ? { kind: 'no-value', type: 'boolean' } : { type: attribute.type?.text ?? 'string' },
              ...(values ? { values: values.map((name) => ({ name })) } : {}),
            };
          }),
          events: eventsOf(element).map((event) => ({ name: event.name, description: event.description })),
          js: {
            properties: (element.members ?? [])
              .filter((member) => member.kind === 'field')
              .map((member) => ({ name: member.name, description: member.description, type: member.type?.text })),
            events: eventsOf(element).map((event) => ({ name: event.name, description: event.description, type: event.type?.text })),
          },
          css: {
            parts: (element.cssParts ?? []).map((part) => ({ name: part.name, description: part.description })),
            properties: (element.cssProperties ?? []).map((property) => ({ name: property.name, description: property.description })),
          },
        })),
      },
    },
  };
}

mkdirSync('dist', { recursive: true });
const write = (file, data) => writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
write('dist/vscode.html-custom-data.json', vscodeHtml());
write('dist/vscode.css-custom-data.json', vscodeCss());
write('dist/web-types.json', webTypes());
