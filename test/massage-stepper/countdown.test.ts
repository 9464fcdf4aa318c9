import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import sinon from 'sinon';
import { CountdownController } from '../../src/internal/countdown.js';

/**
 * A test-only host with two countdowns, as the stepper would have with two timed steps: a one-minute
 * and a two-minute one. It shows both times and records which ended.
 */
class TwoCountdowns extends LitElement {
  readonly ended: string[] = [];
  readonly short = new CountdownController(this, 60_000, () => this.ended.push('short'));
  readonly long = new CountdownController(this, 120_000, () => this.ended.push('long'));

  override render() {
    return html`<p>${Math.ceil(this.short.left / 1000)} ${Math.ceil(this.long.left / 1000)}</p>`;
  }
}
customElements.define('test-two-countdowns', TwoCountdowns);

describe('CountdownController', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers({ now: new Date('2026-11-24T10:00:00Z'), toFake: ['setInterval', 'clearInterval', 'Date'] });
  });
  afterEach(() => clock.restore());

  /** Seconds left on each countdown, as the host shows them. */
  const shown = (host: TwoCountdowns) => host.shadowRoot!.textContent!.trim();

  async function tick(host: TwoCountdowns, ms: number) {
    clock.tick(ms);
    await host.updateComplete;
  }

  it('two countdowns on one host keep their own time, and each says only when its own time is up', async () => {
    const host = await fixture<TwoCountdowns>(html`<test-two-countdowns></test-two-countdowns>`);
    expect(shown(host)).to.equal('60 120');
    host.short.start();
    await tick(host, 20_000);
    host.short.pause();
    host.long.start();
    await tick(host, 30_000);
    expect(shown(host), 'the paused one holds, the other runs').to.equal('40 90');
    expect([host.short.paused, host.long.running]).to.deep.equal([true, true]);

    host.short.start();
    await tick(host, 40_000);
    expect(shown(host)).to.equal('0 50');
    expect(host.ended).to.deep.equal(['short']);
    expect(host.long.running, 'the other keeps running').to.equal(true);
    expect(clock.countTimers(), 'one interval: the one still running').to.equal(1);

    host.long.reset();
    await host.updateComplete;
    expect(shown(host), 'a reset touches only its own countdown').to.equal('0 120');
    expect([host.short.started, host.long.started]).to.deep.equal([true, false]);
    expect(clock.countTimers()).to.equal(0);
  });

  it('disconnecting the host clears every interval and listener; connecting again resumes', async () => {
    const host = await fixture<TwoCountdowns>(html`<test-two-countdowns></test-two-countdowns>`);
    host.short.start();
    host.long.start();
    expect(clock.countTimers()).to.equal(2);
    const parent = host.parentElement!;
    host.remove();
    expect(clock.countTimers(), 'no interval left after removal').to.equal(0);

    // Removed, in a tab coming back after the time is up: nothing listens, so nothing ends.
    clock.setSystemTime(Date.now() + 5 * 60_000);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(host.ended, 'no visibilitychange listener left after removal').to.deep.equal([]);

    parent.append(host);
    expect(clock.countTimers(), 'running countdowns tick again once back on the page').to.equal(2);
    await tick(host, 1_000);
    expect(host.ended.sort()).to.deep.equal(['long', 'short']);
    expect(clock.countTimers()).to.equal(0);
  });
});
