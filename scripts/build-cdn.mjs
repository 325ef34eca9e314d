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
// Usage: node scripts/build-cdn.mjs [--out dist-cdn] [--readme | --check-readme]. Prints each
// file with its size and its Subresource Integrity hash, and writes `integrity.json` (file ->
// sha384) beside them. `--readme` writes the README's CDN snippet (between the cdn markers) with
// the hashes of this build; `--check-readme` fails when the README's snippet is not current.
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { minify } from 'rolldown/experimental';
import { rollup } from 'rollup';
import minifyTemplateLiterals from 'rollup-plugin-minify-template-literals';
import { build } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CDN_ENTRY = 'payment-run-elements.js';
const translate = resolve(root, 'src/i18n/translate.ts');

const sri = (code) => `sha384-${createHash('sha384').update(code).digest('base64')}`;
const gz = (code) => gzipSync(code, { level: 9 }).length;

/**
 * Minifies the HTML and CSS in `html` and `css` literals. The minifier prints, and then leaves
 * as they are, the style fragments it cannot parse alone (custom-property lists spliced into
 * other rules, `unsafeCSS`); those messages are kept out of the build output.
 */
function quietTemplateMinifier() {
  const plugin = minifyTemplateLiterals({ include: ['**/src/**/*.ts'] });
  const transform = plugin.transform;
  return {
    ...plugin,
    async transform(...args) {
      const { warn, log } = console;
      console.warn = console.log = () => {};
      try {
        return await transform.apply(this, args);
      } finally {
        Object.assign(console, { warn, log });
      }
    },
  };
}

/** Pass 1: compile and minify with Vite; `locales` builds the language files against the entry. */
async function compile(outDir, { entry, locales }) {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins: [quietTemplateMinifier()],
    build: {
      target: 'es2022',
      outDir,
      emptyOutDir: true,
      minify: true,
      lib: { entry, formats: ['es'] },
      rolldownOptions: {
        // The languages register their strings through the entry's own `registerStrings`.
        ...(locales && { external: [translate] }),
        output: {
          minify: true,
          ...(locales && { paths: { [translate]: `../${CDN_ENTRY}` } }),
          entryFileNames: '[name].js',
          chunkFileNames: '[name].js',
        },
      },
    },
  });
}

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
    files.push({ file: chunk.fileName, code, imports: chunk.imports });
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
    await compile(join(outDir, 'locales'), {
      entry: { de: resolve(root, 'src/locales/de.ts'), fr: resolve(root, 'src/locales/fr.ts') },
      locales: true,
    });
    const chunks = await rechunk(join(scratch, 'main'), outDir);
    const entry = chunks.find((c) => c.file === CDN_ENTRY);
    if (entry.imports.length) {
      throw new Error(`${CDN_ENTRY} is not self-contained: it imports ${entry.imports.join(', ')}`);
    }
    const localeFiles = readdirSync(join(outDir, 'locales')).map((name) => {
      const code = readFileSync(join(outDir, 'locales', name), 'utf8');
      return { file: `locales/${name}`, code };
    });
    const files = [...chunks, ...localeFiles].map(({ file, code }) => ({
      file,
      min: Buffer.byteLength(code),
      gz: gz(code),
      integrity: sri(code),
    }));
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
    `\`${CDN_ENTRY}\` is ${entry.gz} B min+gzip and holds all four elements and the client. What`,
    'loads only when used comes from the same folder: German and French',
    `(\`locales/de.js\`, ${byFile['locales/de.js'].gz} B; \`locales/fr.js\`, ${byFile['locales/fr.js'].gz} B; add a \`<script type="module">\``,
    'for each), and the chunks of the CSV import, the long-list virtualizer, the status dialogs and',
    "SCA step, and funding's account choice and groups.",
    '`integrity` covers the entry only. To pin every file, list them all in an import map before',
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
