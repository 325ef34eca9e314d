import { expect } from '@open-wc/testing';
import { apiStrings } from '../../src/i18n/api-strings.js';
import { onDemand } from '../../src/components/payment-run-status/on-demand.js';
import { statusDialogStrings } from '../../src/components/payment-run-status/strings-dialogs.js';
import { statusScaStrings } from '../../src/components/payment-run-status/strings-sca.js';
import { statusStrings as firstPaintStrings } from '../../src/components/payment-run-status/strings.js';

/** The element's English, with the texts that come with the dialogs and the SCA step. */
const statusStrings = { ...firstPaintStrings, ...statusDialogStrings, ...statusScaStrings };
import type { PaymentRunStatusElement } from '../../src/payment-run-status.js';
import { button, harness, mount, root, until } from './helpers.js';

type Part = keyof typeof onDemand;

/** Counts the loads of each part from now on, each made as usual unless `failing` has it. */
function loads(): { count: Record<Part, number>; failing: Set<Part>; restore: () => void } {
  const original = { ...onDemand };
  const count = { dialogs: 0, sandboxSca: 0 };
  const failing = new Set<Part>();
  // What the browser throws when a chunk cannot be fetched (offline, a deploy removed it).
  const lost = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
  onDemand.dialogs = () => {
    count.dialogs++;
    return failing.has('dialogs') ? lost() : original.dialogs();
  };
  onDemand.sandboxSca = () => {
    count.sandboxSca++;
    return failing.has('sandboxSca') ? lost() : original.sandboxSca();
  };
  return { count, failing, restore: () => Object.assign(onDemand, original) };
}

const idle = () => new Promise((resolve) => requestIdleCallback(resolve));
const dialogOf = (el: PaymentRunStatusElement) => root(el).querySelector('dialog')!;
const buttonNamed = (within: ParentNode, text: string) =>
  [...within.querySelectorAll('button')].find((b) => b.textContent.includes(text))!;

describe('<payment-run-status> parts loaded on demand', () => {
  let parts: ReturnType<typeof loads>;
  /** The actions of every `payment-run-error` that reached the document. */
  let actions: string[];
  const onError = (e: Event) => actions.push((e as CustomEvent<{ action: string }>).detail.action);
  beforeEach(() => {
    parts = loads();
    actions = [];
    document.addEventListener('payment-run-error', onError);
  });
  afterEach(() => {
    parts.restore();
    document.removeEventListener('payment-run-error', onError);
  });

  it('a finished run loads neither the dialogs nor the sandbox step', async () => {
    const h = harness();
    const el = await mount(h, await h.seeded('COMPLETED'), { sandbox: true });
    await idle();
    await el.updateComplete;
    expect(parts.count).to.deep.equal({ dialogs: 0, sandboxSca: 0 });
  });

  it('loads the dialogs when idle once one can open, so it opens without loading again', async () => {
    const h = harness();
    const el = await mount(h, await h.create());
    await idle();
    expect(parts.count.dialogs).to.equal(1);
    button(el, 'cancel').click();
    await el.updateComplete;
    expect(dialogOf(el).open).to.equal(true);
    expect(parts.count.dialogs).to.equal(1);
  });

  it('starts loading the dialogs when the pointer is on an allowed button that opens one', async () => {
    const h = harness();
    const el = await mount(h, await h.create(), { roles: 'AUDITOR' });
    await idle();
    button(el, 'cancel').dispatchEvent(new PointerEvent('pointerenter'));
    expect(parts.count.dialogs, 'disabled: it opens nothing').to.equal(0);
    el.roles = ['CREATOR'];
    await el.updateComplete;
    button(el, 'cancel').dispatchEvent(new PointerEvent('pointerenter'));
    expect(parts.count.dialogs).to.equal(1);
    await idle();
    expect(parts.count.dialogs).to.equal(1);
  });

  it('the sandbox step loads only on PENDING_CHALLENGE with `sandbox` set', async () => {
    const h = harness();
    const run = await h.seeded('PENDING_CHALLENGE');
    const hosted = await mount(h, run, { roles: 'CONTROLLER' });
    expect(parts.count.sandboxSca).to.equal(0);
    expect(root(hosted).querySelector('.sca')).not.to.equal(null);
    hosted.sandbox = true;
    await hosted.updateComplete;
    expect(parts.count.sandboxSca).to.equal(1);
    expect(root(hosted).querySelector('.sca button')!.textContent).to.contain('Send the code');
  });

  it('a dialog that cannot be loaded says so in the dialog; Close declines, Retry shows it', async () => {
    parts.failing.add('dialogs');
    const h = harness();
    const el = await mount(h, await h.create());
    const cancelButton = button(el, 'cancel');
    cancelButton.focus();
    const declined = el.cancel();
    await el.updateComplete;
    const dialog = dialogOf(el);
    expect(dialog.open).to.equal(true);
    expect(root(el).getElementById('dialog-title')!.textContent).to.contain(
      statusStrings['cancel.title'],
    );
    expect(dialog.querySelector('[role="alert"]')!.textContent).to.contain(
      statusStrings['status.partFailed'],
    );
    expect(actions).to.deep.equal(['cancel']);
    await expect(el).to.be.accessible();
    buttonNamed(dialog, statusStrings['dialog.close']).click();
    await declined;
    expect(dialog.open).to.equal(false);
    expect(root(el).activeElement).to.equal(cancelButton);

    cancelButton.click();
    await el.updateComplete;
    expect(dialog.querySelector('[role="alert"]')).not.to.equal(null);
    parts.failing.delete('dialogs');
    buttonNamed(dialog, apiStrings['action.retry']).click();
    await until(() => !!dialog.querySelector('.button.danger'));
    await el.updateComplete;
    expect(dialog.open).to.equal(true);
    expect(dialog.querySelector('[role="alert"]')).to.equal(null);
    expect(dialog.textContent).to.contain(statusStrings['cancel.body']);
    expect(root(el).activeElement).to.equal(buttonNamed(dialog, statusStrings['cancel.keep']));
    await expect(el).to.be.accessible();
    buttonNamed(dialog, statusStrings['cancel.confirm']).click();
    await until(() => el.paymentRun!.status === 'CANCELLED');
    expect(h.requests.filter((r) => r.endsWith('/cancel'))).to.have.length(1);
  });

  it('the supplier editor that cannot be loaded says so, and opens on Retry', async () => {
    parts.failing.add('dialogs');
    const h = harness();
    const el = await mount(h, await h.create(['Acme Ltd']), { roles: 'CREATOR' });
    root(el).querySelector<HTMLButtonElement>('tbody button[data-id]')!.click();
    await el.updateComplete;
    const dialog = dialogOf(el);
    expect(dialog.open).to.equal(true);
    expect(root(el).getElementById('dialog-title')!.textContent).to.contain(
      statusStrings['edit.title'],
    );
    await until(() => actions.length > 0);
    expect(actions).to.deep.equal(['update-payment']);
    parts.failing.delete('dialogs');
    buttonNamed(dialog, apiStrings['action.retry']).click();
    await until(() => !!dialog.querySelector('form'));
    await el.updateComplete;
    const name = dialog.querySelector<HTMLInputElement>('[name="name"]')!;
    expect(name.value).to.equal('Acme Ltd');
    expect(root(el).activeElement).to.equal(name);
  });

  it('the sandbox step that cannot be loaded says so in its section, with Retry', async () => {
    parts.failing.add('sandboxSca');
    const h = harness();
    const run = await h.seeded('PENDING_CHALLENGE');
    const el = await mount(h, run, { sandbox: true, roles: 'CONTROLLER' });
    const alert = root(el).querySelector('.sca [role="alert"]')!;
    expect(alert.textContent).to.contain(statusStrings['status.partFailed']);
    expect(actions).to.deep.equal(['sca']);
    await expect(el).to.be.accessible();
    parts.failing.delete('sandboxSca');
    buttonNamed(alert, apiStrings['action.retry']).click();
    await until(() => !root(el).querySelector('.sca [role="alert"]'));
    await el.updateComplete;
    const send = buttonNamed(root(el).querySelector('.sca')!, statusStrings['sca.send']);
    expect(root(el).activeElement).to.equal(send);
    expect(parts.count.sandboxSca).to.equal(2);
  });
});
