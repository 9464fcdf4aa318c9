/**
 * The stepper's `remember` slot: the step number, in this tab's sessionStorage, and nothing else
 * (no cookie, nothing that outlives the tab). Only called when the publisher opts in.
 *
 * Storage can be blocked (privacy settings, sandboxed frames): then reading finds nothing and
 * writing does nothing, and the stepper works as if it had never been asked to remember.
 */
export const STEP_STORAGE_KEY = 'clog-widgets:massage-stepper:step';

/** The remembered step, if a whole number from 1 to `total` is stored; otherwise undefined. */
export function readStep(total: number): number | undefined {
  let stored: string | null;
  try {
    stored = sessionStorage.getItem(STEP_STORAGE_KEY);
  } catch {
    return undefined;
  }
  // Anything but a whole step number is ignored: the page may have stored something else there.
  if (!stored || !/^\d+$/.test(stored)) return undefined;
  const step = Number(stored);
  return step >= 1 && step <= total ? step : undefined;
}

/** Remembers the step; a convenience, never a requirement, so a refusal is ignored. */
export function writeStep(step: number): void {
  try {
    sessionStorage.setItem(STEP_STORAGE_KEY, String(step));
  } catch {
    // Blocked storage: see above.
  }
}
