/*
 * When a widget first renders. Three widgets rendering together at page load made one task of
 * about 300 ms on a phone-speed CPU. Instead each renders once it comes within a screen's height of
 * the viewport, or once the page is idle (so that it is there for screen readers, find-in-page and a
 * fast scroll), or at once before printing; and one step at a time (styles, then render), each in a
 * task of its own and, on a slow CPU, a frame apart, so that the page's layout of one widget is not
 * piled onto the render of the next.
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
  new Promise<void>((done) => (document.hidden ? setTimeout(done) : requestAnimationFrame(() => setTimeout(done))));
const nextTask = () => new Promise<void>((done) => setTimeout(done));

/*
 * Steps (a widget's styles, then its render) run in tasks of their own, as many in a frame as fit
 * in this budget: on a phone-speed CPU, where one render takes 30-60 ms, that is one step a frame,
 * so the page lays each out apart; on a fast one a page of many widgets is not held to one a frame.
 */
const FRAME_BUDGET_MS = 10;

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
  let frameStarted = -Infinity;
  try {
    while (queue.length) {
      if (performance.now() - frameStarted < FRAME_BUDGET_MS) await nextTask();
      else {
        await afterNextFrame();
        frameStarted = performance.now();
      }
      const slot = queue[0];
      if (slot?.prepare) {
        prepare(slot);
        continue; // the render in a later task
      }
      queue.shift()?.resolve();
      await null; // the render runs in the promise's reactions: let it, so that the budget counts it
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

let listening = false; // for beforeprint
const unobserved: Element[] = [];

/** Observes the widgets connected since the last call: in a task after the page's loading one. */
function observeNew() {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) release(entry.target);
    },
    { rootMargin: NEAR },
  );
  for (const element of unobserved.splice(0)) {
    if (!waiting.has(element)) continue;
    observer.observe(element);
    if ('requestIdleCallback' in window) requestIdleCallback(() => release(element), { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(() => release(element), IDLE_TIMEOUT_MS);
  }
}

/**
 * Resolves when `element` should render for the first time; runs `prepare` (say, parsing its
 * style sheets) in a task before.
 */
export function firstRenderSlot(element: Element, prepare?: () => void): Promise<void> {
  return new Promise((resolve) => {
    waiting.set(element, { prepare, resolve });
    if (typeof IntersectionObserver === 'undefined') return release(element);
    if (!listening) {
      listening = true;
      addEventListener('beforeprint', printAll);
    }
    // Making the first observer costs a phone about 9 ms: not in the task that loads the script.
    if (unobserved.push(element) === 1) setTimeout(observeNew);
  });
}
