import type { Level } from './content/levels.js';
import type { ReasonId } from './content/warning-signs.js';

/**
 * Every event the widgets fire, declared once. All bubble and cross shadow roots (`composed`), so
 * a publisher can listen on the element or on `document`. Details carry ids, never free text.
 */
export type ClogResultEvent = CustomEvent<{ level: Level; reasons: ReasonId[] }>;
export type ClogRestartEvent = CustomEvent<Record<string, never>>;
export type ClogStepChangeEvent = CustomEvent<{ step: number; total: number }>;
export type ClogCompleteEvent = CustomEvent<{ total: number }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'clog-result': ClogResultEvent;
    'clog-restart': ClogRestartEvent;
    'clog-step-change': ClogStepChangeEvent;
    'clog-complete': ClogCompleteEvent;
  }
}

type ClogEventName = 'clog-result' | 'clog-restart' | 'clog-step-change' | 'clog-complete';

/** Fires a typed clog-* event from an element. */
export function emit<K extends ClogEventName>(
  target: EventTarget,
  type: K,
  detail: GlobalEventHandlersEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
