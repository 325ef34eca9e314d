import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatDateTime } from '../format/date.js';
import { formatMoney } from '../format/money.js';
import {
  onLanguageChange,
  resolveLocale,
  translator,
  type StringTable,
  type Translate,
} from './translate.js';

/** What an element offers the controller: its `locale` attribute and the host's `strings`. */
export type LocalizedHost = ReactiveControllerHost &
  HTMLElement & { locale?: string; strings?: StringTable };

interface Resolved {
  /** The host's `locale` and `strings` this was resolved from. */
  explicit?: string;
  strings?: StringTable;
  locale: string;
  t: Translate;
}

/**
 * Gives an element `t()`, money and date formatting in its locale: its `locale` attribute, else
 * the nearest `lang`, else the browser's. Resolved when the element connects and whenever it is
 * read after `locale` or `strings` changed, so the host's `willUpdate` already sees the new
 * locale; a changed `lang` in the document or texts added by `registerStrings()` render the
 * element again (one shared observer for all elements, gone when none is connected).
 */
export class I18nController implements ReactiveController {
  readonly #host: LocalizedHost;
  readonly #builtIn: StringTable;
  #resolved?: Resolved;
  #stopListening?: () => void;

  constructor(host: LocalizedHost, builtIn: StringTable) {
    this.#host = host;
    this.#builtIn = builtIn;
    host.addController(this);
  }

  /** The resolved BCP 47 locale, e.g. `de-CH`. */
  get locale(): string {
    return this.#current().locale;
  }

  /** Translates a key of the element's table in its locale. */
  get t(): Translate {
    return this.#current().t;
  }

  hostConnected(): void {
    this.#resolve(false);
    this.#stopListening ??= onLanguageChange(this.#changed);
  }

  hostDisconnected(): void {
    this.#stopListening?.();
    this.#stopListening = undefined;
  }

  /** Integer minor units as money in this locale, e.g. `£1,234.50`. */
  money = (minor: number, currency: string): string => formatMoney(minor, currency, this.locale);

  /** An API timestamp as a date and time in this locale. */
  date = (iso: string, options?: Intl.DateTimeFormatOptions): string =>
    formatDateTime(iso, this.locale, options);

  #current(): Resolved {
    const resolved = this.#resolved;
    const host = this.#host;
    if (resolved && resolved.explicit === host.locale && resolved.strings === host.strings) {
      return resolved;
    }
    return this.#resolve(false);
  }

  /** Resolves again; keeps the same `t` when nothing it depends on changed, unless `fresh`. */
  #resolve(fresh: boolean): Resolved {
    const host = this.#host;
    const locale = resolveLocale(host, host.locale);
    const before = this.#resolved;
    if (!fresh && before && before.locale === locale && before.strings === host.strings) {
      before.explicit = host.locale;
      return before;
    }
    this.#resolved = {
      explicit: host.locale,
      strings: host.strings,
      locale,
      t: translator(locale, this.#builtIn, host.strings),
    };
    return this.#resolved;
  }

  readonly #changed = (strings: boolean): void => {
    const before = this.#resolved;
    const after = this.#resolve(strings);
    if (after !== before) this.#host.requestUpdate();
  };
}
