// Fails when the committed custom-elements.json differs from what the analyzer makes of the source.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'cem-'));
try {
  // The analyzer resolves --outdir against the working directory.
  execFileSync('node_modules/.bin/cem', ['analyze', '--outdir', relative(process.cwd(), dir)], {
    stdio: 'pipe',
  });
  const fresh = readFileSync(join(dir, 'custom-elements.json'), 'utf8');
  const committed = readFileSync('custom-elements.json', 'utf8');
  if (JSON.stringify(JSON.parse(fresh)) !== JSON.stringify(JSON.parse(committed))) {
    console.log('custom-elements.json is stale: run `npm run analyze` and commit it.');
    process.exit(1);
  }
  console.log('custom-elements.json is current');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
