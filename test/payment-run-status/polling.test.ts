import { expect } from '@open-wc/testing';
import type { PaymentRun } from '../../src/api/schemas/payment-run.js';
import { harness, mount, root, textOf, until, nextEvent } from './helpers.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Makes the page look hidden or visible, as a switched tab does. */
function setVisibility(state: 'hidden' | 'visible'): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('<payment-run-status> staying current', () => {
  afterEach(() => {
    delete (document as { visibilityState?: unknown }).visibilityState;
  });

  it('polls a run in progress and reports each change with the previous run', async () => {
    const h = harness();
    const run = await h.create(undefined, { validate: false });
    const el = await mount(h, run, { pollInterval: 20 });
    expect(el.paymentRun!.status).to.equal('QUEUED');
    const changed = nextEvent(el, 'payment-run-change');
    await h.sandbox.advance(2000);
    const { detail } = await changed;
    expect(detail.previous.status).to.equal('QUEUED');
    expect(detail.paymentRun.status).to.equal('PENDING_CONFIRMATION');
    await el.updateComplete;
    expect(textOf(el)).to.contain('Awaiting confirmation');
  });

  it('backs off while nothing changes', async () => {
    const h = harness();
    const run = await h.create();
    const times: number[] = [];
    const el = await mount(h, run, { pollInterval: 20 });
    el.pollMaxInterval = 400;
    el.addEventListener('payment-run-change', () => times.push(-1));
    const start = h.requests.length;
    const stamps: number[] = [];
    const watch = setInterval(() => {
      while (h.requests.length - start > stamps.length) stamps.push(performance.now());
    }, 2);
    await sleep(500);
    clearInterval(watch);
    // Without backoff: ~25 polls in 500 ms. With it: 20, 30, 45, 68, 101, 152 ms gaps.
    expect(stamps.length).to.be.within(3, 9);
    const gaps = stamps.slice(1).map((t, i) => t - stamps[i]);
    expect(gaps[gaps.length - 1]).to.be.greaterThan(gaps[0] * 2);
    expect(times).to.deep.equal([]);
  });

  it('pauses while the page is hidden and polls at once when it is shown again', async () => {
    const h = harness();
    const run = await h.create();
    const el = await mount(h, run, { pollInterval: 20 });
    await sleep(60);
    setVisibility('hidden');
    const paused = h.requests.length;
    await sleep(150);
    expect(h.requests.length).to.equal(paused);
    setVisibility('visible');
    await until(() => h.requests.length > paused);
    expect(h.requests[h.requests.length - 1]).to.equal(`GET /v1/payment_runs/${run.id}`);
    el.remove();
  });

  it('stops at a terminal status', async () => {
    const h = harness();
    const el = await mount(h, await h.seeded('COMPLETED'), { pollInterval: 20 });
    const after = h.requests.length;
    await sleep(120);
    expect(h.requests.length).to.equal(after);
    el.remove();
  });

  it('stops once the run becomes terminal', async () => {
    const h = harness();
    const run = await h.create();
    const el = await mount(h, run, { pollInterval: 20 });
    await el.cancel({ skipConfirmation: true });
    expect(el.paymentRun!.status).to.equal('CANCELLED');
    const after = h.requests.length;
    await sleep(120);
    expect(h.requests.length).to.equal(after);
  });

  it('stops when removed from the page', async () => {
    const h = harness();
    const el = await mount(h, await h.create(), { pollInterval: 20 });
    el.remove();
    const after = h.requests.length;
    await sleep(100);
    expect(h.requests.length).to.equal(after);
  });

  it('a failed poll marks the run as possibly out of date, with Refresh', async () => {
    const h = harness();
    const run = await h.create();
    const el = await mount(h, run, { pollInterval: 20 });
    h.sandbox.faults.add({ path: `/v1/payment_runs/${run.id}`, method: 'GET', status: 500 });
    const failed = nextEvent(el, 'payment-run-error');
    expect((await failed).detail.action).to.equal('refresh');
    await el.updateComplete;
    expect(textOf(el)).to.contain('This may be out of date');
    expect(el.matches(':state(error)')).to.equal(true);
    await expect(el).to.be.accessible();
    h.sandbox.faults.clear();
    root(el).querySelector<HTMLButtonElement>('.stale button')!.click();
    await until(() => !textOf(el).includes('out of date'));
    el.remove();
  });

  describe('applyUpdate', () => {
    const withStatus = (run: PaymentRun, status: string, payments = status): PaymentRun => ({
      ...run,
      status,
      payments: run.payments.map((p) => ({ ...p, status: payments })),
    });

    it('takes newer runs, ignores older, duplicate and foreign ones', async () => {
      const h = harness();
      const run = await h.create();
      const el = await mount(h, run);
      const seen: string[] = [];
      el.addEventListener('payment-run-change', (e) =>
        seen.push(`${e.detail.previous.status}>${e.detail.paymentRun.status}`),
      );
      const challenged = nextEvent(el, 'payment-run-challenge');
      expect(el.applyUpdate(withStatus(run, 'PENDING_CHALLENGE'))).to.equal(true);
      await challenged;
      expect(el.applyUpdate(withStatus(run, 'PENDING_CONFIRMATION'))).to.equal(false); // late webhook
      expect(el.applyUpdate(withStatus(run, 'PENDING_CHALLENGE'))).to.equal(false); // duplicate
      expect(el.applyUpdate({ ...withStatus(run, 'EXECUTING'), id: 'f'.repeat(24) })).to.equal(
        false,
      );
      expect(el.applyUpdate(withStatus(run, 'SCA_FAILED'))).to.equal(true);
      expect(el.applyUpdate(withStatus(run, 'PENDING_CHALLENGE'))).to.equal(true); // restart
      expect(el.applyUpdate(withStatus(run, 'PENDING_FUNDING'))).to.equal(true);
      expect(el.applyUpdate(withStatus(run, 'EXECUTING', 'AWAITING_FUNDS'))).to.equal(true);
      // Same run status, a payment went back: stale.
      expect(el.applyUpdate(withStatus(run, 'EXECUTING', 'PENDING_FUNDING'))).to.equal(false);
      expect(el.applyUpdate(withStatus(run, 'COMPLETED'))).to.equal(true);
      expect(el.applyUpdate(withStatus(run, 'CANCELLED'))).to.equal(false); // terminal is final
      expect(seen).to.deep.equal([
        'PENDING_CONFIRMATION>PENDING_CHALLENGE',
        'PENDING_CHALLENGE>SCA_FAILED',
        'SCA_FAILED>PENDING_CHALLENGE',
        'PENDING_CHALLENGE>PENDING_FUNDING',
        'PENDING_FUNDING>EXECUTING',
        'EXECUTING>COMPLETED',
      ]);
      await el.updateComplete;
      expect(textOf(el)).to.contain('All payments were made');
    });

    it('fires payment-run-challenge once per entry into PENDING_CHALLENGE', async () => {
      const h = harness();
      const run = await h.create();
      const el = await mount(h, run);
      let challenges = 0;
      el.addEventListener('payment-run-challenge', () => challenges++);
      const challenge = withStatus(run, 'PENDING_CHALLENGE');
      el.applyUpdate(challenge);
      el.applyUpdate({ ...challenge, statusReason: 'still waiting' });
      expect(challenges).to.equal(1);
      el.applyUpdate(withStatus(run, 'SCA_FAILED'));
      el.applyUpdate(challenge);
      expect(challenges).to.equal(2);
    });

    it('one payment changing re-renders that row only', async () => {
      const h = harness();
      const run = await h.create(['Acme Ltd', 'Bright Co', 'Cedar Ltd', 'Delta Ltd']);
      const el = await mount(h, run);
      // One payment already paid, so the Status column is there before and after the change.
      const awaiting = withStatus(run, 'EXECUTING', 'AWAITING_FUNDS');
      const executing = {
        ...awaiting,
        payments: awaiting.payments.map((p, i) => (i === 0 ? { ...p, status: 'COMPLETED' } : p)),
      };
      el.applyUpdate(executing);
      await el.updateComplete;
      const tbody = root(el).querySelector('tbody')!;
      const rows = new Set<Element>();
      const observer = new MutationObserver((records) => {
        for (const r of records) {
          const node = r.target instanceof Element ? r.target : r.target.parentElement;
          const row = node?.closest('tr');
          if (row) rows.add(row);
        }
      });
      observer.observe(tbody, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
      el.applyUpdate({
        ...executing,
        payments: executing.payments.map((p, i) => (i === 2 ? { ...p, status: 'COMPLETED' } : p)),
      });
      await el.updateComplete;
      observer.disconnect();
      expect([...rows].map((r) => (r as HTMLElement).dataset.id)).to.deep.equal([
        run.payments[2].id,
      ]);
    });
  });
});
