// Smoke-tests the *production* Storybook build (storybook-static/): every story must render
// with its custom elements defined and no page errors. Catches what dev-mode tests can't
// (e.g. a component module tree-shaken away because of package.json "sideEffects").
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from './chromium.mjs';

const root = 'storybook-static';
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};
const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(
    /^(\.\.[/\\])+/,
    '',
  );
  try {
    const body = await readFile(join(root, path.endsWith('/') ? path + 'index.html' : path));
    res
      .writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' })
      .end(body);
  } catch {
    res.writeHead(404).end();
  }
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const base = `http://127.0.0.1:${server.address().port}`;

const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
const browser = await chromium.launch(chromiumLaunchOptions);
let passed = 0,
  failed = 0;
for (const s of stories) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${base}/iframe.html?id=${s.id}&viewMode=story`);
  try {
    await page.waitForFunction(
      () => {
        const root = document.querySelector('#storybook-root');
        const els = root
          ? [...root.querySelectorAll('*')].filter((el) => el.localName.includes('-'))
          : [];
        return (
          els.length > 0 && els.every((el) => customElements.get(el.localName) && el.shadowRoot)
        );
      },
      null,
      { timeout: 10000 },
    );
    if (errors.length) throw new Error(errors.join('\n'));
    passed++;
    console.log(`  ok   ${s.id}`);
  } catch (e) {
    failed++;
    console.log(`  FAIL ${s.id}: ${String(e).split('\n')[0]}`);
  }
  await page.close();
}
await browser.close();
server.close();
console.log(`\nstorybook-static: ${passed} passed, ${failed} failed`);
process.exit(failed || !passed ? 1 : 0);
