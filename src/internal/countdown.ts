import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A countdown an element offers (the stepper's cold pack): start, pause, resume, reset, and a
 * call when the time is up. One controller per timed thing, so two countdowns never share state.
 *
 * The time comes from timestamps, not from counting ticks: a background tab holds its intervals
 * back, and the reader must still see the right time when she comes back. The interval and
 * `visibilitychange` only ask the host to repaint. Both are removed when the host is disconnected,
 * and put back (if the countdown was running) when it is connected again.
 */
export class CountdownController implements ReactiveController {
  /** When the running countdown ends (`Date.now()` time); undefined unless running. */
  private endsAt?: number;
  /** Milliseconds left once paused or ended; undefined before a start and after a reset. */
  private stoppedAt?: number;
  private ticker?: ReturnType<typeof setInterval>;

  /**
   * @param duration - The full countdown, in milliseconds.
   * @param onEnd - Called once when the time is up (the host says so; the controller makes no sound).
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    readonly duration: number,
    private readonly onEnd?: () => void,
  ) {
    host.addController(this);
  }

  /** Counting down now. */
  get running(): boolean {
    return this.endsAt !== undefined;
  }

  /** Started and not reset: running, paused or ended. */
  get started(): boolean {
    return this.running || this.stoppedAt !== undefined;
  }

  /** Paused partway: `start()` resumes from where it stopped. */
  get paused(): boolean {
    return !this.running && (this.stoppedAt ?? 0) > 0;
  }

  /** Milliseconds left (the full duration before a start; never below 0). */
  get left(): number {
    if (this.endsAt !== undefined) return Math.max(0, this.endsAt - Date.now());
    return this.stoppedAt ?? this.duration;
  }

  /** Starts, resumes after a pause, or starts over once the time was up. */
  start(): void {
    const left = this.stoppedAt ?? this.duration;
    this.endsAt = Date.now() + (left > 0 ? left : this.duration);
    this.stoppedAt = undefined;
    this.startTicking();
    this.host.requestUpdate();
  }

  pause(): void {
    if (this.endsAt === undefined) return;
    this.stoppedAt = Math.max(0, this.endsAt - Date.now());
    this.endsAt = undefined;
    this.stopTicking();
    this.host.requestUpdate();
  }

  /** Back to the full duration, not started. */
  reset(): void {
    this.endsAt = undefined;
    this.stoppedAt = undefined;
    this.stopTicking();
    this.host.requestUpdate();
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.tick);
    if (this.running) this.startTicking();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.tick);
    this.stopTicking();
  }

  private startTicking(): void {
    this.stopTicking();
    this.ticker = setInterval(this.tick, 1000);
  }

  private stopTicking(): void {
    if (this.ticker !== undefined) clearInterval(this.ticker);
    this.ticker = undefined;
  }

  private readonly tick = (): void => {
    if (this.endsAt === undefined) return;
    if (Date.now() >= this.endsAt) {
      this.endsAt = undefined;
      this.stoppedAt = 0;
      this.stopTicking();
      this.onEnd?.();
    }
    this.host.requestUpdate();
  };
}
