// What every benchmark shares: its page (bench/<name>.bench.html) built as users get it
// (production Lit, every chunk on demand as in a host's build), served by `vite preview`, and
// opened in Debian's Chromium once the page says `window.bench.ready`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { build, preview } from 'vite';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';

/** The middle value (the upper one of an even count). */
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Builds, serves and opens `bench/<name>.bench.html`; `close()` ends all of it. */
export async function openBenchPage(name) {
  const outDir = mkdtempSync(join(tmpdir(), `${name}-bench-`));
  const closers = [() => rmSync(outDir, { recursive: true, force: true })];
  const close = async () => {
    for (const closer of closers.reverse()) await closer();
  };
  try {
    await build({
      configFile: false,
      logLevel: 'warn',
      root: 'bench',
      base: './',
      build: {
        outDir,
        emptyOutDir: true,
        target: 'es2022',
        rolldownOptions: { input: `bench/${name}.bench.html` },
      },
    });
    const server = await preview({
      configFile: false,
      root: 'bench',
      logLevel: 'warn',
      build: { outDir },
      preview: { port: 0, host: '127.0.0.1' },
    });
    closers.push(() => new Promise((resolve) => server.httpServer.close(resolve)));
    const browser = await chromium.launch(chromiumLaunchOptions);
    closers.push(() => browser.close());
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await page.goto(`${server.resolvedUrls.local[0]}${name}.bench.html`);
    await page.waitForFunction(() => window.bench?.ready, undefined, { timeout: 30_000 });
    return { page, close };
  } catch (error) {
    await close();
    throw error;
  }
}
