/**
 * The page side of `bench/builder.bench.mjs`: builds 1000 spreadsheet rows, and measures
 * (a) paste → parsed, checked, previewed, added and rendered, (b) one keystroke in a 1000-row run.
 */
import '../src/payment-run-builder.js';

const HEADER = 'Supplier name\tSupplier type\tAccount number\tSort code\tAmount\tReference';
const TEXT = [
  HEADER,
  ...Array.from(
    { length: 1000 },
    (_, i) =>
      `Supplier ${i} Ltd\tBUSINESS\t${10000000 + i}\t12-34-56\t${(i % 97) + 1}.50\tINV-${i}`,
  ),
].join('\n');

/** Resolves once the browser has produced the next frame (style, layout and paint done). */
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** Lets other tasks run (a module loading, say) without the 4 ms clamp of nested timers. */
const yieldTask = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

async function fresh() {
  document.querySelector('payment-run-builder')?.remove();
  const el = document.createElement('payment-run-builder');
  document.body.append(el);
  await el.updateComplete;
  await nextFrame();
  return el;
}

/** (a) Paste 1000 rows: parse, check, preview, add, render; ms until the frame is ready. */
async function paste() {
  const el = await fresh();
  const start = performance.now();
  await el.importText(TEXT);
  await el.updateComplete;
  const add = [...el.shadowRoot.querySelectorAll('.import button')].find((b) =>
    b.textContent.includes('1000'),
  );
  add.click();
  while (el.rowCount !== 1000) await yieldTask();
  await el.updateComplete;
  // The windowed list renders the rows on screen once it has measured itself.
  const rows = el.shadowRoot.querySelector('.rows');
  while (!rows.querySelector('.row')) await yieldTask();
  rows.getBoundingClientRect();
  const ready = performance.now() - start;
  await nextFrame();
  return ready;
}

/** (b) One keystroke in an amount field of a 1000-row run: ms until the next frame is ready. */
async function keystroke(el, n) {
  const input = el.shadowRoot.querySelectorAll('[data-field="amount"]')[3];
  input.focus();
  const start = performance.now();
  input.value = `${(n % 90) + 10}.${n % 10}`;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  // Forces the style and layout the next frame needs, so they are inside the measurement.
  el.shadowRoot.querySelector('.totals').getBoundingClientRect();
  input.getBoundingClientRect();
  const ready = performance.now() - start;
  await nextFrame();
  return ready;
}

Object.assign(window, {
  bench: { paste, keystroke, fresh, ready: true },
});
