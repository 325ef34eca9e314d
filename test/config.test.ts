import { expect, fixture, html } from '@open-wc/testing';
import { customElement } from 'lit/decorators.js';
import { html as litHtml } from 'lit';
import { configure, ConfigurationError, createPaymentRunClient } from '../src/index.js';
import { PaymentRunElement } from '../src/components/base/payment-run-element.js';
import { fakeApi, json, RUN_ID, runBody } from './helpers/fake-api.js';

/** A minimal element on the base class: shows its run's status, or the configuration error. */
@customElement('test-run-probe')
class TestRunProbe extends PaymentRunElement {
  status = '';
  async load() {
    try {
      this.status = (await this.api.getPaymentRun(RUN_ID)).status;
    } catch (error) {
      this.status = (error as Error).message;
    }
    this.requestUpdate();
  }
  override render() {
    return litHtml`<p>${this.status}</p>`;
  }
}

const TOKEN_URL = `${location.origin}/session/token`;

describe('element configuration', () => {
  afterEach(() => configure({}));

  it('explains what is missing when an element has no configuration', async () => {
    const el = await fixture<TestRunProbe>(html`<test-run-probe></test-run-probe>`);
    await el.load();
    expect(el.shadowRoot!.textContent).to.contain('api-base and token-endpoint');
    expect(() => el['api']).to.throw(ConfigurationError);
  });

  it('prefers the client property', async () => {
    const api = fakeApi(() => json(runBody({ status: 'PENDING_FUNDING' })));
    const client = createPaymentRunClient({
      apiBase: 'https://proxy.test',
      getToken: () => Promise.resolve('t'),
      fetch: api.fetch,
    });
    const el = await fixture<TestRunProbe>(
      html`<test-run-probe api-base="/ignored" .client=${client}></test-run-probe>`,
    );
    await el.load();
    expect(el.shadowRoot!.textContent).to.contain('PENDING_FUNDING');
  });

  it('uses the page-wide default, with attributes overriding it field by field', async () => {
    const api = fakeApi((request) =>
      request.url === TOKEN_URL ? json({ token: 'page-token', expiresIn: 300 }) : json(runBody()),
    );
    configure({ apiBase: 'https://default.test', tokenEndpoint: TOKEN_URL, fetch: api.fetch });
    const el = await fixture<TestRunProbe>(
      html`<test-run-probe api-base="https://override.test"></test-run-probe>`,
    );
    await el.load();
    expect(el.shadowRoot!.textContent).to.contain('PENDING_CONFIRMATION');
    const apiCall = api.requests.find((r) => r.url.href.includes('payment_runs'))!;
    expect(apiCall.url.origin).to.equal('https://override.test');
    expect(apiCall.headers.get('authorization')).to.equal('Bearer page-token');
  });

  it('makes ten elements with the same configuration share one token request', async () => {
    const api = fakeApi(async (request) => {
      if (request.url !== TOKEN_URL) return json(runBody());
      await new Promise((r) => setTimeout(r, 20));
      return json({ token: 'shared', expiresIn: 300 });
    });
    configure({ fetch: api.fetch });
    const parent = await fixture<HTMLDivElement>(html`<div></div>`);
    const probes = Array.from({ length: 10 }, () => {
      const el = document.createElement('test-run-probe') as TestRunProbe;
      el.setAttribute('api-base', 'https://shared.test');
      el.setAttribute('token-endpoint', TOKEN_URL);
      parent.append(el);
      return el;
    });
    await Promise.all(probes.map((el) => el.updateComplete));
    await Promise.all(probes.map((el) => el.load()));
    expect(api.requests.filter((r) => r.url.href === TOKEN_URL)).to.have.length(1);
    expect(probes.every((el) => el.status === 'PENDING_CONFIRMATION')).to.equal(true);
  });
});
