/**
 * `dist-cdn/loader.js`, the CDN autoloader: one `<script type="module">` that loads each element's
 * code the first time its tag appears in the page, at load or later, from `<tag>.js` beside
 * itself. The element files share Lit, the client and the texts through common chunks, so a page
 * downloads only what its elements use. Built by scripts/build-cdn.mjs; imports nothing, so it
 * stays small.
 *
 * The tags it knows are the keys of `cdn-elements.json` (tag -> source entry), the one place to
 * add an element: the CDN build makes `<tag>.js` from each entry.
 *
 * A file that cannot load is reported once, with `console.error` and a
 * `payment-run-elements-load-error` event on `document` (`detail: { tag, error }`), and not
 * retried: a page that can reach the CDN again reloads.
 */
import elements from './cdn-elements.json';

export const LOAD_ERROR_EVENT = 'payment-run-elements-load-error';

// Read into a variable: bundlers rewrite `new URL(…, import.meta.url)` as an asset reference.
const base = import.meta.url;
const tags = Object.keys(elements);
const selector = tags.join(',');
const loading = new Map<string, Promise<void>>();
const watched = new WeakSet<Node>();

/** Loads the code of `tag` once; resolves when the tag is defined, never rejects. */
export function load(tag: string): Promise<void> {
  let done = loading.get(tag);
  if (!done) {
    done = customElements.get(tag)
      ? Promise.resolve()
      : import(new URL(`./${tag}.js`, base).href).then(
          () => undefined,
          (error: unknown) => {
            console.error(`payment-run-elements: could not load <${tag}>`, error);
            document.dispatchEvent(new CustomEvent(LOAD_ERROR_EVENT, { detail: { tag, error } }));
          },
        );
    loading.set(tag, done);
  }
  return done;
}

/** Loads every known element in `root` (itself included) and watches their open shadow roots. */
function discover(root: Element | Document | ShadowRoot): void {
  const found = [...root.querySelectorAll(selector)];
  if (root instanceof Element && root.matches(selector)) found.push(root);
  for (const element of found) {
    const tag = element.localName;
    void load(tag).then(() => {
      if (element.shadowRoot) watch(element.shadowRoot);
    });
  }
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
