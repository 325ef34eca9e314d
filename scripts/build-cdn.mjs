// The CDN build: one file to put in a <script type="module"> tag, with every element, the client
// and their dependencies inlined, and, beside it, what loads only when used (CSV import and Papa
// Parse, the long-list virtualizer, dialogs) and the languages (`locales/de.js`, `locales/fr.js`).
//
// Two passes. Vite (rolldown) compiles, resolves and minifies, with the HTML and CSS inside
// template literals minified too. Rolldown then leaves modules shared by the entry and a lazy
// chunk (lit-html) in a chunk of their own, which would make the first paint two files
// (rolldown/rolldown#10731); Rollup re-chunks that output, keeping modules the entry always
// loads inside the entry, and the result is minified again.
//
// Beside it, the autoloader (scripts/build-cdn-loader.mjs): `loader.js`, one file per element
// (`<tag>.js`) and the chunks they share, for pages that load only the elements they use.
//
// Usage: node scripts/build-cdn.mjs [--out dist-cdn] [--readme | --check-readme]. Prints each
// file with its size and its Subresource Integrity hash, and writes `integrity.json` (file ->
// sha384) beside them. `--readme` writes the README's CDN snippet (between the cdn markers) with
// the hashes of this build; `--check-readme` fails when the README's snippet is not current.
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { minify } from 'rolldown/experimental';
import { rollup } from 'rollup';
import { buildLoader, LOADER } from './build-cdn-loader.mjs';
import { compile, root } from './cdn-compile.mjs';

export { LOADER };
export const CDN_ENTRY = 'payment-run-elements.js';
const translate = resolve(root, 'src/i18n/translate.ts');

const sri = (code) => `sha384-${createHash('sha384').update(code).digest('base64')}`;
const gz = (code) => gzipSync(code, { level: 9 }).length;

/** Pass 2: re-chunk with Rollup so the entry is self-contained, then minify every chunk. */
async function rechunk(inDir, outDir) {
  const bundle = await rollup({
    input: join(inDir, CDN_ENTRY),
    preserveEntrySignatures: 'allow-extension',
  });
  const { output } = await bundle.generate({
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
  });
  await bundle.close();
  const files = [];
  for (const chunk of output) {
    if (chunk.type !== 'chunk') continue;
    const { code } = await minify(chunk.fileName, chunk.code, { module: true });
    writeFileSync(join(outDir, chunk.fileName), code);
    const { imports, dynamicImports } = chunk;
    files.push({ file: chunk.fileName, code, imports, dynamicImports });
  }
  return files;
}

/** Builds the CDN files into `outDir`; returns each file with its size and integrity. */
export async function buildCdn({ outDir = join(root, 'dist-cdn') } = {}) {
  const scratch = mkdtempSync(join(tmpdir(), 'cdn-'));
  try {
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(join(outDir, 'locales'), { recursive: true });
    await compile(join(scratch, 'main'), {
      entry: { 'payment-run-elements': resolve(root, 'src/exports.ts') },
    });
    // The languages register their strings through the entry's own `registerStrings`.
    await compile(join(outDir, 'locales'), {
      entry: { de: resolve(root, 'src/locales/de.ts'), fr: resolve(root, 'src/locales/fr.ts') },
      external: [translate],
      paths: { [translate]: `../${CDN_ENTRY}` },
    });
    const chunks = await rechunk(join(scratch, 'main'), outDir);
    const entry = chunks.find((c) => c.file === CDN_ENTRY);
    if (entry.imports.length) {
      throw new Error(`${CDN_ENTRY} is not self-contained: it imports ${entry.imports.join(', ')}`);
    }
    const localeFiles = readdirSync(join(outDir, 'locales')).map((name) => {
      const code = readFileSync(join(outDir, 'locales', name), 'utf8');
      return { file: `locales/${name}`, code, imports: [`../${CDN_ENTRY}`], dynamicImports: [] };
    });
    const loaderFiles = await buildLoader({ outDir, scratch: join(scratch, 'loader') });
    // A chunk both builds make alike (same name, same code) is one file.
    const same = loaderFiles.filter((f) => {
      const twin = chunks.find((c) => c.file === f.file);
      if (twin && twin.code !== f.code) throw new Error(`two different files named ${f.file}`);
      return twin;
    });
    const files = [...chunks, ...localeFiles, ...loaderFiles.filter((f) => !same.includes(f))].map(
      ({ file, code, imports, dynamicImports }) => ({
        file,
        min: Buffer.byteLength(code),
        gz: gz(code),
        integrity: sri(code),
        imports,
        dynamicImports,
      }),
    );
    writeFileSync(
      join(outDir, 'integrity.json'),
      `${JSON.stringify(Object.fromEntries(files.map((f) => [f.file, f.integrity])), null, 2)}\n`,
    );
    return files;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const README_START = '<!-- cdn:start (generated by scripts/build-cdn.mjs --readme) -->';
const README_END = '<!-- cdn:end -->';

/** The README's CDN snippet for this build's files. */
export function readmeSnippet(files) {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const base = `https://cdn.jsdelivr.net/npm/payment-run-elements@${version}/dist-cdn/`;
  const byFile = Object.fromEntries(files.map((f) => [f.file, f]));
  const entry = byFile[CDN_ENTRY];
  const loader = byFile[LOADER];
  // Indented as Prettier leaves it in the README, so the hash is of the text hosts copy.
  const importMap = JSON.stringify(
    { integrity: Object.fromEntries(files.map((f) => [base + f.file, f.integrity])) },
    null,
    2,
  ).replace(/^/gm, '  ');
  const importMapHash = createHash('sha256').update(`\n${importMap}\n`).digest('base64');
  return [
    README_START,
    '',
    '```html',
    '<script',
    '  type="module"',
    `  src="${base}${CDN_ENTRY}"`,
    `  integrity="${entry.integrity}"`,
    '  crossorigin="anonymous"',
    '></script>',
    '',
    '<payment-run-status',
    '  payment-run-id="652d25b73541d8084a88a38d"',
    '  api-base="/api/weavr"',
    '  token-endpoint="/session/weavr-token"',
    '></payment-run-status>',
    '```',
    '',
    `\`${CDN_ENTRY}\` is ${entry.gz} B min+gzip and holds every element and the client. What`,
    'loads only when used comes from the same folder: German and French',
    `(\`locales/de.js\`, ${byFile['locales/de.js'].gz} B; \`locales/fr.js\`, ${byFile['locales/fr.js'].gz} B; add a \`<script type="module">\``,
    'for each), and the chunks of the CSV import, the long-list virtualizer, the status dialogs and',
    "SCA step, and funding's account choice and groups.",
    '',
    'To load only what the page uses, put the autoloader in its place:',
    '',
    '```html',
    '<script',
    '  type="module"',
    `  src="${base}${LOADER}"`,
    `  integrity="${loader.integrity}"`,
    '  crossorigin="anonymous"',
    '></script>',
    '```',
    '',
    `\`${LOADER}\` (${loader.gz} B) loads an element's file (\`<tag>.js\` from the same folder) the first`,
    'time its tag appears in the page, also when it is added later, with the chunks it shares with',
    'the other elements: a page with one badge downloads about the badge, a page with the status',
    'element about the status element (see [Size budgets](#size-budgets)). With the loader the',
    'elements take their configuration from their attributes or `client` property (`configure()`',
    'is in the one-file build). An element in German or French (its `locale`, else the nearest',
    "`lang`, else the browser's language) gets its texts first: `loader-de.js` or `loader-fr.js`",
    '(`locales/*.js` belong to the one-file build). A file that cannot load is reported once, in',
    'the console and as a `payment-run-elements-load-error` event on `document` (`detail.file`),',
    'and not retried.',
    '',
    '`integrity` covers the file in the tag only. To pin every file, list them all in an import map before',
    'the first module script; browsers then check each file, lazy chunks included, however it is',
    'imported (also `import { configure } from "…/payment-run-elements.js"` in your own module).',
    `Under a strict CSP, allow this inline map by its hash: \`script-src 'self' 'sha256-${importMapHash}'\`.`,
    '',
    '```html',
    '<script type="importmap">',
    importMap,
    '</script>',
    '```',
    '',
    README_END,
  ].join('\n');
}

function readmeWith(snippet) {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error('README.md has no cdn markers');
  return { readme, next: readme.slice(0, start) + snippet + readme.slice(end + README_END.length) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--out');
  const check = args.includes('--check-readme');
  const outDir =
    at >= 0 ? resolve(args[at + 1]) : check ? mkdtempSync(join(tmpdir(), 'cdn-check-')) : undefined;
  const files = await buildCdn({ outDir });
  for (const f of files) {
    console.log(
      `${f.file.padEnd(36)} ${String(f.gz).padStart(6)} B min+gzip ${String(f.min).padStart(7)} B min  ${f.integrity}`,
    );
  }
  console.log(`cdn: ${files.length} files in ${relative(process.cwd(), outDir ?? 'dist-cdn')}`);
  if (check) rmSync(outDir, { recursive: true, force: true });
  if (check || args.includes('--readme')) {
    const { readme, next } = readmeWith(readmeSnippet(files));
    if (check && readme !== next) {
      console.error(
        'README.md: the CDN snippet is not current; run `npm run build:cdn -- --readme`.',
      );
      process.exit(1);
    }
    if (!check) writeFileSync(join(root, 'README.md'), next);
    console.log(
      check ? 'README.md: the CDN snippet is current.' : 'README.md: CDN snippet written.',
    );
  }
}
