/**
 * Templates of the "choose" stage, loaded on demand once the run awaits funding (see `parts.ts`):
 * one radio group of accounts per currency of the run, the empty state, and "Start funding".
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LinkedAccount } from '../../api/schemas/linked-account.js';
import { accountUsability, isExpiringSoon, isUsable, maskedIdentification } from './accounts.js';
import { errorView, type View } from './views.js';

export interface AccountChoice {
  accounts: readonly LinkedAccount[];
  /** Amount to fund per currency of the run. */
  totals: readonly { currency: string; amount: number }[];
  selection: Readonly<Record<string, string>>;
  /** Currencies whose `funding-link-account` nobody handled. */
  linkUnhandled: ReadonlySet<string>;
  disabled: boolean;
  onSelect: (currency: string, id: string) => void;
  onLink: (currency: string) => void;
}

export function accountChoiceView(v: View, c: AccountChoice): TemplateResult {
  const currencies = c.totals.map((x) => x.currency);
  const others = c.accounts.filter((a) => !currencies.includes(a.currency));
  return html`
    ${c.totals.map(({ currency, amount }) => {
      const inCurrency = c.accounts.filter((a) => a.currency === currency);
      if (!inCurrency.some((a) => isUsable(a, currencies))) {
        return emptyView(v, currency, inCurrency, currencies, c);
      }
      return html`
        <fieldset part="accounts" ?disabled=${c.disabled}>
          <legend>
            ${v.t('funding.accounts.legend', { amount: v.money(amount, currency), currency })}
          </legend>
          <ul class="accounts">
            ${inCurrency.map((account) => accountView(v, account, currencies, c))}
          </ul>
        </fieldset>
      `;
    })}
    ${
      others.length
        ? html`<div role="group" class="card" aria-labelledby="other-accounts">
            <h4 id="other-accounts">${v.t('funding.accounts.other')}</h4>
            <ul class="accounts">
              ${others.map((account) => accountView(v, account, currencies, c))}
            </ul>
          </div>`
        : nothing
    }
  `;
}

function emptyView(
  v: View,
  currency: string,
  accounts: readonly LinkedAccount[],
  currencies: readonly string[],
  c: AccountChoice,
): TemplateResult {
  return html`
    <div role="group" class="card" part="empty" aria-labelledby="empty-${currency}">
      <h4 id="empty-${currency}">${v.t('funding.empty.title', { currency })}</h4>
      <p>${v.t('funding.empty.text', { currency })}</p>
      ${
        accounts.length
          ? html`<ul class="accounts">
              ${accounts.map((account) => accountView(v, account, currencies, c))}
            </ul>`
          : nothing
      }
      <div class="toolbar">
        <button class="button primary" type="button" @click=${() => c.onLink(currency)}>
          ${v.t('funding.empty.link', { currency })}
        </button>
      </div>
      ${
        c.linkUnhandled.has(currency)
          ? html`<p class="muted" role="status">${v.t('funding.empty.unhandled')}</p>`
          : nothing
      }
    </div>
  `;
}

function accountView(
  v: View,
  account: LinkedAccount,
  currencies: readonly string[],
  c: AccountChoice,
): TemplateResult {
  const usability = accountUsability(account, currencies);
  const choosable = currencies.includes(account.currency);
  const bank = account.institution.displayName ?? v.t('funding.account.unnamed');
  const name = account.friendlyName ? `${account.friendlyName} · ${bank}` : bank;
  const id = `account-${account.id}`;
  const masked = maskedIdentification(account);
  const expiring = usability.usable && isExpiringSoon(account);
  const consentEnded = account.consent.status !== 'ACTIVE';
  const reason = usability.usable
    ? undefined
    : reasonText(v, account, usability.reason, currencies);
  const logo = account.institution.images?.logo ?? account.institution.images?.icon;
  return html`
    <li class="account ${usability.usable ? '' : 'unusable'} ${choosable ? '' : 'other'}">
      ${
        choosable
          ? html`<input
              type="radio"
              id=${id}
              name="account-${account.currency}"
              .value=${account.id}
              .checked=${c.selection[account.currency] === account.id}
              ?disabled=${!usability.usable}
              aria-describedby="${id}-facts${reason || expiring ? ` ${id}-note` : ''}"
              @change=${() => c.onSelect(account.currency, account.id)}
            />`
          : nothing
      }
      ${
        logo
          ? html`<img class="logo" src=${logo} alt=${v.t('funding.account.logo', { bank })} />`
          : html`<span class="logo"></span>`
      }
      <div class="account-body">
        ${
          choosable
            ? html`<label class="account-name" for=${id}>${name}</label>`
            : html`<span class="account-name">${name}</span>`
        }
        <ul class="facts" id="${id}-facts">
          <li>
            ${
              masked.kind === 'iban'
                ? v.t('funding.account.iban', { iban: masked.iban })
                : v.t('funding.account.sortCode', { sortCode: masked.sortCode, last: masked.last })
            }
          </li>
          <li>${v.t('funding.account.currency', { currency: account.currency })}</li>
          <li>
            ${v.t('funding.account.status', {
              status: label(v, 'funding.accountStatus', account.status),
            })}
          </li>
          <li>
            ${v.t('funding.account.consent', {
              status: label(v, 'funding.consentStatus', account.consent.status),
            })}
          </li>
          <li>
            ${v.t(consentEnded ? 'funding.account.expired' : 'funding.account.expires', {
              date: v.date(account.consent.expiresAt, { dateStyle: 'medium' }),
            })}
          </li>
        </ul>
        ${
          reason
            ? html`<p class="muted small" id="${id}-note">${reason}</p>`
            : expiring
              ? html`<p class="warning small" id="${id}-note">
                  ${v.t('funding.account.expiringSoon')}
                </p>`
              : nothing
        }
      </div>
    </li>
  `;
}

function reasonText(
  v: View,
  account: LinkedAccount,
  reason: 'not-linked' | 'consent' | 'wrong-currency',
  currencies: readonly string[],
): string {
  if (reason === 'wrong-currency') {
    return v.t('funding.account.reason.wrong-currency', {
      currency: account.currency,
      need: currencies.join(', '),
    });
  }
  if (reason === 'not-linked') return v.t('funding.account.reason.not-linked');
  const status = account.consent.status;
  return status === 'EXPIRED' || status === 'REVOKED'
    ? v.t(`funding.account.reason.consent-${status}`)
    : v.t('funding.account.reason.consent-other');
}

/** A status label from the table, or the status as sent when the library does not know it. */
function label(v: View, prefix: string, status: string): string {
  const key = `${prefix}.${status}`;
  const text = v.t(key);
  return text === key ? status : text;
}

export interface StartChoice extends AccountChoice {
  startError?: unknown;
  onStart: () => void;
}

function startToolbar(v: View, c: StartChoice): TemplateResult {
  const complete = c.totals.every(({ currency }) => c.selection[currency]);
  return html`<div class="toolbar">
    <button
      class="button primary"
      part="start-button"
      type="button"
      ?disabled=${!complete}
      aria-disabled=${c.disabled ? 'true' : nothing}
      aria-describedby=${complete ? nothing : 'start-hint'}
      @click=${c.onStart}
    >
      ${c.disabled ? v.t('funding.start.busy') : v.t('funding.start')}
    </button>
    ${
      complete
        ? nothing
        : html`<span id="start-hint" class="muted small">${v.t('funding.start.hint')}</span>`
    }
  </div>`;
}

/** The "choose" stage once the accounts are read: pick an account per currency, then start. */
export function startChoiceView(v: View, c: StartChoice): TemplateResult {
  return html`
    ${accountChoiceView(v, c)}
    ${c.startError ? errorView(v, c.startError, undefined, 'start-error') : nothing}
    ${startToolbar(v, c)}
  `;
}
