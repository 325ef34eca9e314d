// What a host's bundler keeps: each side-effect import of the built package, bundled by Vite as a
// host app would (honouring `sideEffects` in package.json), must still register its elements.
// A missing `sideEffects` entry once made `import 'payment-run-elements'` register nothing.
// Run after `npm run build`. Usage: node scripts/check-consumer-bundle.mjs
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

const TAGS = [
  'payment-run-builder',
  'payment-run-status',
  'funding-instructions',
  'cop-result-badge',
  'payment-run-list',
];
/** import specifier -> tags it must register */
const cases = {
  'payment-run-elements': TAGS,
  ...Object.fromEntries(TAGS.map((tag) => [`payment-run-elements/${tag}.js`, [tag]])),
};

// A host app: its own folder, the package installed in its node_modules (a link to this repo).
const scratch = mkdtempSync(join(tmpdir(), 'consumer-'));
mkdirSync(join(scratch, 'node_modules'));
symlinkSync(process.cwd(), join(scratch, 'node_modules', 'payment-run-elements'), 'dir');
let passed = 0;
let failed = 0;
try {
  for (const [specifier, tags] of Object.entries(cases)) {
    const entry = join(scratch, 'app.js');
    writeFileSync(entry, `import '${specifier}';\n`);
    const result = await build({
      configFile: false,
      logLevel: 'silent',
      root: scratch,
      build: {
        write: false,
        minify: false,
        rolldownOptions: { input: entry },
      },
    });
    const code = (Array.isArray(result) ? result[0] : result).output
      .filter((o) => o.type === 'chunk')
      .map((o) => o.code)
      .join('\n');
    const missing = tags.filter(
      (tag) => !new RegExp(`\\.define\\(\\s*["'\`]${tag}["'\`]`).test(code),
    );
    if (missing.length) {
      failed++;
      console.log(`FAIL import '${specifier}': ${missing.join(', ')} not registered`);
    } else {
      passed++;
      console.log(`ok   import '${specifier}' registers ${tags.join(', ')}`);
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
console.log(`consumer bundle: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
