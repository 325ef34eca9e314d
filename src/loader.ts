/**
 * `dist-cdn/loader.js`, the CDN autoloader: one `<script type="module">` that loads each element's
 * code the first time its tag appears in the page, at load or later, from `<tag>.js` beside
 * itself. The element files share Lit, the client and the texts through common chunks, so a page
 * downloads only what its elements use. An element in German or French (its `locale`, else the
 * nearest `lang`, else the browser's language) gets `loader-de.js` or `loader-fr.js` first, so it
 * renders in its language. Built by scripts/build-cdn.mjs; imports nothing, so it stays small.
 *
 * The elements and languages it knows are those of `cdn-elements.json` (name -> source entry),
 * the one place to add an element: the CDN build makes `<tag>.js` from each entry.
 *
 * A file that cannot load is reported once, with `console.error` and a
 * `payment-run-elements-load-error` event on `document` (`detail: { file, error }`), and not
 * retried: a page that can reach the CDN again reloads. An element whose language cannot load
 * shows in English.
 */
import known from './cdn-elements.json';

export const LOAD_ERROR_EVENT = 'payment-run-elements-load-error';

// Read into a variable: bundlers rewrite `new URL(…, import.meta.url)` as an asset reference.
const base = import.meta.url;
const selector = Object.keys(known.elements).join(',');
const loading = new Map<string, Promise<void>>();
const watched = new WeakSet<Node>();

/** Loads `file` (beside the loader) once; resolves when it ran or failed, never rejects. */
function once(file: string): Promise<void> {
  let done = loading.get(file);
  if (!done) {
    done = import(new URL(`./${file}`, base).href).then(
      () => undefined,
      (error: unknown) => {
        console.error(`payment-run-elements: could not load ${file}`, error);
        document.dispatchEvent(new CustomEvent(LOAD_ERROR_EVENT, { detail: { file, error } }));
      },
    );
    loading.set(file, done);
  }
  return done;
}

/** The language file `element` needs, if it has one: `de` for `de-AT`, none for English. */
function languageOf(element: Element): string | undefined {
  const locale =
    element.getAttribute('locale') ||
    element.closest('[lang]')?.getAttribute('lang') ||
    navigator.language;
  const language = locale.toLowerCase().split('-')[0];
  return Object.hasOwn(known.languages, language) ? `loader-${language}.js` : undefined;
}

/** Loads the code of `element` (its language first) unless its tag is defined already. */
async function load(element: Element): Promise<void> {
  const tag = element.localName;
  if (!customElements.get(tag)) {
    const language = languageOf(element);
    if (language) await once(language);
    await once(`${tag}.js`);
  }
  if (element.shadowRoot) watch(element.shadowRoot);
}

/** Loads every known element in `root` (itself included). */
function discover(root: Element | Document | ShadowRoot): void {
  const found = [...root.querySelectorAll(selector)];
  if (root instanceof Element && root.matches(selector)) found.push(root);
  for (const element of found) void load(element);
}

/** Looks in `root` now and whenever nodes are added to it. */
function watch(root: Document | ShadowRoot): void {
  if (watched.has(root)) return;
  watched.add(root);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element) discover(node);
      }
    }
  }).observe(root, { childList: true, subtree: true });
  discover(root);
}

watch(document);
