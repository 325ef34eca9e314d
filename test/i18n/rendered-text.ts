/**
 * The dynamic half of the string-table check: elements render with every key of their tables
 * mapped to `⟦key⟧`, so any language left on screen that is neither such a marker nor data the API
 * sent bypassed the table.
 */
import { apiStrings } from '../../src/i18n/api-strings.js';
import { copStrings } from '../../src/components/cop-result-badge/strings.js';
import { fundingStrings } from '../../src/components/funding-instructions/strings.js';
import { fundingChoiceStrings } from '../../src/components/funding-instructions/strings-choice.js';
import { fundingGroupsStrings } from '../../src/components/funding-instructions/strings-groups.js';
import { builderStrings } from '../../src/components/payment-run-builder/strings.js';
import { builderFeedbackStrings } from '../../src/components/payment-run-builder/strings-feedback.js';
import { builderImportStrings } from '../../src/components/payment-run-builder/strings-import.js';
import { statusStrings } from '../../src/components/payment-run-status/strings.js';
import { statusDialogStrings } from '../../src/components/payment-run-status/strings-dialogs.js';
import { statusScaStrings } from '../../src/components/payment-run-status/strings-sca.js';
import { hasLetters, SPOKEN_ATTRIBUTES } from './literal-text.js';

/** Every built-in English table, as the elements merge them. */
export const ENGLISH_TABLES = {
  api: apiStrings,
  builder: { ...builderStrings, ...builderImportStrings, ...builderFeedbackStrings },
  status: { ...statusStrings, ...statusDialogStrings, ...statusScaStrings },
  funding: { ...fundingStrings, ...fundingChoiceStrings, ...fundingGroupsStrings },
  cop: copStrings,
} as const;

/** Every key of every table, shown as `⟦key⟧`: pass it as an element's `strings`. */
export const PSEUDO_STRINGS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.values(ENGLISH_TABLES)
    .flatMap((table) => Object.keys(table))
    .map((key) => [key, `⟦${key}⟧`]),
);

/** What the API sent, collected from the responses the elements received. */
export class ApiData {
  readonly #values = new Set<string>();
  readonly #words = new Set<string>();

  /** A `fetch` that records every JSON body it answers with. */
  recording(fetch: typeof globalThis.fetch): typeof globalThis.fetch {
    return async (input, init) => {
      const response = await fetch(input, init);
      if (response.headers.get('content-type')?.includes('json')) {
        this.add(await response.clone().json());
      }
      return response;
    };
  }

  add(value: unknown): void {
    if (typeof value === 'string') {
      this.#values.add(value);
      for (const word of value.match(/[\p{L}\p{N}]+/gu) ?? []) this.#words.add(word);
    } else if (Array.isArray(value)) for (const item of value) this.add(item);
    else if (value && typeof value === 'object') for (const v of Object.values(value)) this.add(v);
  }

  /** `text` with every API value in it blanked out, longest first. */
  strip(text: string): string {
    const values = [...this.#values].filter((v) => v.length > 1 && hasLetters(v));
    let rest = text;
    for (const value of values.sort((a, b) => b.length - a.length))
      rest = rest.split(value).join(' ');
    return rest;
  }

  /**
   * The language left in `text` once markers, API values and Intl's month, weekday and day-period
   * names are taken out; empty when the text is all accounted for.
   */
  residue(text: string, locale: string): string[] {
    const rest = this.strip(text.replace(/⟦[^⟧]*⟧/g, ' '));
    const intl = intlWords(locale);
    return (rest.match(/[\p{L}\p{N}]+/gu) ?? []).filter(
      (word) =>
        hasLetters(word) &&
        !intl.has(word) &&
        !this.#words.has(word) &&
        // A fragment of an identifier the API sent (`DE89` of an IBAN shown in groups).
        !(/^[\p{Lu}\p{N}]{2,}$/u.test(word) && [...this.#words].some((w) => w.includes(word))),
    );
  }
}

/** Names Intl puts into formatted dates: months, weekdays, AM/PM, in every width. */
function intlWords(locale: string): Set<string> {
  const words = new Set<string>();
  const add = (options: Intl.DateTimeFormatOptions, date: Date) => {
    for (const part of new Intl.DateTimeFormat(locale, options).formatToParts(date)) {
      for (const word of part.value.match(/\p{L}+/gu) ?? []) words.add(word);
    }
  };
  for (let i = 0; i < 12; i++) {
    const date = new Date(Date.UTC(2026, i, 1 + (i % 7), i * 2));
    for (const width of ['long', 'short', 'narrow'] as const) {
      add({ month: width, weekday: width }, date);
    }
    add({ hour: 'numeric', hour12: true }, date);
    add({ dateStyle: 'full', timeStyle: 'long' }, date);
  }
  return words;
}

/** A text or spoken attribute of a rendered element that is not from the table nor API data. */
export interface Leak {
  where: string;
  text: string;
  residue: string[];
}

/** Walks `root` and every shadow root inside it, reporting language not from the tables. */
export function leaks(root: ShadowRoot, data: ApiData, locale: string): Leak[] {
  const found: Leak[] = [];
  const check = (where: string, text: string) => {
    const residue = data.residue(text, locale);
    if (residue.length) found.push({ where, text: text.replace(/\s+/g, ' ').trim(), residue });
  };
  const walk = (node: Node, path: string) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) check(`${path} text`, child.textContent ?? '');
      if (!(child instanceof Element) || ['STYLE', 'SCRIPT', 'TEMPLATE'].includes(child.tagName)) {
        continue;
      }
      // The last three elements are enough to find the template.
      const here = [...path.split(' > ').slice(-2), describe(child)].join(' > ');
      for (const name of SPOKEN_ATTRIBUTES) {
        const value = child.getAttribute(name);
        if (value) check(`${here} [${name}]`, value);
      }
      walk(child, here);
      if (child.shadowRoot) walk(child.shadowRoot, `${here}::shadow`);
    }
  };
  walk(root, '');
  return found;
}

const describe = (el: Element) =>
  el.tagName.toLowerCase() +
  (el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : '') +
  (el.classList.length ? `.${[...el.classList].join('.')}` : '');
