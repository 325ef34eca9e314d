// The autoloader part of the CDN build (run by scripts/build-cdn.mjs): `loader.js`, which loads
// `<tag>.js` beside it the first time the tag appears in the page (src/loader.ts), the element
// files it loads, one per tag of src/cdn-elements.json, one per language there (`loader-de.js`,
// `loader-fr.js`, which the loader loads before an element in that language), and the hashed
// chunks they share: Lit, ky, zod, the client, the texts, and what loads on demand.
//
// Two passes, as for the one-file build: Vite compiles every source module into its own minified
// file (templates minified too), then Rollup chunks them, so each chunk holds the modules the same
// set of element files needs and a page downloads no module its elements do not use; each chunk
// is minified again.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { minify } from 'rolldown/experimental';
import { rollup } from 'rollup';
import { compile, root } from './cdn-compile.mjs';

export const LOADER = 'loader.js';

const known = () => JSON.parse(readFileSync(join(root, 'src/cdn-elements.json'), 'utf8'));

/** tag -> source entry: the elements the loader knows (src/cdn-elements.json). */
export const loaderElements = () => known().elements;

/** The languages of loader pages: file name (`loader-de`) -> source (src/cdn-elements.json). */
const loaderLanguages = () =>
  Object.fromEntries(Object.entries(known().languages).map(([l, src]) => [`loader-${l}`, src]));

async function minified(fileName, code) {
  return (await minify(fileName, code, { module: true })).code;
}

/**
 * Builds the loader and its files into `outDir`, using `scratch` for pass 1. Returns each file
 * as `{ file, code, imports, dynamicImports }` (chunk names, as in the import statements).
 */
export async function buildLoader({ outDir, scratch }) {
  const sources = { ...loaderElements(), ...loaderLanguages() };
  const entry = Object.fromEntries(Object.entries(sources).map(([n, s]) => [n, resolve(root, s)]));
  const modules = join(scratch, 'modules');
  await compile(modules, { entry, preserveModules: true });
  const bundle = await rollup({
    input: Object.fromEntries(
      Object.keys(entry).map((name) => [name, join(modules, `${name}.js`)]),
    ),
    preserveEntrySignatures: 'allow-extension',
  });
  const { output } = await bundle.generate({
    format: 'es',
    entryFileNames: '[name].js',
    // Parts loaded on demand keep their module's name; what element files share is `shared-*`
    // (Rollup would name it after one of its modules, e.g. Lit's chunk after an enum file).
    chunkFileNames: (chunk) => (chunk.isDynamicEntry ? '[name]-[hash].js' : 'shared-[hash].js'),
  });
  await bundle.close();
  const files = [];
  for (const chunk of output) {
    if (chunk.type !== 'chunk') continue;
    const code = await minified(chunk.fileName, chunk.code);
    writeFileSync(join(outDir, chunk.fileName), code);
    const { imports, dynamicImports } = chunk;
    files.push({ file: chunk.fileName, code, imports, dynamicImports });
  }

  const loaderDir = join(scratch, 'loader');
  await compile(loaderDir, { entry: { loader: resolve(root, 'src/loader.ts') } });
  const written = readdirSync(loaderDir);
  if (written.length !== 1) throw new Error(`${LOADER} must be one file: ${written.join(', ')}`);
  const code = await minified(LOADER, readFileSync(join(loaderDir, LOADER), 'utf8'));
  writeFileSync(join(outDir, LOADER), code);
  // The element and language files are loaded by URL at run time: the loader's dynamic imports.
  const loaded = Object.keys(sources).map((name) => `${name}.js`);
  files.unshift({ file: LOADER, code, imports: [], dynamicImports: loaded });
  return files;
}
