import { html, type TemplateResult } from 'lit';
import type { Decorator } from '@storybook/web-components-vite';

/** The theme toolbar wins over the story's own `theme` control unless it says "as the story sets it". */
export function themeOf(args: { theme?: string }, globals: { theme?: string }): string {
  return globals.theme && globals.theme !== 'story' ? globals.theme : (args.theme ?? 'light');
}

/** A 320 px column: the narrowest phone the widgets must fit. */
export const narrowPhone: Decorator = (story) => html`<div class="sb-narrow">${story() as TemplateResult}</div>`;

/** Taps the checker's answer buttons by position (0 yes, 1 no, 2 not sure) as a reader would. */
export async function answer(canvas: HTMLElement, picks: readonly number[]): Promise<void> {
  const checker = canvas.querySelector('clog-checker');
  if (!checker) throw new Error('no <clog-checker> in the story');
  for (const pick of picks) {
    await checker.updateComplete;
    const buttons = checker.shadowRoot?.querySelectorAll<HTMLButtonElement>('.answer') ?? [];
    buttons[pick]?.click();
  }
  await checker.updateComplete;
}
