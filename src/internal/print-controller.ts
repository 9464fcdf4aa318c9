import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the page is being printed, for what an element draws only on paper (the stepper's list of
 * every step): drawing it on every screen render would cost each reader's phone the DOM of every
 * step. `beforeprint` fires before the browser lays out the printed page (in every current browser,
 * and for a PDF made by headless Chromium), and the host's update runs in the microtasks right after.
 */
export class PrintController implements ReactiveController {
  /** From `beforeprint` to `afterprint`. */
  printing = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  private readonly set = (event: Event) => {
    this.printing = event.type === 'beforeprint';
    this.host.requestUpdate();
  };

  hostConnected(): void {
    addEventListener('beforeprint', this.set);
    addEventListener('afterprint', this.set);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.set);
    removeEventListener('afterprint', this.set);
  }
}
