import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { nextDelay, RunPoller } from '../../src/components/shared/run-poller.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A host that polls while `wanted`; each round reports `changed` or not. */
class PollHost extends LitElement {
  rounds = 0;
  changed = false;
  wanted = false;
  readonly poller = new RunPoller(this, {
    poll: () => {
      this.rounds++;
      return Promise.resolve(this.changed ? 'changed' : 'same');
    },
    interval: () => 20,
    maxInterval: () => 200,
    active: () => this.wanted,
  });

  /** Polls from the next update on while `on`, as a host whose state changed. */
  want(on: boolean): void {
    this.wanted = on;
    this.requestUpdate();
  }
}
customElements.define('run-poll-host', PollHost);

/** Makes the page look hidden or visible, as a switched tab does. */
function setVisibility(state: 'hidden' | 'visible'): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('RunPoller', () => {
  afterEach(() => {
    delete (document as { visibilityState?: unknown }).visibilityState;
  });

  it('backoff: base after a change, ×1.5 when the same, ×2 after an error, capped', () => {
    expect(nextDelay(400, 'changed', 100, 1000)).to.equal(100);
    expect(nextDelay(100, 'same', 100, 1000)).to.equal(150);
    expect(nextDelay(100, 'error', 100, 1000)).to.equal(200);
    expect(nextDelay(900, 'same', 100, 1000)).to.equal(1000);
  });

  it('polls while wanted, backs off when nothing changes, and stops when removed', async () => {
    const host = await fixture<PollHost>(html`<run-poll-host></run-poll-host>`);
    host.want(true);
    await waitUntil(() => host.rounds >= 3, 'no polling', { timeout: 2000 });
    const started = Date.now();
    const at = host.rounds;
    await waitUntil(() => host.rounds >= at + 2, 'stopped', { timeout: 2000 });
    // 20 ms grows by half each quiet round: the next two rounds took longer than 2 × 20 ms.
    expect(Date.now() - started).to.be.greaterThan(60);
    host.remove();
    const after = host.rounds;
    await sleep(300);
    expect(host.rounds).to.equal(after);
  });

  it('does not poll when not wanted', async () => {
    const host = await fixture<PollHost>(html`<run-poll-host></run-poll-host>`);
    host.want(true);
    host.want(false);
    await sleep(100);
    expect(host.rounds).to.equal(0);
  });

  it('stops when the host no longer wants it and starts again at the base interval', async () => {
    const host = await fixture<PollHost>(html`<run-poll-host></run-poll-host>`);
    host.want(true);
    await waitUntil(() => host.rounds >= 3, 'no polling', { timeout: 2000 });
    host.want(false);
    await host.updateComplete;
    expect(host.poller.scheduled).to.equal(false);
    const stopped = host.rounds;
    await sleep(100);
    expect(host.rounds).to.equal(stopped);
    host.want(true);
    await host.updateComplete;
    expect(host.poller.scheduled).to.equal(true);
    expect(host.poller.delay).to.equal(20);
    host.remove();
  });

  it('a rejected poll counts as an error: the wait doubles', async () => {
    const host = await fixture<PollHost>(html`<run-poll-host></run-poll-host>`);
    let polls = 0;
    const poller = new RunPoller(host, {
      poll: () => {
        polls++;
        return Promise.reject(new Error('offline'));
      },
      interval: () => 20,
      maxInterval: () => 1000,
      // One round only, so the delay after it stays to be read.
      active: () => polls === 0,
    });
    await waitUntil(() => polls === 1, 'no poll', { timeout: 2000 });
    await sleep(0);
    expect(poller.delay).to.equal(40);
    expect(poller.scheduled).to.equal(false);
    host.remove();
  });

  it('pauses while the page is hidden and checks at once when it shows again', async () => {
    const host = await fixture<PollHost>(html`<run-poll-host></run-poll-host>`);
    try {
      host.want(true);
      await waitUntil(() => host.rounds >= 1, 'no polling', { timeout: 2000 });
      setVisibility('hidden');
      const paused = host.rounds;
      await sleep(250);
      expect(host.rounds).to.equal(paused);
      setVisibility('visible');
      expect(host.rounds).to.equal(paused + 1);
    } finally {
      host.remove();
    }
  });
});
