import { adoptStyles, type CSSResult, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { updateWhenLocaleChanges } from '@lit/localize';
import { followPageLanguage, getLocale, languageReady, localeDirection, unfollowPageLanguage } from '../localization.js';
import { firstRenderSlot } from './first-render.js';
import { oneOf } from './validate.js';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

export const HEADING_LEVELS = [2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

/**
 * What every clog-* element shares: the page's language, the theme and the heading level.
 * Deliberately thin: one class, no mixins. The theme's custom properties apply to every element.
 *
 * @cssprop --clog-font-family - Font of all text. Default: the article's own font, inherited.
 * @cssprop [--clog-font-size=1em] - Base text size, from the text around the element; never under 14px.
 * @cssprop [--clog-color-text=#1f2328] - Text colour.
 * @cssprop [--clog-color-muted=#4d535b] - Secondary text colour.
 * @cssprop [--clog-color-background=#ffffff] - Background.
 * @cssprop [--clog-color-border=#c9ced6] - Borders.
 * @cssprop [--clog-color-accent=#1a5aa6] - Links and controls.
 * @cssprop [--clog-color-focus=#1a5aa6] - Keyboard focus ring.
 * @cssprop [--clog-color-emergency=#b3261e] - Emergency group border and label.
 * @cssprop [--clog-color-emergency-background=#fdeceb] - Emergency group background.
 * @cssprop [--clog-color-urgent=#a0234a] - Urgent-care group border and label.
 * @cssprop [--clog-color-urgent-background=#fdeef3] - Urgent-care group background.
 * @cssprop [--clog-color-today=#9a4a00] - Same-day group border and label.
 * @cssprop [--clog-color-today-background=#fff3e3] - Same-day group background.
 * @cssprop [--clog-color-appointment=#1a5aa6] - Appointment group border and label.
 * @cssprop [--clog-color-appointment-background=#edf3fb] - Appointment group background.
 * @cssprop [--clog-radius=12px] - Corner radius.
 * @cssprop [--clog-space=1em] - Inner spacing.
 * @cssstate pending - Defined but not rendered yet (it renders near the viewport or when the page is idle): keep its space reserved.
 */
export abstract class ClogElement extends LitElement {
  /** Colour scheme: `light`, `dark`, or `auto` to follow the reader's system setting. */
  @property({ reflect: true }) theme: Theme = 'light';

  /** Level of the element's main heading (2–6), to fit the article's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel: HeadingLevel = 2;

  /**
   * Rendered on a server (@lit-labs/ssr): the element arrived with a declarative shadow root. Read
   * at construction, before the first render attaches one of its own.
   */
  private readonly serverRendered = Boolean(this.shadowRoot);

  /** For `:state(pending)`, which holds until the first render so that a page's CSS can keep its space. */
  private readonly internals = this.attachInternals?.();

  constructor() {
    super();
    // A controller rather than @localized(): it works whatever the decorator order.
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    followPageLanguage(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unfollowPageLanguage(this);
  }

  /**
   * The first render waits for its slot (first-render.ts): near the viewport or when the page is
   * idle, in a task of its own, with the style sheets parsed in the task before. Meanwhile the
   * element shows its light-DOM fallback and matches `:state(pending)`, where a page keeps its space;
   * a browser that cannot say so renders at once, as it did before. A widget inside another (the
   * checker's banner) renders with its host, in one piece. A server-rendered widget is already on
   * screen: it hydrates once the page's language has loaded, the language the server rendered it in
   * (hydrating other words' templates fails).
   */
  protected override scheduleUpdate() {
    if (this.hasUpdated) return super.scheduleUpdate();
    if (this.serverRendered) return languageReady().then(() => super.scheduleUpdate());
    const insideWidget = (this.getRootNode() as Partial<ShadowRoot>).host instanceof ClogElement;
    const deferred = !insideWidget && this.setPending(true);
    const styles = (this.constructor as typeof LitElement).elementStyles;
    // The sheets are parsed (Lit makes each once per class) a task before they are adopted.
    const slot = deferred ? firstRenderSlot(this, () => styles.forEach((style) => (style as CSSResult).styleSheet)) : Promise.resolve();
    return slot.then(() => {
      super.scheduleUpdate();
      if (deferred) this.setPending(false);
    });
  }

  /** The first render, however it is reached (even a direct performUpdate()), attaches the shadow root. */
  protected override update(changed: PropertyValues): void {
    if (this.renderRoot === this) {
      (this as { renderRoot: ShadowRoot | HTMLElement }).renderRoot = this.attachShadow((this.constructor as typeof LitElement).shadowRootOptions);
      this.adoptOwnStyles();
    }
    super.update(changed);
  }

  /** Sets or clears `:state(pending)`; false where the browser cannot. */
  private setPending(on: boolean): boolean {
    try {
      this.internals?.states?.[on ? 'add' : 'delete']('pending');
      return Boolean(this.internals?.states);
    } catch {
      return false; // Chromium before 125 takes only "--pending"
    }
  }

  /**
   * No shadow root until the first render (update() attaches it): the light-DOM fallback stays
   * laid out as the page's own content. (A root attached at upgrade, showing the fallback through a
   * slot, made the browser lay the fallback out a second time.) A server-rendered widget keeps the
   * root it came with.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return this.serverRendered ? super.createRenderRoot() : this;
  }

  /**
   * Adopts the style sheets into the shadow root, copied for another window's document when the
   * element was moved there: a constructed sheet cannot be shared across documents.
   */
  private adoptOwnStyles(): void {
    const root = this.renderRoot;
    const view = this.ownerDocument.defaultView as (Window & typeof globalThis) | null;
    if (!(root instanceof ShadowRoot) || !view) return;
    const styles = (this.constructor as typeof LitElement).elementStyles;
    if (view === window) return adoptStyles(root, styles);
    root.adoptedStyleSheets = styles.flatMap((style) => {
      const sheet = style instanceof CSSStyleSheet ? style : style.styleSheet;
      if (!sheet) return [];
      const copy = new view.CSSStyleSheet();
      copy.replaceSync([...sheet.cssRules].map((rule) => rule.cssText).join('\n'));
      return [copy];
    });
  }

  /** The enumerated attributes as checked when they last changed: what the element renders from. */
  protected valid: { theme: Theme; headingLevel: HeadingLevel } = { theme: 'light', headingLevel: 2 };

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('theme')) this.valid.theme = oneOf(this.theme, THEMES, 'light', `<${this.localName}> theme`);
    if (changed.has('headingLevel')) this.valid.headingLevel = oneOf(this.headingLevel, HEADING_LEVELS, 2, `<${this.localName}> heading-level`);
  }

  /** Moved into another document (and maybe back), it adopts its style sheets again, for that document. */
  adoptedCallback(): void {
    this.adoptOwnStyles();
  }

  /** The heading level to render. */
  protected get level(): HeadingLevel {
    return this.valid.headingLevel;
  }

  /** One level below the element's heading, for its sections (never past 6). */
  protected get subLevel(): HeadingLevel {
    return Math.min(this.level + 1, 6) as HeadingLevel;
  }

  /** `lang` and `dir` for the shadow root's wrapper, so text is read and laid out in its language. */
  protected get locale(): { lang: string; dir: 'ltr' | 'rtl' } {
    const lang = getLocale();
    return { lang, dir: localeDirection(lang) };
  }
}
