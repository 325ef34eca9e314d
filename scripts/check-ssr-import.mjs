// Server-side rendering frameworks import components in Node, where there is no DOM: every
// entry of the built package must import there without touching window or document.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const entries = Object.entries(pkg.exports)
  .filter(([, target]) => typeof target === 'object')
  .map(([name, target]) => [name, target.default]);

let passed = 0;
let failed = 0;
for (const [name, file] of entries) {
  try {
    await import(pathToFileURL(file).href);
    passed++;
    console.log(`ok   ${name} (${file})`);
  } catch (error) {
    failed++;
    console.log(`FAIL ${name} (${file}): ${String(error).split('\n')[0]}`);
  }
}
console.log(`ssr import: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
