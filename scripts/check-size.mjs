// Size budgets, in bytes of min+gzip (level 9), for each entry bundled with every dependency it
// loads at first paint. Bundle sizes are deterministic, so this is a hard check run by `npm test`.
// Usage: node scripts/check-size.mjs [--json]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { buildCdn, CDN_ENTRY } from './build-cdn.mjs';

/** entry -> budget in bytes (min+gzip) */
export const budgets = {
  'src/api/index.ts': 16.5 * 1024, // +512 B for issue 12: error type guards, failure paths, amount rule
  'src/payment-run-builder.ts': 34 * 1024,
  'src/payment-run-status.ts': 42 * 1024,
  'src/funding-instructions.ts': 33 * 1024,
  'src/cop-result-badge.ts': 9 * 1024,
};

async function measure(entry) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry, formats: ['es'], fileName: 'bundle' },
      // Code loaded on demand (dynamic import) is not part of the first paint.
      rolldownOptions: { output: { minify: true } },
    },
  });
  const outputs = (Array.isArray(result) ? result[0] : result).output;
  const chunks = new Map(outputs.map((o) => [o.fileName, o]));
  // The entry and every chunk it imports statically; dynamic imports load later.
  const seen = new Set();
  let code = '';
  const visit = (fileName) => {
    if (seen.has(fileName)) return;
    seen.add(fileName);
    const chunk = chunks.get(fileName);
    code += chunk.code;
    chunk.imports.forEach(visit);
  };
  visit(outputs.find((o) => o.type === 'chunk' && o.isEntry).fileName);
  return { min: code.length, gz: gzipSync(code, { level: 9 }).length };
}

/**
 * The CDN file, which holds all four elements and the client (see scripts/build-cdn.mjs). Issue 7
 * asks for 45 KB; this budget holds what is measured so it cannot grow while that is open.
 */
export const cdnBudget = 57.5 * 1024;

async function measureCdn() {
  const outDir = mkdtempSync(join(tmpdir(), 'cdn-size-'));
  try {
    const files = await buildCdn({ outDir });
    return files.find((f) => f.file === CDN_ENTRY);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

let failed = 0;
const rows = [];
const measured = Object.entries(budgets).map(([entry, budget]) => [entry, budget, measure]);
measured.push([`CDN ${CDN_ENTRY} (all four elements and the client)`, cdnBudget, measureCdn]);
for (const [entry, budget, measureOne] of measured) {
  const { min, gz } = await measureOne(entry);
  const ok = gz <= budget;
  if (!ok) failed++;
  rows.push({ entry, min, gz, budget, ok });
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${entry}: ${gz} B min+gzip (${min} B min), budget ${budget} B (${((gz / budget) * 100).toFixed(1)} %)`,
  );
}
if (process.argv.includes('--json')) console.log(JSON.stringify(rows));
console.log(`size: ${rows.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
