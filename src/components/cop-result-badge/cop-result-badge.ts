import { html, LitElement, nothing, svg, type PropertyValues } from 'lit';
import type { ValidationOutcome } from '../../api/schemas/payment-run.js';
import {
  onLanguageChange,
  resolveLocale,
  translator,
  type StringTable,
  type Translate,
} from '../../i18n/translate.js';
import { emit } from '../shared/emit.js';
import { styles } from './cop-result-badge.styles.js';
import { copStrings } from './strings.js';
import { copResultOf, copVerdict, type CopResult, type CopVerdict } from './verdict.js';
import './events.js';

/** Translators by locale (and host strings): a list of a thousand badges makes one, not 1000. */
const translators = new WeakMap<object, Map<string, Translate>>();
const DEFAULT_STRINGS = {};
function translatorFor(locale: string, strings: StringTable = DEFAULT_STRINGS): Translate {
  let byLocale = translators.get(strings);
  if (!byLocale) translators.set(strings, (byLocale = new Map<string, Translate>()));
  let t = byLocale.get(locale);
  if (!t) byLocale.set(locale, (t = translator(locale, copStrings, strings)));
  return t;
}

const DASHED = svg`<circle cx="8" cy="8" r="6" stroke-dasharray="2 2" />`;
const ICONS: Record<CopVerdict, ReturnType<typeof svg>> = {
  match: svg`<path d="M3 8.5l3 3 7-7" />`,
  close: svg`<path d="M8 2l6.5 12h-13z M8 6.5v3.5 M8 12v.5" />`,
  'no-match': svg`<path d="M3.5 3.5l9 9 M12.5 3.5l-9 9" />`,
  'not-checked': svg`<circle cx="8" cy="8" r="6" /><path d="M5 8h6" />`,
  none: DASHED,
  unknown: DASHED,
};

/**
 * One UK Confirmation-of-Payee result: whether the supplier's name matches the account holder.
 * Icon and text (never colour alone); every reason code explained in plain words; on a close
 * match, the account holder's actual name with an action to use it. Needs no client.
 *
 * @summary A Confirmation-of-Payee result as a badge, with its reason in plain words.
 * @tag cop-result-badge
 *
 * @fires {CustomEvent<CopUseSuggestedNameDetail>} cop-use-suggested-name - The user chose the account holder's actual name (`{ accountName, paymentId? }`).
 *
 * @csspart base - The wrapper of the badge.
 * @csspart label - The badge itself (a button that shows the explanation in the compact variant).
 * @csspart details - The explanation, the account holder's name and the action.
 * @csspart use-name - The "use this name" button.
 *
 * @cssprop --pr-cop-result-badge-font-size - Font size of the badge (default: inherited).
 * @cssprop --pr-cop-result-badge-radius - Corner radius of the badge (default `--pr-radius`).
 * @cssprop --pr-color-success - Colour of a match (with `--pr-color-success-surface`).
 * @cssprop --pr-color-warning - Colour of a close match (with `--pr-color-warning-surface`).
 * @cssprop --pr-color-danger - Colour of no match (with `--pr-color-danger-surface`).
 * @cssprop --pr-color-text-muted - Colour of "could not check" and "not checked".
 */
export class CopResultBadgeElement extends LitElement {
  static override styles = styles;

  // Declared without decorators: the standalone entry has a 9 KB budget.
  static override properties = {
    outcome: { attribute: false },
    match: {},
    reasonCode: { attribute: 'reason-code' },
    accountName: { attribute: 'account-name' },
    paymentId: { attribute: 'payment-id' },
    variant: { reflect: true },
    locale: {},
    strings: { attribute: false },
    theme: { reflect: true },
  };

  /** A `validationOutcomes` entry of a payment; wins over the `match`, `reason-code` and `account-name` attributes. */
  declare outcome?: ValidationOutcome;

  /** The match result: `EXACT_MATCH`, `CLOSE_MATCH` or `NO_MATCH`. */
  declare match?: string;

  /** The CoP reason code, e.g. `MBAM` or `OPTO`. */
  declare reasonCode?: string;

  /** The account holder's actual name, returned on a close match. */
  declare accountName?: string;

  /** The payment this result belongs to, passed on in `cop-use-suggested-name`. */
  declare paymentId?: string;

  /** `full` shows the explanation; `compact` shows a badge that discloses it on demand. */
  variant: 'compact' | 'full' = 'full';

  /** BCP 47 locale of the texts; default: the nearest `lang`, else the browser's. */
  declare locale?: string;

  /** Texts to use instead of the built-in ones, by key. */
  declare strings?: StringTable;

  /** Forces the light or dark palette; default follows `prefers-color-scheme`. */
  declare theme?: 'light' | 'dark';

  private expanded = false;

  // translate.ts directly rather than I18nController, which also brings money and date
  // formatting the badge never uses (the standalone entry has a 9 KB budget).
  private t: Translate = translatorFor('en');
  private translated?: { locale: string; strings?: StringTable };
  private result: CopResult = {};
  private verdict: CopVerdict = 'none';
  private unlisten?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    // A changed `lang` in the page or texts added by `registerStrings()` show at once.
    this.unlisten ??= onLanguageChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unlisten?.();
    this.unlisten = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const locale = resolveLocale(this, this.locale);
    if (locale !== this.translated?.locale || this.strings !== this.translated.strings) {
      this.translated = { locale, strings: this.strings };
      this.t = translatorFor(locale, this.strings);
    }
    if (
      changed.has('outcome') ||
      changed.has('match') ||
      changed.has('reasonCode') ||
      changed.has('accountName')
    ) {
      this.result = this.outcome
        ? copResultOf([this.outcome])
        : { match: this.match, reasonCode: this.reasonCode, accountName: this.accountName };
      this.verdict = copVerdict(this.result);
    }
  }

  private readonly toggle = () => {
    this.expanded = !this.expanded;
    this.requestUpdate();
  };

  private readonly useName = () => {
    const accountName = this.result.accountName;
    if (!accountName) return;
    emit(this, 'cop-use-suggested-name', {
      accountName,
      ...(this.paymentId && { paymentId: this.paymentId }),
    });
  };

  private explanation(): string {
    const { t } = this;
    const code = this.result.reasonCode;
    if (code) {
      const key = `cop.reason.${code}`;
      const text = t(key);
      return text === key ? t('cop.reason.unknown', { code }) : text;
    }
    return t(`cop.explain.${this.verdict}`);
  }

  private renderDetails() {
    const { t } = this;
    const { accountName, reasonCode } = this.result;
    return html`<div class="details" id="details" part="details">
      <p>${this.explanation()}</p>
      ${
        reasonCode
          ? html`<p class="code">${t('cop.reasonCode', { code: reasonCode })}</p>`
          : nothing
      }
      ${
        this.verdict === 'close' && accountName
          ? html`<p>${t('cop.accountName')} <span class="name">${accountName}</span></p>
              <button
                class="use"
                part="use-name"
                type="button"
                aria-label=${t('cop.useNameLabel', { name: accountName })}
                @click=${this.useName}
              >
                ${t('cop.useName')}
              </button>`
          : nothing
      }
    </div>`;
  }

  protected override render() {
    const { t } = this;
    const label =
      this.verdict === 'unknown'
        ? t('cop.verdict.unknown', { value: this.result.match ?? this.result.reasonCode ?? '' })
        : t(`cop.verdict.${this.verdict}`);
    const content = html`<svg viewBox="0 0 16 16" aria-hidden="true">${ICONS[this.verdict]}</svg
      ><span>${label}</span>`;
    const compact = this.variant === 'compact';
    return html`<div class="root ${this.verdict}" part="base">
      ${
        compact
          ? html`<button
              class="label"
              part="label"
              type="button"
              aria-expanded=${this.expanded ? 'true' : 'false'}
              aria-controls=${this.expanded ? 'details' : nothing}
              @click=${this.toggle}
            >
              ${content}<svg class="chevron" viewBox="0 0 16 16" aria-hidden="true">
                <path d="M4 6l4 4 4-4" />
              </svg>
            </button>`
          : html`<span class="label" part="label">${content}</span>`
      }
      ${!compact || this.expanded ? this.renderDetails() : nothing}
    </div>`;
  }
}
