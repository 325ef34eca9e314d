import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { PollController } from '../../src/components/funding-instructions/poll-controller.js';

class PollHost extends LitElement {
  rounds = 0;
  changed = false;
  readonly poll = new PollController(this, {
    tick: () => {
      this.rounds++;
      return Promise.resolve(this.changed);
    },
    interval: () => 20,
    maxInterval: 200,
  });
}
customElements.define('funding-poll-host', PollHost);

describe('funding-instructions polling', () => {
  it('polls while wanted, backs off when nothing changes, and stops when removed', async () => {
    const host = await fixture<PollHost>(html`<funding-poll-host></funding-poll-host>`);
    host.poll.set(true);
    await waitUntil(() => host.rounds >= 3, 'no polling', { timeout: 2000 });
    const started = Date.now();
    const at = host.rounds;
    await waitUntil(() => host.rounds >= at + 2, 'stopped', { timeout: 2000 });
    // 20 ms grows by half each quiet round: the next two rounds took longer than 2 × 20 ms.
    expect(Date.now() - started).to.be.greaterThan(60);
    host.remove();
    const after = host.rounds;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(host.rounds).to.equal(after);
  });

  it('does not poll when not wanted', async () => {
    const host = await fixture<PollHost>(html`<funding-poll-host></funding-poll-host>`);
    host.poll.set(true);
    host.poll.set(false);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(host.rounds).to.equal(0);
  });

  it('pauses while the page is hidden and checks at once when it shows again', async () => {
    const host = await fixture<PollHost>(html`<funding-poll-host></funding-poll-host>`);
    let hidden = false;
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
    try {
      host.poll.set(true);
      await waitUntil(() => host.rounds >= 1, 'no polling', { timeout: 2000 });
      hidden = true;
      document.dispatchEvent(new Event('visibilitychange'));
      const paused = host.rounds;
      await new Promise((resolve) => setTimeout(resolve, 250));
      expect(host.rounds).to.equal(paused);
      hidden = false;
      document.dispatchEvent(new Event('visibilitychange'));
      expect(host.rounds).to.equal(paused + 1);
    } finally {
      delete (document as { hidden?: boolean }).hidden;
      host.remove();
    }
  });
});
