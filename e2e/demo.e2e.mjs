// End to end: a run's whole life in the demo, as its two users would live it. Starts the demo's
// own server (what `npm start` runs), drives Debian's Chromium with Playwright, and prints
// "e2e: N passed, N failed". Run: node e2e/demo.e2e.mjs
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { createServer } from 'vite';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';

const server = await createServer({
  configFile: 'demo/vite.config.ts',
  logLevel: 'warn',
  server: { port: 0, strictPort: false },
});
await server.listen();
const url = server.resolvedUrls.local[0];

const browser = await chromium.launch(chromiumLaunchOptions);
const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
const problems = [];
page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
page.on('console', (message) => {
  if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
});
page.setDefaultTimeout(15_000);
// The demo is served with a strict CSP and Trusted Types: any violation is a failure.
await page.addInitScript(() => {
  document.addEventListener('securitypolicyviolation', (event) => {
    console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
  });
});

let passed = 0;
let failed = 0;
async function step(name, run) {
  const started = Date.now();
  try {
    await run();
    passed++;
    console.log(`  ok   ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    failed++;
    console.log(`  FAIL ${name}: ${String(error).split('\n')[0]}`);
    await page.screenshot({ path: `e2e-failure-${passed + failed}.png`, fullPage: true });
  }
}

const log = page.locator('#log');
const builder = page.locator('payment-run-builder');
const status = page.locator('payment-run-status');
const funding = page.locator('funding-instructions');
const list = page.locator('payment-run-list');
const expectLogged = (event) => log.getByText(event, { exact: false }).first().waitFor();
let runId = '';

try {
  await step('the Creator opens the marketplace page', async () => {
    await page.goto(url);
    await page.getByRole('heading', { name: 'Supplier payments', level: 1 }).waitFor();
    await page.getByRole('radio', { name: 'Creator' }).check();
    await builder.getByRole('button', { name: 'Create payment run' }).waitFor();
  });

  await step('the Creator builds a run of two supplier payments', async () => {
    await builder.getByLabel('Description').fill('E2E: November suppliers');
    const rows = [
      ['Northwind Traders Ltd', '12345678', '12-34-56', '1,234.50', 'INV-E2E-1'],
      ['Blue Close Match Ltd', '87654321', '654321', '99.99', 'INV-E2E-2'],
    ];
    for (const [index, [name, account, sortCode, amount, reference]] of rows.entries()) {
      if (index > 0) await builder.getByRole('button', { name: 'Add payment' }).click();
      const field = (label) => builder.getByLabel(label, { exact: false }).nth(index);
      await field('Supplier name').fill(name);
      await field('Supplier type').selectOption('BUSINESS');
      await field('Account number').fill(account);
      await field('Sort code').fill(sortCode);
      await field('Amount').fill(amount);
      await field('Payment reference').fill(reference);
    }
    await builder.getByText('2 payments · total £1,334.49').waitFor();
  });

  await step('the Creator submits it; the run is created and shown', async () => {
    await builder.getByRole('button', { name: 'Create payment run' }).click();
    await expectLogged('payment-run-created');
    await page.waitForURL(/#run=[0-9a-f]{24}$/);
    runId = new URL(page.url()).hash.slice('#run='.length);
    await status.getByText('Awaiting confirmation').first().waitFor({ timeout: 20_000 });
    await status.getByText('Blue Close Match Ltd').first().waitFor();
  });

  await step('the Controller confirms the run', async () => {
    await page.getByRole('radio', { name: 'Controller' }).check();
    await page.waitForLoadState('load');
    await status.getByRole('button', { name: 'Confirm run' }).click();
    await expectLogged('payment-run-confirm');
    await expectLogged('payment-run-challenge');
  });

  await step('the Controller passes SCA with the sandbox one-time code', async () => {
    await status.getByRole('button', { name: 'Send the code' }).click();
    await status.getByLabel('One-time code').fill('123456');
    await status.getByRole('button', { name: 'Authorise' }).click();
    await status.getByText('Awaiting funding').first().waitFor({ timeout: 20_000 });
  });

  await step(
    'the Controller funds it from a linked account over (sandbox) open banking',
    async () => {
      await funding.getByRole('radio', { name: /Operating account/ }).check();
      await funding.getByRole('button', { name: 'Start funding' }).click();
      await funding
        .getByRole('button', { name: /Pay .*from your bank/ })
        .first()
        .click();
      await expectLogged('funding-start');
    },
  );

  await step('both see the run complete, and every event in the log', async () => {
    await status.getByText('Completed').first().waitFor({ timeout: 30_000 });
    for (const event of ['payment-run-change', 'paymentRunWatch', 'paymentRunPaymentWatch']) {
      await expectLogged(event);
    }
    await page.getByRole('radio', { name: 'Creator' }).check();
    await page.waitForLoadState('load');
    await status.getByText('Completed').first().waitFor({ timeout: 15_000 });
    await list.locator(`tr[data-id="${runId}"]`).getByText('Completed').waitFor();
  });

  await step('the list filters by status, pages, and opens a run below it', async () => {
    await list.locator('select[name="status"]').selectOption({ label: 'Completed' });
    await list.getByRole('button', { name: 'Apply filters' }).click();
    await list.locator(`tr[data-id="${runId}"]`).waitFor();
    await page.waitForURL(/status=COMPLETED/);
    const statuses = await list.locator('tbody .chip').allTextContents();
    if (statuses.some((text) => !text.includes('Completed'))) {
      throw new Error(`the filter let through: ${statuses.join(', ')}`);
    }
    await list.locator('select[name="status"]').selectOption({ label: 'Any status' });
    await list.getByRole('button', { name: 'Apply filters' }).click();
    await list.getByText(/Showing 1–8 of \d+/).waitFor();
    await list.getByRole('button', { name: 'Next page' }).click();
    await list.getByText(/Showing 9–\d+ of \d+/).waitFor();
    await page.waitForURL(/offset=8/);
    const other = list.locator('tbody tr').first();
    const otherId = await other.getAttribute('data-id');
    await other.locator('button.open').click();
    await page.waitForURL(new RegExp(`#run=${otherId}$`));
    await status.getByRole('heading', { level: 2 }).first().waitFor();
    if ((await list.locator(`tr[data-id="${otherId}"]`).getAttribute('aria-current')) !== 'true') {
      throw new Error('the opened run is not marked current in the list');
    }
  });

  await step('the page ran under its strict CSP with no violation or error', async () => {
    const response = await page.request.get(url);
    const policy = response.headers()['content-security-policy'] ?? '';
    if (!policy.includes("require-trusted-types-for 'script'")) {
      throw new Error(`no Trusted Types in the page's CSP: ${policy}`);
    }
    if (problems.length) throw new Error(problems.join('; '));
  });
} finally {
  await browser.close();
  await server.close();
}
console.log(`\ne2e: ${passed} passed, ${failed} failed`);
if (process.env.E2E_COUNTS_FILE) {
  writeFileSync(process.env.E2E_COUNTS_FILE, JSON.stringify({ passed, failed }));
}
process.exit(failed ? 1 : 0);
