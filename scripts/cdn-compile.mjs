// Pass 1 of the CDN builds (scripts/build-cdn.mjs): Vite (rolldown) compiles, resolves and
// minifies, with the HTML and CSS inside `html` and `css` template literals minified too.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import minifyTemplateLiterals from 'rollup-plugin-minify-template-literals';
import { build } from 'vite';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

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

/**
 * Compiles `entry` (name -> source) into `outDir` as ES modules, minified. `external` and
 * `paths` are rolldown's; `preserveModules` writes one file per source module, for Rollup to
 * chunk in pass 2.
 */
export async function compile(outDir, { entry, external, paths, preserveModules = false }) {
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
        ...(external && { external }),
        // The template minifier is slow by design; no timing report in the build output.
        checks: { bundlerTimings: false },
        output: {
          minify: true,
          ...(paths && { paths }),
          ...(preserveModules && { preserveModules: true, preserveModulesRoot: 'src' }),
          entryFileNames: '[name].js',
          chunkFileNames: '[name].js',
        },
      },
    },
  });
}
