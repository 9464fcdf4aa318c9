import type { Level } from './content/levels.js';
import type { ReasonId } from './content/warning-signs.js';

/**
 * Every event the widgets fire, declared once. All bubble and cross shadow roots (`composed`), so
 * a publisher can listen on the element or on `document`. Details carry ids, never free text.
 */
export type ClogResultEvent = CustomEvent<{ level: Level; reasons: ReasonId[] }>;
export type ClogRestartEvent = CustomEvent<Record<string, never>>;

declare global {
  interface GlobalEventHandlersEventMap {
    'clog-result': ClogResultEvent;
    'clog-restart': ClogRestartEvent;
  }
}

/** Fires a typed clog-* event from an element. */
export function emit<K extends 'clog-result' | 'clog-restart'>(
  target: EventTarget,
  type: K,
  detail: GlobalEventHandlersEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
