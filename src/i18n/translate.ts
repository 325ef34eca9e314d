/**
 * Text for the elements: English tables ship beside each element; other languages and host
 * overrides are registered here. Keys are flat (`builder.addRow`); plural forms are keys with a
 * `_one`/`_other`/… suffix chosen by `Intl.PluralRules`; `{name}` placeholders are filled in.
 */
export type StringTable = Readonly<Record<string, string>>;
export type Params = Readonly<Record<string, string | number>>;

const registry = new Map<string, Record<string, string>>();
// Listeners of language changes: `true` when `registerStrings()` added texts, else a `lang` changed.
const listeners = new Set<(strings: boolean) => void>();
let observer: MutationObserver | undefined;
const notify = (strings: boolean) => listeners.forEach((listener) => listener(strings));

/**
 * Calls `listener` whenever a `lang` attribute in the document changes (with `false`) or
 * `registerStrings()` adds texts (with `true`), until the returned function is called. One
 * `MutationObserver` serves every listener; it is disconnected when the last one leaves.
 */
export function onLanguageChange(listener: (strings: boolean) => void): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => notify(false));
    observer.observe(document.documentElement, { attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (!listeners.size) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}

/**
 * Adds or overrides strings for a locale (`'de'`, `'fr-CH'`, or `'en'` to reword the built-in
 * English). Later calls win key by key. Connected elements render again with them.
 */
export function registerStrings(locale: string, strings: StringTable): void {
  const key = locale.toLowerCase();
  registry.set(key, { ...registry.get(key), ...strings });
  notify(true);
}

/** `fr-CH` → `['fr-ch', 'fr', 'en']`: the tables to look in, most specific first. */
export function fallbackChain(locale: string): string[] {
  const chain: string[] = [];
  const parts = locale.toLowerCase().split('-');
  for (let i = parts.length; i > 0; i--) chain.push(parts.slice(0, i).join('-'));
  if (!chain.includes('en')) chain.push('en');
  return chain;
}

/** The locale of an element: its own `locale`, else the nearest `lang`, else the browser's. */
export function resolveLocale(element: Element, explicit?: string): string {
  const candidate =
    explicit ||
    element.closest('[lang]')?.getAttribute('lang') ||
    (element.getRootNode() as ShadowRoot).host?.closest('[lang]')?.getAttribute('lang') ||
    globalThis.navigator?.language ||
    'en';
  try {
    return Intl.getCanonicalLocales(candidate)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

export const fill = (template: string, params?: Params) =>
  params
    ? template.replace(/\{(\w+)\}/g, (m, name: string) => String(params[name] ?? m))
    : template;

/**
 * A `t(key, params)` for `locale`: host overrides first, then registered tables along the
 * fallback chain, then the element's built-in English.
 */
export function translator(locale: string, builtIn: StringTable, overrides?: StringTable) {
  const chain = fallbackChain(locale);
  const plural = new Intl.PluralRules(locale);
  const lookup = (key: string): string | undefined => {
    if (overrides?.[key] !== undefined) return overrides[key];
    for (const l of chain) {
      const value = registry.get(l)?.[key];
      if (value !== undefined) return value;
    }
    return builtIn[key];
  };
  return (key: string, params?: Params): string => {
    const count = params?.count;
    const template =
      (typeof count === 'number' &&
        (lookup(`${key}_${plural.select(count)}`) ?? lookup(`${key}_other`))) ||
      lookup(key);
    return template === undefined ? key : fill(template, params);
  };
}

export type Translate = ReturnType<typeof translator>;
