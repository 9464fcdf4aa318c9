import { html, type TemplateResult } from 'lit';
import type { Decorator } from '@storybook/web-components-vite';
import { SCREENS, type ScreenId } from '../src/content/screens.js';
import type { WarningSignId } from '../src/content/warning-signs.js';

/** The theme toolbar wins over the story's own `theme` control unless it says "as the story sets it". */
export function themeOf(args: { theme?: string }, globals: { theme?: string }): string {
  return globals.theme && globals.theme !== 'story' ? globals.theme : (args.theme ?? 'light');
}

/** A 320 px column: the narrowest phone the widgets must fit. */
export const narrowPhone: Decorator = (story) => html`<div class="sb-narrow">${story() as TemplateResult}</div>`;

/** A checker's answer, named by what a reader does: tick a sign, or a button of the screen. */
export type Pick = { tick: WarningSignId } | 'none' | 'not-sure' | 'yes' | 'no';

// The answer buttons in the order shown: Continue, None of these, Not sure (signs screens);
// Yes, No, Not sure (questions).
const BUTTON: Record<Exclude<Pick, { tick: WarningSignId }>, number> = { yes: 0, none: 1, no: 1, 'not-sure': 2 };

/**
 * Answers the checker as a reader would: each pick answers the screen on show. A tick picks the
 * sign by its id (it must be on the screen on show) and then taps Continue. Driven by ids, so that
 * adding a screen or a sign cannot silently change which result a story shows.
 */
export async function answer(canvas: HTMLElement, picks: readonly Pick[]): Promise<void> {
  const checker = canvas.querySelector('clog-checker');
  if (!checker) throw new Error('no <clog-checker> in the story');
  for (const pick of picks) {
    await checker.updateComplete;
    const root = checker.shadowRoot;
    if (!root) throw new Error('the checker has not rendered');
    if (typeof pick === 'object') {
      const screen = SCREENS.find((s) => s.kind === 'signs' && (s.items as readonly string[]).includes(pick.tick));
      const index = screen && screen.kind === 'signs' ? (screen.items as readonly string[]).indexOf(pick.tick) : -1;
      root.querySelectorAll<HTMLElement>('[part="sign"]')[index]?.click();
      await checker.updateComplete;
      root.querySelectorAll<HTMLElement>('[part="answer"]')[0]?.click();
    } else {
      root.querySelectorAll<HTMLElement>('[part="answer"]')[BUTTON[pick]]?.click();
    }
  }
  await checker.updateComplete;
}

/** "None of these" (or "No") on every screen before `id`, on the path of a reader without a fever. */
export function noneUntil(id: ScreenId): Pick[] {
  const path = SCREENS.filter((screen) => !('askIf' in screen));
  return path.slice(0, path.findIndex((screen) => screen.id === id)).map((screen) => (screen.kind === 'signs' ? 'none' : 'no'));
}
