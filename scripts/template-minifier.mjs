// The HTML and CSS inside `html` and `css` template literals, minified: used by the npm build
// (vite.config.ts), the CDN builds (scripts/cdn-compile.mjs) and the size check, so what the size
// check measures is what dist/ ships.
import minifyTemplateLiterals from 'rollup-plugin-minify-template-literals';

/**
 * Minifies the HTML and CSS in `html` and `css` literals of `src/`. The minifier prints, and then
 * leaves as they are, the style fragments it cannot parse alone (custom-property lists spliced
 * into other rules, `unsafeCSS`); those messages are kept out of the build output.
 */
export function quietTemplateMinifier() {
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
