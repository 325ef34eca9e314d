import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatDateTime } from '../format/date.js';
import { formatMoney } from '../format/money.js';
import { resolveLocale, translator, type StringTable, type Translate } from './translate.js';

/** What an element offers the controller: its `locale` attribute and the host's `strings`. */
export type LocalizedHost = ReactiveControllerHost &
  HTMLElement & { locale?: string; strings?: StringTable };

/**
 * Gives an element `t()`, money and date formatting in its locale: its `locale` attribute, else
 * the nearest `lang`, else the browser's; re-resolved on every update, so a changed `lang` or new
 * strings show on the next render.
 */
export class I18nController implements ReactiveController {
  locale = 'en';
  t: Translate;
  #overrides?: StringTable;
  readonly #host: LocalizedHost;
  readonly #builtIn: StringTable;

  constructor(host: LocalizedHost, builtIn: StringTable) {
    this.#host = host;
    this.#builtIn = builtIn;
    this.t = translator('en', builtIn);
    host.addController(this);
  }

  hostConnected(): void {
    this.hostUpdate();
  }

  hostUpdate(): void {
    const locale = resolveLocale(this.#host, this.#host.locale);
    if (locale === this.locale && this.#host.strings === this.#overrides) return;
    this.locale = locale;
    this.#overrides = this.#host.strings;
    this.t = translator(locale, this.#builtIn, this.#overrides);
  }

  /** Integer minor units as money in this locale, e.g. `£1,234.50`. */
  money = (minor: number, currency: string): string => formatMoney(minor, currency, this.locale);

  /** An API timestamp as a date and time in this locale. */
  date = (iso: string, options?: Intl.DateTimeFormatOptions): string =>
    formatDateTime(iso, this.locale, options);
}
