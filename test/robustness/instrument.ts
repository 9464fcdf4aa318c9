/**
 * Counts what a script leaves behind on the page: listeners on `window` and `document`, timers
 * and animation frames not yet fired or cleared, and observers created. Installed when this module
 * is imported, before any widget connects, by wrapping the browser's own functions (which still do
 * their job). Tests only.
 */
type Listener = { target: string; type: string; listener: EventListenerOrEventListenerObject; capture: boolean };

const listeners: Listener[] = [];
const intervals = new Set<number>();
const timeouts = new Set<number>();
const frames = new Set<number>();
let observersCreated = 0;

const capture = (options?: boolean | EventListenerOptions) => (typeof options === 'boolean' ? options : Boolean(options?.capture));

function watchListeners(target: Window | Document, name: string): void {
  const add = target.addEventListener.bind(target);
  const remove = target.removeEventListener.bind(target);
  const find = (type: string, listener: EventListenerOrEventListenerObject, useCapture: boolean) =>
    listeners.findIndex((entry) => entry.target === name && entry.type === type && entry.listener === listener && entry.capture === useCapture);
  target.addEventListener = (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) => {
    // The browser ignores a second identical listener; so does the count. `once` listeners are counted until removed.
    if (listener && find(type, listener, capture(options)) < 0 && !(typeof options === 'object' && options.signal)) {
      listeners.push({ target: name, type, listener, capture: capture(options) });
    }
    add(type, listener as EventListenerOrEventListenerObject, options);
  };
  target.removeEventListener = (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) => {
    const index = listener ? find(type, listener, capture(options)) : -1;
    if (index >= 0) listeners.splice(index, 1);
    remove(type, listener as EventListenerOrEventListenerObject, options);
  };
}

watchListeners(window, 'window');
watchListeners(document, 'document');

const { setTimeout: nativeSetTimeout, clearTimeout: nativeClearTimeout, setInterval: nativeSetInterval, clearInterval: nativeClearInterval } = window;
const { requestAnimationFrame: nativeFrame, cancelAnimationFrame: nativeCancelFrame } = window;

window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
  const id: number = nativeSetTimeout(
    (...callArgs: unknown[]) => {
      timeouts.delete(id);
      if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...callArgs);
    },
    delay,
    ...args,
  );
  timeouts.add(id);
  return id;
}) as typeof window.setTimeout;
window.clearTimeout = ((id?: number) => {
  if (id !== undefined) timeouts.delete(id);
  nativeClearTimeout(id);
}) as typeof window.clearTimeout;
window.setInterval = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
  const id: number = nativeSetInterval(handler, delay, ...args);
  intervals.add(id);
  return id;
}) as typeof window.setInterval;
window.clearInterval = ((id?: number) => {
  if (id !== undefined) intervals.delete(id);
  nativeClearInterval(id);
}) as typeof window.clearInterval;
window.requestAnimationFrame = (callback: FrameRequestCallback) => {
  const id = nativeFrame((time) => {
    frames.delete(id);
    callback(time);
  });
  frames.add(id);
  return id;
};
window.cancelAnimationFrame = (id: number) => {
  frames.delete(id);
  nativeCancelFrame(id);
};

for (const name of ['MutationObserver', 'ResizeObserver', 'IntersectionObserver'] as const) {
  const Native = window[name] as unknown as new (...args: never[]) => object;
  (window as unknown as Record<string, unknown>)[name] = class extends Native {
    constructor(...args: never[]) {
      super(...args);
      observersCreated++;
    }
  };
}

export interface Leftovers {
  /** Listeners on window and document, by "target type". */
  readonly listeners: string[];
  readonly intervals: number;
  readonly timeouts: number;
  readonly frames: number;
  readonly observersCreated: number;
}

/** What is on the page now. */
export function leftovers(): Leftovers {
  return {
    listeners: listeners.map((entry) => `${entry.target} ${entry.type}`).sort(),
    intervals: intervals.size,
    timeouts: timeouts.size,
    frames: frames.size,
    observersCreated,
  };
}

/** Lets pending timeouts and frames fire: what is left after that was left behind. */
export async function settle(): Promise<void> {
  await new Promise((resolve) => nativeSetTimeout(resolve, 50));
  await new Promise((resolve) => nativeFrame(resolve));
}
