// The CDN build under a strict Content-Security-Policy with Trusted Types enforced (issue 7): a
// plain HTML page that loads only the CDN entry, with its Subresource Integrity hash, shows all
// four elements and lets the user act, with no violation, page error or console error; a wrong
// hash keeps the elements out, and so does an import map pinning every file's hash (the README's
// advice for pages that import from the entry themselves). A page with only the autoloader
// (`loader.js`) and one badge downloads the badge's files alone, and a status element added later
// loads its own (fixtures/cdn-csp/loader-checks.mjs). Builds the CDN files with
// scripts/build-cdn.mjs into a temporary folder (a build running beside it is not disturbed),
// seeds the sandbox, serves the pages of e2e/fixtures/cdn-csp/ from a plain Node server and drives
// Debian's Chromium with Playwright. Prints "cdn-csp: N passed, N failed".
// Run: node e2e/cdn-csp.e2e.mjs
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { chromium } from 'playwright';
import { createServer } from 'vite';
import { buildCdn, CDN_ENTRY as ENTRY, LOADER } from '../scripts/build-cdn.mjs';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';
import { startHost } from './fixtures/cdn-csp/host.mjs';
import { checkLoaderPages } from './fixtures/cdn-csp/loader-checks.mjs';
import { CONTENT_SECURITY_POLICY, hostPages } from './fixtures/cdn-csp/pages.mjs';
import { seedRuns } from './fixtures/cdn-csp/seed.mjs';

const started = Date.now();
const root = resolve(import.meta.dirname, '..');
const cdnDir = mkdtempSync(join(tmpdir(), 'cdn-csp-'));
const TAGS = [
  'payment-run-builder',
  'payment-run-status',
  'funding-instructions',
  'cop-result-badge',
];
const sri = (...parts) => {
  const hash = createHash('sha384');
  for (const part of parts) hash.update(part);
  return `sha384-${hash.digest('base64')}`;
};
/** The sha384 of every script under `dir`, by its path there (e.g. `locales/de.js`). */
const scriptHashes = (dir) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true })
      .filter((file) => file.endsWith('.js'))
      .map((file) => [file.split(sep).join('/'), sri(readFileSync(join(dir, file)))]),
  );

let passed = 0;
let failed = 0;
let page;
async function step(name, run) {
  const t0 = Date.now();
  try {
    const note = await run();
    passed++;
    console.log(`  ok   ${name}${note ? ` (${note})` : ''} (${Date.now() - t0} ms)`);
    return true;
  } catch (error) {
    failed++;
    console.log(`  FAIL ${name}: ${String(error?.message ?? error).split('\n')[0]}`);
    await page?.screenshot({ path: `e2e-failure-cdn-csp-${passed + failed}.png`, fullPage: true });
    return false;
  }
}

let vite;
let sandbox;
let host;
let browser;
try {
  let integrity = {};
  let cdnFiles = [];
  const built = await step(
    'the CDN build prints the integrity of every file it writes',
    async () => {
      const printed = await buildCdn({ outDir: cdnDir });
      cdnFiles = printed;
      integrity = scriptHashes(cdnDir);
      if (!integrity[ENTRY]) throw new Error(`no ${ENTRY}`);
      const wrong = printed.filter((f) => f.integrity !== integrity[f.file]).map((f) => f.file);
      if (wrong.length) throw new Error(`printed hashes that are not the files': ${wrong}`);
      return `${Object.keys(integrity).length} scripts, entry ${integrity[ENTRY].slice(0, 19)}…`;
    },
  );

  // The library's TypeScript sources (sandbox, proxy, client), through Vite's SSR loader.
  vite = await createServer({
    root,
    configFile: false,
    logLevel: 'silent',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  const modules = {
    sandbox: await vite.ssrLoadModule('/src/sandbox/index.ts'),
    server: await vite.ssrLoadModule('/src/server/index.ts'),
    api: await vite.ssrLoadModule('/src/api/index.ts'),
    simulate: await vite.ssrLoadModule('/src/api/simulate.ts'),
  };
  sandbox = modules.sandbox.createSandbox();
  let runs;
  const seeded = await step('the sandbox holds a run to confirm and one to fund', async () => {
    runs = await seedRuns({ modules, sandbox });
  });
  if (!built || !seeded) throw new Error('no CDN build or no runs: nothing to serve');

  const pages = hostPages({
    integrity,
    entry: ENTRY,
    loader: LOADER,
    wrongIntegrity: sri(readFileSync(join(cdnDir, ENTRY)), '\n// tampered'),
    statusRunId: runs.statusRun.id,
    fundingRunId: runs.fundingRun.id,
  });
  host = await startHost({ modules, sandbox, cdnDir, pages });
  browser = await chromium.launch(chromiumLaunchOptions);
  await checkPage(host.url, runs);
  await checkRefused(
    `${host.url}/tampered.html`,
    'a wrong hash on the script tag: the browser refuses the CDN entry',
  );
  await checkPinnedPage(`${host.url}/pinned.html`, pages['/pinned.html'].csp);
  await checkRefused(
    `${host.url}/pinned-tampered.html`,
    'a wrong hash in the import map: the page’s own import of the entry is refused too',
  );
  await checkLoaderPages(
    { step, watchedPage, closePage, openWithPolicy, noProblems, page: () => page },
    { url: host.url, files: cdnFiles, loader: LOADER, runs },
  );
} catch (error) {
  failed++;
  console.log(`  FAIL setup: ${String(error?.stack ?? error)}`);
} finally {
  await browser?.close();
  await host?.close();
  sandbox?.stop();
  await vite?.close();
  rmSync(cdnDir, { recursive: true, force: true });
}

/** A new page that records what it must never do: violate its policy, throw, log an error. */
async function watchedPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  page = await context.newPage();
  const log = { problems: [], messages: [], cdn: [] };
  page.on('pageerror', (error) => log.problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    log.messages.push(message.text());
    if (message.type() === 'error') log.problems.push(`console error: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) log.problems.push(`${response.status()} ${response.url()}`);
    const path = new URL(response.url()).pathname;
    if (path.startsWith('/cdn/')) log.cdn.push(path.slice('/cdn/'.length));
  });
  page.setDefaultTimeout(10_000);
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return log;
}

async function closePage() {
  await page?.context().close();
  page = undefined;
}

async function openWithPolicy(url, policy) {
  const response = await page.goto(url);
  const served = response.headers()['content-security-policy'];
  if (served !== policy) throw new Error(`served with ${served}`);
}

async function elementsDefined() {
  await page.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), TAGS);
}

function noProblems(log) {
  if (log.problems.length) throw new Error(log.problems.join('; '));
}

async function checkPage(url, runs) {
  const log = await watchedPage();
  const builder = page.locator('payment-run-builder');
  const status = page.locator('payment-run-status');
  const funding = page.locator('funding-instructions');
  let seen = 0;
  // What the last steps fetched from /cdn/: the code the elements load only when it is used.
  const loadedOnDemand = () => {
    const files = log.cdn.slice(seen);
    seen = log.cdn.length;
    return files.length ? `loaded on demand: ${files.join(', ')}` : undefined;
  };

  await step('the page is served with the strict policy and Trusted Types', () =>
    openWithPolicy(url, CONTENT_SECURITY_POLICY),
  );

  const loaded = await step(
    'the CDN entry loads by its integrity; the elements are defined',
    async () => {
      await elementsDefined();
      const entry = await page.evaluate(() => {
        const script = document.querySelector('script[integrity]');
        return script && { src: script.getAttribute('src'), integrity: script.integrity };
      });
      if (entry?.src !== `/cdn/${ENTRY}` || !entry.integrity.startsWith('sha384-')) {
        throw new Error(`entry script: ${JSON.stringify(entry)}`);
      }
    },
  );
  // Without the elements every step below fails: let them fail fast.
  if (!loaded) page.setDefaultTimeout(1_000);

  await step('the builder renders its form', async () => {
    await builder.getByLabel('Description').waitFor();
    await builder.getByLabel('Supplier name').first().waitFor();
    await builder.getByRole('button', { name: 'Create payment run' }).waitFor();
  });

  await step('the status shows the run, its payments and their CoP results', async () => {
    await status.getByText(runs.statusRun.description).first().waitFor();
    await status.getByText('Northwind Traders Ltd').first().waitFor();
    await status.getByText('Blue Close Match Ltd').first().waitFor();
    await status.getByText('Close match').first().waitFor();
    await status.getByText('Name matches').first().waitFor();
  });

  await step('funding offers the choice of linked account', async () => {
    await funding.getByRole('heading', { name: 'Fund the payment run' }).waitFor();
    await funding.getByRole('radio', { name: /Operating account/ }).waitFor();
    await funding.getByRole('button', { name: 'Start funding' }).waitFor();
  });

  await step('the standalone badges show their results', async () => {
    const close = page.locator('#badge-close');
    await page.locator('#badge-match').getByText('Name matches').first().waitFor();
    await close.getByText('Close match').first().waitFor();
    await close.getByText('Blue Ltd Limited').first().waitFor();
    await close.getByRole('button', { name: /Use this name/ }).waitFor();
  });
  seen = log.cdn.length;

  await step('the status cancel dialog opens and closes', async () => {
    await status.getByRole('button', { name: 'Cancel run' }).click();
    const dialog = status.getByRole('dialog', { name: 'Cancel this payment run?' });
    await dialog.getByRole('button', { name: 'No, keep' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await status.getByRole('button', { name: 'Cancel run' }).waitFor();
    return loadedOnDemand();
  });

  await step('rows pasted into the builder are read and added, and typing works', async () => {
    await builder.getByRole('button', { name: 'Paste rows' }).click();
    await builder
      .getByLabel('Paste the rows copied from your spreadsheet')
      .fill(
        'Supplier name,Supplier type,Account number,Sort code,Amount,Payment reference\n' +
          'Blue Close Match Ltd,Business,87654321,65-43-21,99.99,INV-CSP-9',
      );
    await builder.getByRole('button', { name: 'Read rows' }).click();
    await builder.getByText('1 row read: 1 ready, 0 with problems.').waitFor();
    await builder.getByRole('button', { name: 'Add all 1' }).click();
    await builder.getByText('1 payment · total £99.99').first().waitFor();
    const name = builder.getByLabel('Supplier name').first();
    await name.fill('Northwind Traders Ltd');
    const value = await name.inputValue();
    if (value !== 'Northwind Traders Ltd') throw new Error(`typed "${value}"`);
    return loadedOnDemand();
  });

  await step('no CSP violation, page error, console error or failed request', () =>
    noProblems(log),
  );

  // Without this, "no violation" could mean no policy: a raw HTML sink must be refused, reported.
  await step('Trusted Types are enforced: a raw innerHTML is refused and reported', async () => {
    const refused = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>raw</b>';
        return false;
      } catch (error) {
        return error instanceof TypeError;
      }
    });
    await page.waitForTimeout(100);
    const reported = log.problems.some((p) => p.includes('CSP violation: require-trusted-types'));
    if (!refused || !reported) throw new Error(`refused: ${refused}, reported: ${reported}`);
  });
  await closePage();
}

/** The page loads the entry (served intact), refuses it by its hash, and defines no element. */
async function checkRefused(url, name) {
  const log = await watchedPage();
  await step(name, async () => {
    const entry = page.waitForResponse((response) => response.url().endsWith(`/cdn/${ENTRY}`));
    await page.goto(url);
    if ((await entry).status() !== 200) throw new Error('the entry was not served');
    await page.waitForLoadState('load'); // module scripts have run or failed
    await page.waitForTimeout(200);
    const defined = await page.evaluate((tags) => tags.filter((t) => customElements.get(t)), TAGS);
    if (defined.length) throw new Error(`defined anyway: ${defined.join(', ')}`);
    if (!log.messages.some((m) => /integrity/.test(m))) {
      throw new Error(`no integrity error: ${log.messages.join('; ') || 'nothing logged'}`);
    }
  });
  await closePage();
}

/** The README's import map: every file checked, the map itself allowed by its hash. */
async function checkPinnedPage(url, policy) {
  const log = await watchedPage();
  await step('every hash pinned in an import map: the page works, lazy code included', async () => {
    await openWithPolicy(url, policy);
    await elementsDefined();
    const builder = page.locator('payment-run-builder');
    await page.locator('payment-run-status').getByText('Blue Close Match Ltd').first().waitFor();
    await builder.getByRole('button', { name: 'Paste rows' }).click();
    await builder.getByLabel('Paste the rows copied from your spreadsheet').waitFor();
    noProblems(log);
    return `from /cdn/: ${log.cdn.join(', ')}`;
  });
  await closePage();
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`\ncdn-csp: ${passed} passed, ${failed} failed (${seconds} s)`);
if (process.env.CDN_CSP_COUNTS_FILE) {
  writeFileSync(process.env.CDN_CSP_COUNTS_FILE, JSON.stringify({ passed, failed }));
}
process.exit(failed ? 1 : 0);
