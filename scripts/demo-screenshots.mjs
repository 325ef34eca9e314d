// Screenshots of the demo as a person sees it, at 1280, 768 and 390 px, light and English, dark
// and German, with a run awaiting confirmation open (its table shows checkboxes and Edit), and a
// check that nothing sticks out of the page's cards. Writes docs/screenshots/*.png (linked from
// the README). Usage: node scripts/demo-screenshots.mjs [--check] (check only, no files written)
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright';
import { createServer } from 'vite';
import { chromiumLaunchOptions } from './chromium.mjs';

export const DEMO_WIDTHS = [1280, 768, 390];
const SCENES = [
  { name: 'light-en', colorScheme: 'light', lang: 'en-GB', awaiting: 'Awaiting confirmation' },
  { name: 'dark-de', colorScheme: 'dark', lang: 'de', awaiting: 'Wartet auf Bestätigung' },
];

/**
 * What sticks out of the demo's cards: every element of the library (and everything in its shadow
 * root) must lie inside the card that holds it, and the page must be no wider than the viewport.
 * Scroll regions inside an element may hold wider content. Returns readable lines, empty if fine.
 */
export function cardOverflows(page) {
  return page.evaluate(() => {
    const problems = [];
    const clips = (el) => getComputedStyle(el).overflowX !== 'visible';
    const check = (root, card, where) => {
      for (const el of root.children) {
        const r = el.getBoundingClientRect();
        const c = card.getBoundingClientRect();
        const painted = r.width > 1 || r.height > 1;
        if (painted && (r.left < c.left - 0.5 || r.right > c.right + 0.5)) {
          const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30);
          problems.push(
            `${where} ${el.localName}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} "${text}": ${Math.round(Math.max(c.left - r.left, r.right - c.right))} px outside its card`,
          );
        }
        if (clips(el) && el.localName !== 'body') continue;
        if (el.shadowRoot) check(el.shadowRoot, card, where);
        check(el, card, where);
      }
    };
    for (const card of document.querySelectorAll('.card')) {
      check(card, card, card.querySelector('h2')?.textContent?.trim() ?? 'card');
    }
    const wider = document.documentElement.scrollWidth - document.documentElement.clientWidth;
    if (wider > 0) problems.push(`the page is ${wider} px wider than the viewport`);
    return problems;
  });
}

/** Opens the first run in `status` words (as the runs list shows them) below the list. */
export async function openRunWithStatus(page, words) {
  const row = page.locator('payment-run-list tbody tr').filter({ hasText: words }).first();
  await row.locator('button.open').click();
  await page.locator('payment-run-status').getByRole('heading', { level: 2 }).first().waitFor();
}

async function main() {
  const checkOnly = process.argv.includes('--check');
  const server = await createServer({
    configFile: 'demo/vite.config.ts',
    logLevel: 'warn',
    server: { port: 0, strictPort: false },
  });
  await server.listen();
  const url = server.resolvedUrls.local[0];
  const browser = await chromium.launch(chromiumLaunchOptions);
  if (!checkOnly) mkdirSync('docs/screenshots', { recursive: true });
  const problems = [];
  try {
    for (const scene of SCENES) {
      const context = await browser.newContext({ colorScheme: scene.colorScheme });
      const page = await context.newPage();
      await page.goto(url);
      await page.evaluate(
        (lang) => document.documentElement.setAttribute('lang', lang),
        scene.lang,
      );
      await page.locator('payment-run-list tbody tr').first().waitFor();
      await openRunWithStatus(page, scene.awaiting);
      await page.waitForTimeout(500);
      for (const width of DEMO_WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await page.waitForTimeout(300);
        for (const line of await cardOverflows(page))
          problems.push(`${scene.name} ${width}: ${line}`);
        if (!checkOnly) {
          const path = `docs/screenshots/demo-${width}-${scene.name}.png`;
          await page.screenshot({ path, fullPage: true });
          console.log(`wrote ${path}`);
        }
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  for (const line of problems) console.log(`  outside: ${line}`);
  console.log(
    problems.length ? `${problems.length} things outside their cards` : 'nothing outside its card',
  );
  process.exit(problems.length ? 1 : 0);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
