/**
 * The one configureLocalization call, and how the page's language is chosen:
 * setLocale() > a `lang` attribute on any clog-* element > `<html lang>` > English.
 * Exact match first, then the base language (`es-MX` → `es`, `pt-PT` → `pt-BR`).
 *
 * On a server (no `window`: @lit-labs/ssr in Node) there is no page to read and @lit/localize's
 * runtime mode cannot announce a change (it dispatches on `window`), so the reentrant mode is
 * configured instead: `setLocale()` loads the language and every msg() after it renders in it.
 * The language is global to the process, as in the browser: render one language at a time.
 */
import { configureLocalization, type LocaleModule } from '@lit/localize';
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import { allLocales, sourceLocale, targetLocales } from './generated/locale-codes.js';
import { warnOnce } from './internal/warn.js';

export type LocaleCode = (typeof allLocales)[number];
type TargetLocale = (typeof targetLocales)[number];

// One static import() per locale: the bundler turns each into its own lazy chunk.
const loaders: Record<TargetLocale, () => Promise<LocaleModule>> = {
  es: () => import('./generated/locales/es.js'),
  fr: () => import('./generated/locales/fr.js'),
  de: () => import('./generated/locales/de.js'),
  'pt-BR': () => import('./generated/locales/pt-BR.js'),
  ar: () => import('./generated/locales/ar.js'),
};

const RTL_LOCALES: readonly string[] = ['ar'];
const CLOG_TAGS = ['clog-checker', 'clog-massage-stepper', 'clog-red-flag-banner'] as const;

const inBrowser = typeof window !== 'undefined' && typeof document !== 'undefined';
/** The server's language and the translations it has loaded (unused in a browser). */
let serverLocale: LocaleCode = sourceLocale;
const serverModules = new Map<string, LocaleModule>();

let lit: ReturnType<typeof configureLocalization> | undefined;
try {
  if (inBrowser) {
    lit = configureLocalization({
      sourceLocale,
      targetLocales,
      loadLocale: (locale) => loaders[locale as TargetLocale](),
    });
  } else {
    configureReentrantLocalization({
      sourceLocale,
      targetLocales: [...targetLocales],
      getLocale: () => serverLocale,
      loadLocaleSync: (locale) => serverModules.get(locale),
    });
  }
} catch {
  // @lit/localize allows one configuration per copy; a host app sharing our copy already made one.
  warnOnce('localize', 'another @lit/localize configuration owns this page; the widgets will show English.');
}

let chosen: string | undefined;
let requested: LocaleCode = sourceLocale;
let observer: MutationObserver | undefined;
let lastTag = '';
/** The language being loaded in the browser, if any; settles when it has loaded or failed to. */
let loading: Promise<unknown> = Promise.resolve();
/** Connected widgets: re-rendered when the page's language tag changes within one locale (en-US → en-GB). */
const widgets = new Set<{ requestUpdate(): void }>();

/** Finds the supported locale for a BCP 47 tag, or undefined when there is none. */
export function matchLocale(tag: string): LocaleCode | undefined {
  const wanted = tag.trim().toLowerCase();
  if (!wanted) return undefined;
  const exact = allLocales.find((code) => code.toLowerCase() === wanted);
  if (exact) return exact;
  const base = wanted.split(/[-_]/)[0];
  return allLocales.find((code) => code.toLowerCase().split('-')[0] === base);
}

/** The language tag the page asks for, before matching (e.g. `en-US`, `es-MX`). */
function pageLanguage(): string {
  if (chosen) return chosen;
  if (!inBrowser) return sourceLocale;
  const element = document.querySelector<HTMLElement>(CLOG_TAGS.map((tag) => `${tag}[lang]`).join(','));
  const fromElement = element?.getAttribute('lang')?.trim();
  if (fromElement) return fromElement;
  return document.documentElement.getAttribute('lang')?.trim() || sourceLocale;
}

/**
 * The page's language tag as last read (on connect and on every `lang` change): no look at the
 * page, for what renders often, such as the default temperature unit.
 */
export function currentLanguageTag(): string {
  return lastTag || pageLanguage();
}

function resolve(): LocaleCode {
  const language = pageLanguage();
  const match = matchLocale(language);
  if (match) return match;
  warnOnce(`locale:${language}`, `no translation for language "${language}"; showing English.`);
  return sourceLocale;
}

function apply(): Promise<void> {
  return inBrowser ? applyInBrowser() : applyOnServer();
}

async function applyInBrowser(): Promise<void> {
  const tag = pageLanguage();
  if (tag !== lastTag) {
    lastTag = tag;
    for (const widget of widgets) widget.requestUpdate();
  }
  const next = resolve();
  if (!lit || next === requested) return;
  requested = next;
  loading = lit.setLocale(next);
  try {
    await loading;
  } catch (error) {
    // @lit/localize hands every request the same promise while one loads: warn only for the
    // language still asked for, which is the one that failed.
    if (requested === next) warnOnce(`load:${next}`, `could not load the "${next}" translation (${String(error)}); showing English.`);
  }
}

async function applyOnServer(): Promise<void> {
  const next = resolve();
  if (next !== sourceLocale && !serverModules.has(next)) {
    try {
      serverModules.set(next, await loaders[next as TargetLocale]());
    } catch (error) {
      warnOnce(`load:${next}`, `could not load the "${next}" translation (${String(error)}); showing English.`);
      serverLocale = sourceLocale;
      return;
    }
  }
  serverLocale = next;
}

/**
 * Settles once the language the page asks for has loaded. A server-rendered widget waits for it
 * before hydrating, so that it hydrates the words the server rendered.
 */
export function languageReady(): Promise<void> {
  return loading.then(
    () => undefined,
    () => undefined,
  );
}

/**
 * Starts following the page's language. Called by every widget when it connects; cheap after the
 * first call. Watches `lang` anywhere in the document so a change re-renders every widget live.
 */
export function followPageLanguage(widget: { requestUpdate(): void }): void {
  widgets.add(widget);
  if (!observer) {
    observer = new MutationObserver(() => void apply());
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  void apply();
}

export function unfollowPageLanguage(widget: { requestUpdate(): void }): void {
  widgets.delete(widget);
}

/**
 * Sets the language of every widget on the page, overriding `lang` attributes.
 * Accepts any BCP 47 tag; an unsupported one shows English with one console warning.
 * On a server, sets the language of what is rendered next (await it before rendering).
 */
export function setLocale(tag: string): Promise<void> {
  chosen = tag;
  return apply();
}

/** The locale the widgets are showing now. */
export function getLocale(): LocaleCode {
  if (!inBrowser) return serverLocale;
  return (lit?.getLocale() as LocaleCode | undefined) ?? sourceLocale;
}

export function localeDirection(locale: string): 'ltr' | 'rtl' {
  return RTL_LOCALES.includes(locale.split('-')[0]) ? 'rtl' : 'ltr';
}

export { allLocales, sourceLocale };
