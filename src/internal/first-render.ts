/*
 * When a widget first renders. Three widgets rendering together at page load made one task of
 * about 300 ms on a phone-speed CPU. Instead each renders once it comes within a screen's height of
 * the viewport, or once the page is idle (so that it is there for screen readers, find-in-page and a
 * fast scroll), or at once before printing; and one at a time, each after a frame of its own, so that
 * its styles, its render and the page's layout of it are short tasks rather than one long one.
 */

interface Slot {
  prepare?: () => void; // dropped once run
  resolve: () => void;
}

const waiting = new Map<Element, Slot>(); // not yet near the viewport nor idle
const queue: Slot[] = []; // released, rendered one at a time
const NEAR = '100% 0px'; // one viewport's height above and below
const IDLE_TIMEOUT_MS = 3000; // rendered within this even on a page that is never idle

let observer: IntersectionObserver | undefined;
let draining = false;

// After the next frame, in a task of its own. A hidden tab draws no frames: a task is enough there.
const afterNextFrame = () =>
  new Promise<void>((done) => (document.visibilityState === 'hidden' ? setTimeout(done) : requestAnimationFrame(() => setTimeout(done))));

/** Runs a slot's preparation once; a preparation that fails must not stop the widget or the queue. */
function prepare(slot: Slot) {
  const run = slot.prepare;
  slot.prepare = undefined;
  try {
    run?.();
  } catch (error) {
    console.error(error);
  }
}

async function drain() {
  if (draining) return;
  draining = true;
  try {
    while (queue.length) {
      await afterNextFrame();
      const slot = queue[0];
      if (slot?.prepare) {
        prepare(slot);
        continue; // the render in a later task
      }
      queue.shift()?.resolve();
    }
  } finally {
    draining = false;
  }
}

function release(element: Element) {
  const slot = waiting.get(element);
  if (!slot) return;
  waiting.delete(element);
  observer?.unobserve(element);
  queue.push(slot);
  void drain();
}

function printAll() {
  for (const element of [...waiting.keys()]) release(element);
  for (const slot of queue.splice(0)) {
    prepare(slot);
    slot.resolve();
  }
}

function observe(element: Element) {
  if (!observer) {
    observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) if (entry.isIntersecting) release(entry.target);
      },
      { rootMargin: NEAR },
    );
    addEventListener('beforeprint', printAll);
  }
  observer.observe(element);
  if ('requestIdleCallback' in window) requestIdleCallback(() => release(element), { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(() => release(element), IDLE_TIMEOUT_MS);
}

/**
 * Resolves when `element` should render for the first time; runs `prepare` (say, adopting its
 * style sheets) in a task before.
 */
export function firstRenderSlot(element: Element, prepare?: () => void): Promise<void> {
  return new Promise((resolve) => {
    waiting.set(element, { prepare, resolve });
    if (typeof IntersectionObserver === 'undefined') release(element);
    else observe(element);
  });
}
