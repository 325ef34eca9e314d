/** The base element's guard: whatever throws while deriving or rendering never escapes. */
import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { PaymentRunElement } from '../../src/components/base/payment-run-element.js';

class GuardedElement extends PaymentRunElement {
  @property() value = 'good';
  /** Values whose derivation throws. */
  bad = new Set(['bad']);
  /** The failure view throws too. */
  brokenFailureView = false;
  derived = '';
  seen: string[] = [];

  protected override willUpdate(changed: PropertyValues): void {
    if (this.viewFailure !== undefined) return;
    if (changed.has('value')) {
      this.seen.push(this.value);
      if (this.bad.has(this.value)) throw new Error(`cannot derive ${this.value}`);
      this.derived = this.value.toUpperCase();
    }
  }

  protected override render() {
    if (this.viewFailure !== undefined) {
      if (this.brokenFailureView) throw new Error('the failure view breaks too');
      return html`<p role="alert">
        failed <button @click=${() => this.retryView()}>Retry</button>
      </p>`;
    }
    return html`<p>${this.derived}</p>`;
  }

  retry(): void {
    this.retryView();
  }
}
customElements.define('guarded-test-element', GuardedElement);

function watchUncaught() {
  const seen: unknown[] = [];
  const onError = (e: ErrorEvent) => seen.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => seen.push(e.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const stop = () => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  };
  return { seen, stop };
}

const shown = (el: Element) => el.shadowRoot!.textContent.replace(/\s+/g, ' ').trim();
const frames = (n: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
    step(n);
  });

describe('a view failure in an element', () => {
  let uncaught: ReturnType<typeof watchUncaught>;
  beforeEach(() => (uncaught = watchUncaught()));
  afterEach(() => uncaught.stop());

  it('becomes the error with Retry and a render event; Retry derives the lost changes again', async () => {
    const el = await fixture<GuardedElement>(
      testHtml`<guarded-test-element></guarded-test-element>`,
    );
    const events: string[] = [];
    el.addEventListener('payment-run-error', (e) => events.push(e.detail.action));
    expect(shown(el)).to.equal('GOOD');
    el.value = 'bad';
    await frames(2);
    await el.updateComplete;
    expect(shown(el)).to.contain('failed');
    expect(events).to.deep.equal(['render']);

    el.bad.clear();
    el.retry();
    await el.updateComplete;
    // The change that was under way when it threw is derived again.
    expect(shown(el)).to.equal('BAD');
    expect(el.seen).to.deep.equal(['good', 'bad', 'bad']);
    expect(uncaught.seen).to.deep.equal([]);
  });

  it('stops, rather than looping, when the failure view throws as well', async () => {
    const el = await fixture<GuardedElement>(
      testHtml`<guarded-test-element></guarded-test-element>`,
    );
    const events: string[] = [];
    el.addEventListener('payment-run-error', (e) => events.push(e.detail.action));
    el.brokenFailureView = true;
    el.value = 'bad';
    await frames(5);
    expect(events).to.deep.equal(['render', 'render']);
    expect(uncaught.seen).to.deep.equal([]);
  });
});
