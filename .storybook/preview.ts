import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { setLocale } from '../src/index.js';

interface Member {
  privacy?: string;
  static?: boolean;
}
type Manifest = { modules: { declarations?: { members?: Member[] }[] }[] };

/** The public API only: private and protected members (internal state) stay out of the docs. */
function publicApi(full: Manifest): Manifest {
  return {
    ...full,
    modules: full.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter((member) => (member.privacy ?? 'public') === 'public' && !member.static),
      })),
    })),
  };
}

// Autodocs and controls come from the manifest the analyzer writes from the JSDoc in src/.
setCustomElementsManifest(publicApi(manifest as Manifest));

/**
 * The language toolbar is a global applied by one decorator: the widgets' language is global to
 * the page (setLocale), so per-story loaders would fight over it. The theme toolbar is read by
 * each story's render (stories/helpers.ts); here it only darkens the page behind.
 */
const withLanguageAndTheme: Decorator = (story, context) => {
  const { locale, theme } = context.globals as { locale: string; theme: string };
  void setLocale(locale);
  document.body.classList.toggle('sb-dark', theme === 'dark' || context.args.theme === 'dark');
  return story();
};

const preview: Preview = {
  decorators: [withLanguageAndTheme],
  globalTypes: {
    locale: {
      description: 'Language of every widget',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
          { value: 'fr', title: 'Français' },
          { value: 'de', title: 'Deutsch' },
          { value: 'pt-BR', title: 'Português (Brasil)' },
          { value: 'ar', title: 'العربية (right to left)' },
        ],
      },
    },
    theme: {
      description: 'Theme of every widget',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        dynamicTitle: true,
        items: [
          { value: 'story', title: 'As the story sets it' },
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'auto', title: 'Auto (system)' },
        ],
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'story' },
  parameters: {
    controls: { expanded: true },
    docs: { toc: true },
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
