// The Custom Elements Manifest (custom-elements.json) as tools read it: editors, Storybook, the
// JSX, VS Code and JetBrains data generated from it (scripts/editor-data.mjs). The analyzer reads
// src/; these plugins make what it writes describe the package that ships:
// - module paths are the shipped files (dist/lib/**/*.js), and every reference resolves;
// - only the public API: the entry points' exports, the elements and their base class, without
//   private or protected members;
// - attribute and property types are literal unions ('light' | 'dark' | 'auto'), not alias names;
// - each define module has its custom-element-definition export (we register through
//   defineElement(), which the analyzer does not recognise).
import path from 'node:path';
import ts from 'typescript';

/** The modules a user can import (package.json "exports"), in source form. */
const ENTRY_MODULES = [
  'src/index.ts',
  'src/classes.ts',
  'src/components/checker/define.ts',
  'src/components/massage-stepper/define.ts',
  'src/components/red-flag-banner/define.ts',
];

/** src/x.ts → dist/lib/x.js: where tsc writes each module in the package. */
const shippedPath = (source) => source.replace(/^src\//, 'dist/lib/').replace(/\.ts$/, '.js');

/** A module reference as the analyzer writes it (relative, absolute, .js or .ts) → 'src/….ts'. */
function canonical(reference, from) {
  let target = reference.startsWith('.') ? path.posix.join(path.posix.dirname(from), reference) : reference;
  target = target.replace(/^\//, '').replace(/\.js$/, '.ts');
  return target;
}

/** Registrations through defineElement('clog-x', ClogX): custom-element-definition exports. */
function defineElementCalls() {
  return {
    name: 'clog-define-element',
    analyzePhase({ ts: analyzerTs, node, moduleDoc }) {
      if (!analyzerTs.isSourceFile(node)) return;
      const imports = new Map();
      for (const statement of node.statements) {
        if (!analyzerTs.isImportDeclaration(statement)) continue;
        const bindings = statement.importClause?.namedBindings;
        if (!bindings || !analyzerTs.isNamedImports(bindings)) continue;
        for (const element of bindings.elements) imports.set(element.name.text, statement.moduleSpecifier.text);
      }
      const visit = (child) => {
        if (
          analyzerTs.isCallExpression(child) &&
          analyzerTs.isIdentifier(child.expression) &&
          child.expression.text === 'defineElement' &&
          analyzerTs.isStringLiteral(child.arguments[0]) &&
          analyzerTs.isIdentifier(child.arguments[1])
        ) {
          const className = child.arguments[1].text;
          const from = imports.get(className);
          moduleDoc.exports ??= [];
          moduleDoc.exports.push({
            kind: 'custom-element-definition',
            name: child.arguments[0].text,
            declaration: { name: className, module: from ? canonical(from, moduleDoc.path) : moduleDoc.path },
          });
        }
        analyzerTs.forEachChild(child, visit);
      };
      visit(node);
    },
  };
}

/** Every exported type alias that is a union of literals, as TypeScript sees it: name → `'a' | 'b'`. */
function literalUnions(files) {
  const program = ts.createProgram(files, { target: ts.ScriptTarget.ES2021, module: ts.ModuleKind.ES2022, moduleResolution: ts.ModuleResolutionKind.Bundler, strict: true, noEmit: true, experimentalDecorators: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const unions = new Map();
  const conflicting = new Set();
  const literal = (type) => {
    if (type.isStringLiteral()) return `'${type.value}'`;
    if (type.isNumberLiteral()) return String(type.value);
    return undefined;
  };
  for (const file of program.getSourceFiles()) {
    if (file.isDeclarationFile) continue;
    ts.forEachChild(file, (node) => {
      if (!ts.isTypeAliasDeclaration(node)) return;
      const type = checker.getTypeAtLocation(node.name);
      const types = type.isUnion() ? [...type.types] : [type];
      // Numbers in order; strings as TypeScript lists them (the order they were declared in).
      if (types.every((t) => t.isNumberLiteral())) types.sort((a, b) => a.value - b.value);
      const parts = types.map(literal);
      if (parts.some((part) => part === undefined)) return;
      const text = parts.join(' | ');
      const name = node.name.text;
      if (unions.has(name) && unions.get(name) !== text) conflicting.add(name);
      unions.set(name, text);
    });
  }
  for (const name of conflicting) unions.delete(name);
  return unions;
}

function publicApi({ sources }) {
  return {
    name: 'clog-public-api',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const modules = new Map(manifest.modules.map((module) => [module.path, module]));
      const declarationIn = (modulePath, name) => modules.get(modulePath)?.declarations?.find((d) => d.name === name);

      // 1. `export * from './x.js'` becomes x's exports, one by one.
      const expandStars = (module, seen = new Set()) => {
        if (seen.has(module.path)) return module.exports ?? [];
        seen.add(module.path);
        module.exports = (module.exports ?? []).flatMap((entry) => {
          if (entry.name !== '*') return [entry];
          const target = modules.get(canonical(entry.declaration.module, module.path));
          return target ? expandStars(target, seen).filter((e) => e.kind === 'js') : [];
        });
        return module.exports;
      };
      for (const module of manifest.modules) expandStars(module);

      // 2. Every reference points at the module that declares it; a type-only export (no
      //    declaration in the manifest's sense) is dropped.
      const declaredNames = new Map();
      for (const module of manifest.modules) {
        for (const declaration of module.declarations ?? []) {
          declaredNames.set(declaration.name, declaredNames.has(declaration.name) ? null : module.path);
        }
      }
      const resolve = (name, modulePath, depth = 0) => {
        if (declarationIn(modulePath, name)) return modulePath;
        const reexport = modules.get(modulePath)?.exports?.find((e) => e.kind === 'js' && e.name === name);
        if (reexport && depth < 10) {
          const next = canonical(reexport.declaration.module ?? modulePath, modulePath);
          if (next !== modulePath) return resolve(reexport.declaration.name, next, depth + 1);
        }
        return declaredNames.get(name) ?? undefined;
      };
      for (const module of manifest.modules) {
        module.exports = (module.exports ?? []).flatMap((entry) => {
          const found = resolve(entry.declaration.name, canonical(entry.declaration.module ?? module.path, module.path));
          return found ? [{ ...entry, declaration: { name: entry.declaration.name, module: found } }] : [];
        });
        for (const declaration of module.declarations ?? []) {
          if (declaration.superclass?.module) {
            declaration.superclass.module = resolve(declaration.superclass.name, canonical(declaration.superclass.module, module.path));
          }
        }
      }

      // 3. Only what the entry points reach: their exports' declarations and the elements' base classes.
      const kept = new Set();
      const keep = (modulePath, name) => {
        const key = `${modulePath}#${name}`;
        if (kept.has(key)) return;
        kept.add(key);
        const superclass = declarationIn(modulePath, name)?.superclass;
        if (superclass?.module) keep(superclass.module, superclass.name);
      };
      for (const entry of ENTRY_MODULES) {
        for (const e of modules.get(entry)?.exports ?? []) keep(e.declaration.module, e.declaration.name);
      }
      const entries = new Set(ENTRY_MODULES);
      manifest.modules = manifest.modules.filter((module) => {
        module.declarations = (module.declarations ?? []).filter((d) => kept.has(`${module.path}#${d.name}`));
        if (!entries.has(module.path)) module.exports = module.exports.filter((e) => kept.has(`${e.declaration.module}#${e.declaration.name}`));
        return entries.has(module.path) || module.declarations.length > 0;
      });

      // 4. Public members only; alias names spelled out as their literal values.
      const unions = literalUnions(sources);
      const spell = (type) => {
        if (!type?.text) return;
        type.text = type.text.replace(/\b[A-Z]\w*\b/g, (name) => unions.get(name) ?? name);
      };
      for (const module of manifest.modules) {
        for (const declaration of module.declarations) {
          if (declaration.members) {
            declaration.members = declaration.members.filter((m) => (m.privacy ?? 'public') === 'public' && !m.static);
          }
          for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) spell(item.type);
        }
      }

      // 5. Paths of the shipped files, everywhere a module is named.
      const rewrite = (value) => {
        if (Array.isArray(value)) value.forEach(rewrite);
        else if (value && typeof value === 'object') {
          for (const [key, child] of Object.entries(value)) {
            if ((key === 'module' || key === 'path') && typeof child === 'string' && /^src\/.*\.ts$/.test(child)) value[key] = shippedPath(child);
            else rewrite(child);
          }
        }
      };
      rewrite(manifest.modules);
    },
  };
}

const globs = ['src/**/*.ts'];
const exclude = ['src/generated/locales/**', 'src/**/*.styles.ts', 'src/react/**', 'src/attributes.ts'];

export default {
  globs,
  exclude,
  litelement: true,
  plugins: [defineElementCalls(), publicApi({ sources: ENTRY_MODULES })],
};
