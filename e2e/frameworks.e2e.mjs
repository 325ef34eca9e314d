// Framework integration: a React 19 page and a Vue 3 page (test/frameworks/*-page.ts) are built
// with Vite into a temporary directory, served, and driven in Debian's Chromium with Playwright:
// the elements render, properties set from the framework take effect, and the elements' events
// reach the framework's handlers. Prints "frameworks: N passed, N failed".
// Run: node e2e/frameworks.e2e.mjs
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { chromium } from 'playwright';
import { build, preview } from 'vite';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';

const started = Date.now();
const pages = {
  react: resolve('test/frameworks/react-page.ts'),
  vue: resolve('test/frameworks/vue-page.ts'),
};
const dir = mkdtempSync(join(tmpdir(), 'frameworks-e2e-'));
for (const [name, page] of Object.entries(pages)) {
  const from = JSON.stringify(relative(dir, page));
  writeFileSync(
    join(dir, `${name}.js`),
    `import { mount } from ${from};\nawait mount(document.getElementById('app'));\n`,
  );
  writeFileSync(
    join(dir, `${name}.html`),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>` +
      `<link rel="icon" href="data:,">` +
      `<script type="module" src="./${name}.js"></script></head>` +
      `<body><div id="app"></div></body></html>\n`,
  );
}

const config = {
  configFile: false,
  root: dir,
  logLevel: 'warn',
  // The Vue page compiles its template in the browser: the full build of Vue.
  resolve: { alias: { vue: 'vue/dist/vue.esm-bundler.js' } },
  define: {
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  build: {
    outDir: join(dir, 'dist'),
    target: 'es2022',
    minify: false,
    reportCompressedSize: false,
    rolldownOptions: {
      input: Object.fromEntries(Object.keys(pages).map((n) => [n, join(dir, `${n}.html`)])),
    },
  },
  preview: { host: '127.0.0.1', port: 0, strictPort: false },
};

let passed = 0;
let failed = 0;
let browser;
let server;
try {
  await build(config);
  console.log(`  built the React and Vue pages (${Date.now() - started} ms)`);
  server = await preview(config);
  const base = server.resolvedUrls.local[0];
  browser = await chromium.launch(chromiumLaunchOptions);

  for (const framework of Object.keys(pages)) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    page.setDefaultTimeout(10_000);
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });
    const step = async (name, run) => {
      const t0 = Date.now();
      try {
        await run();
        passed++;
        console.log(`  ok   ${framework}: ${name} (${Date.now() - t0} ms)`);
        return true;
      } catch (error) {
        failed++;
        console.log(`  FAIL ${framework}: ${name}: ${String(error).split('\n')[0]}`);
        await page.screenshot({ path: `e2e-failure-${framework}-${passed + failed}.png` });
        return false;
      }
    };
    const builder = page.locator('#builder');
    const status = page.locator('#status');
    const funding = page.locator('#funding');
    const badge = page.locator('#badge');

    const mounted = await step('the page mounts', async () => {
      await page.goto(`${base}${framework}.html`);
      await page.locator('#framework-ready').waitFor();
    });
    if (!mounted) {
      console.log(`  ${problems.join('\n  ')}`);
      await page.close();
      continue;
    }

    await step('the four elements render their shadow content', async () => {
      await builder.getByRole('button', { name: 'Create payment run' }).waitFor();
      await funding.getByRole('heading', { name: 'Fund the payment run' }).waitFor();
      await badge.getByText('Close match').first().waitFor();
      const shadows = await page.evaluate(() =>
        ['#builder', '#status', '#funding', '#badge'].map(
          (selector) => document.querySelector(selector)?.shadowRoot?.childElementCount ?? 0,
        ),
      );
      if (shadows.some((count) => count === 0)) throw new Error(`shadow roots: ${shadows}`);
    });

    await step('object properties set from the framework take effect', async () => {
      // `client` (no token-endpoint or api-base anywhere): the run came through it.
      await status
        .getByText(framework === 'react' ? 'React suppliers' : 'Vue suppliers')
        .first()
        .waitFor();
      await status.getByText('Northwind Traders Ltd').first().waitFor();
      // `outcome`: an object, set as a property (never an "[object Object]" attribute).
      await badge.getByText('Acme Supplies Limited').first().waitFor();
      const set = await page.evaluate(() => {
        const badges = [...document.querySelectorAll('cop-result-badge')];
        const statusEl = document.querySelector('#status');
        return {
          outcome: badges.every((b) => typeof b.outcome === 'object' && !b.hasAttribute('outcome')),
          client: typeof statusEl.client?.getPaymentRun === 'function',
          roles: Array.isArray(statusEl.roles),
          pollInterval: statusEl.pollInterval === 0,
        };
      });
      const wrong = Object.entries(set).filter(([, ok]) => !ok);
      if (wrong.length) throw new Error(`not set: ${wrong.map(([k]) => k).join(', ')}`);
    });

    await step('cop-use-suggested-name reaches the framework and updates its state', async () => {
      await badge.getByRole('button', { name: /Use this name/ }).click();
      await page.locator('#chosen', { hasText: 'chosen: Acme Supplies Limited' }).waitFor();
      if (framework === 'react') {
        // React 19's own custom-element support, typed by payment-run-elements/jsx.
        await page
          .locator('#badge-tag')
          .getByRole('button', { name: /Use this name/ })
          .click();
        await page
          .locator('#chosen-by-tag', { hasText: 'chosen by tag: Acme Supplies Limited' })
          .waitFor();
      }
    });

    await step('a cancelable action event reaches the framework, which takes it over', async () => {
      await status.getByRole('button', { name: 'Confirm run' }).click();
      const runId = await page.evaluate(() => document.querySelector('#status').paymentRunId);
      await page
        .locator('#confirm-requested', { hasText: `confirm requested: ${runId}` })
        .waitFor();
      // preventDefault() in the handler: the element called no API, the run still awaits it.
      await page.waitForTimeout(300);
      const run = await page.evaluate(() =>
        document
          .querySelector('#status')
          .client.getPaymentRun(document.querySelector('#status').paymentRunId),
      );
      if (run.status !== 'PENDING_CONFIRMATION') throw new Error(`run is ${run.status}`);
    });

    await step('nothing went wrong in the page', async () => {
      if (problems.length) throw new Error(problems.join('; '));
    });
    await page.close();
  }
} catch (error) {
  failed++;
  console.log(`  FAIL setup: ${String(error).split('\n')[0]}`);
} finally {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
}
console.log(
  `\nframeworks: ${passed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
if (process.env.FRAMEWORKS_COUNTS_FILE) {
  writeFileSync(process.env.FRAMEWORKS_COUNTS_FILE, JSON.stringify({ passed, failed }));
}
process.exit(failed ? 1 : 0);
