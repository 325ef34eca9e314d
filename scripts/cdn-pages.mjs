// What a host page downloads from the CDN build, by the elements it uses: the sizes of the README's
// size table and the budgets of scripts/check-size.mjs. Each file counts with its own min+gzip
// size (a browser fetches and decompresses each alone).
import { CDN_ENTRY, LOADER } from './build-cdn.mjs';
import { loaderElements } from './build-cdn-loader.mjs';

const ELEMENTS = Object.keys(loaderElements());

/** The page types: name -> the files its own `<script>` tags or the loader load first. */
export const PAGE_TYPES = {
  'loader, one `<cop-result-badge>`': [LOADER, 'cop-result-badge.js'],
  'loader, `<payment-run-builder>` only': [LOADER, 'payment-run-builder.js'],
  'loader, `<payment-run-status>` only': [LOADER, 'payment-run-status.js'],
  'loader, `<funding-instructions>` only': [LOADER, 'funding-instructions.js'],
  'loader, every element': [LOADER, ...ELEMENTS.map((tag) => `${tag}.js`)],
  [`one file, \`${CDN_ENTRY}\` (any elements)`]: [CDN_ENTRY],
};

/**
 * For each page type, the files it loads and their total min+gzip bytes: `firstPaint` follows
 * static imports only (what the elements need to show), `all` also every `import()` (the parts
 * loaded on demand: dialogs, CSV import, virtualizer, funding's choice and groups). `files` is
 * scripts/build-cdn.mjs's list, each with `gz`, `imports` and `dynamicImports`.
 */
export function pageSizes(files) {
  const byName = new Map(files.map((f) => [f.file, f]));
  const reach = (start, lazy) => {
    const seen = new Set();
    const visit = (name) => {
      if (seen.has(name)) return;
      const file = byName.get(name);
      if (!file) throw new Error(`the CDN build has no ${name}`);
      seen.add(name);
      file.imports.forEach(visit);
      if (lazy) file.dynamicImports.forEach(visit);
    };
    start.forEach(visit);
    return seen;
  };
  const total = (names) => [...names].reduce((sum, name) => sum + byName.get(name).gz, 0);
  return Object.entries(PAGE_TYPES).map(([page, start]) => {
    // The loader's own dynamic imports are every element: only `start`'s elements load.
    const shown = new Set(start.filter((name) => name !== LOADER));
    const firstPaint = reach(start, false);
    const all = new Set([...firstPaint, ...reach([...shown], true)]);
    return {
      page,
      firstPaint: { files: [...firstPaint], gz: total(firstPaint) },
      all: { files: [...all], gz: total(all) },
    };
  });
}
