import { expect } from '@open-wc/testing';
import { formatAmount, formatMoney, parseAmount } from '../../src/format/money.js';

/** Locales asked of `Intl`; those it supports are tried (see the first test). */
const CANDIDATES = [
  'en-GB',
  'en-US',
  'en-IN',
  'en-ZA',
  'en-CH',
  'hi-IN',
  'hi-IN-u-nu-deva',
  'bn-BD',
  'bn-IN',
  'mr-IN',
  'ne-NP',
  'ta-IN',
  'te-IN',
  'gu-IN',
  'pa-IN',
  'kn-IN',
  'as-IN',
  'ur-PK',
  'ur-IN',
  'ar-EG',
  'ar-SA',
  'ar-AE',
  'ar-MA',
  'ar-DZ',
  'ar-IQ',
  'fa-IR',
  'ps-AF',
  'ckb-IQ',
  'he-IL',
  'de-DE',
  'de-AT',
  'de-CH',
  'de-LI',
  'fr-FR',
  'fr-CH',
  'fr-CA',
  'fr-BE',
  'it-IT',
  'it-CH',
  'es-ES',
  'es-MX',
  'es-AR',
  'es-CO',
  'pt-BR',
  'pt-PT',
  'nl-NL',
  'nl-BE',
  'sv-SE',
  'fi-FI',
  'nb-NO',
  'da-DK',
  'is-IS',
  'pl-PL',
  'cs-CZ',
  'sk-SK',
  'sl-SI',
  'hr-HR',
  'sr-RS',
  'bs-BA',
  'ro-RO',
  'hu-HU',
  'bg-BG',
  'mk-MK',
  'sq-AL',
  'el-GR',
  'ru-RU',
  'uk-UA',
  'be-BY',
  'lt-LT',
  'lv-LV',
  'et-EE',
  'tr-TR',
  'ka-GE',
  'hy-AM',
  'kk-KZ',
  'uz-UZ',
  'mn-MN',
  'ja-JP',
  'zh-CN',
  'zh-TW',
  'zh-HK',
  'ko-KR',
  'th-TH',
  'th-TH-u-nu-thai',
  'my-MM',
  'km-KH',
  'lo-LA',
  'vi-VN',
  'id-ID',
  'ms-MY',
  'fil-PH',
  'sw-KE',
  'am-ET',
  'zu-ZA',
  'af-ZA',
  'ga-IE',
  'cy-GB',
  'rm-CH',
  'en-DE',
  'en-DK',
  'en-SE',
  'en-FI',
  'en-BE',
  'en-NL',
  'en-SI',
  'ar-TN',
  'ar-LB',
  'fa-AF',
  'sd-PK',
  'ks-IN',
  'ug-CN',
  'ml-IN',
  'or-IN',
  'si-LK',
  'ky-KG',
  'az-AZ',
  'eu-ES',
  'ca-ES',
  'gl-ES',
];
const LOCALES = Intl.NumberFormat.supportedLocalesOf(CANDIDATES);

/** Integer minor units: the brief's 0.01 … 12 345 678.90, then up to the safe-integer limit. */
const FIXED = [
  1, 5, 99, 100, 99999, 100000, 1000000, 10000000, 1234567890, 123456789012, 999999999999999,
  1000000000000000, 9007199254740990, 9007199254740991,
];
/** A few more from a seeded generator, at every magnitude. */
function seeded(count: number): number[] {
  let state = 12345;
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const digits = 1 + (i % 16);
    out.push(Math.max(1, Math.floor((state / 2 ** 31) * 10 ** digits)) % Number.MAX_SAFE_INTEGER);
  }
  return out;
}
const AMOUNTS = [...FIXED, ...seeded(16)];
const CURRENCIES = ['GBP', 'EUR', 'JPY', 'BHD', 'KWD', 'INR'];

const latin = (tag: string) => new Intl.Locale(tag, { numberingSystem: 'latn' }).toString();

/** Every way a page may show an amount in a locale: as the library formats it and in ASCII digits. */
function renderings(minor: number, currency: string, tag: string): string[] {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
    .maximumFractionDigits!;
  const decimal = (BigInt(minor) * 10n ** BigInt(3 - digits)).toString().padStart(4, '0');
  const exact = `${decimal.slice(0, -3)}.${decimal.slice(-3)}` as unknown as number;
  const fixed = { minimumFractionDigits: digits, maximumFractionDigits: digits };
  const texts = [formatMoney(minor, currency, tag), formatAmount(minor, currency, tag)];
  for (const locale of [tag, latin(tag)]) {
    for (const currencyDisplay of ['symbol', 'narrowSymbol', 'code'] as const)
      texts.push(
        new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay }).format(
          exact,
        ),
      );
    texts.push(new Intl.NumberFormat(locale, fixed).format(exact));
    texts.push(new Intl.NumberFormat(locale, { ...fixed, useGrouping: false }).format(exact));
  }
  return [...new Set(texts)];
}

describe('amounts round-trip: what Intl formats, parseAmount reads back exactly', () => {
  it('tries at least 40 locales Intl supports, including the ones the issue names', () => {
    expect(LOCALES.length).to.be.at.least(40);
    for (const tag of ['en-IN', 'hi-IN', 'ar-EG', 'fa-IR', 'bn-BD', 'de-CH', 'fr-FR', 'es-ES'])
      expect(LOCALES).to.include(tag);
    for (const tag of ['pt-BR', 'ja-JP', 'ur-PK', 'he-IL', 'th-TH-u-nu-thai'])
      expect(LOCALES).to.include(tag);
  });

  for (const currency of CURRENCIES) {
    it(`reads back every rendering of ${AMOUNTS.length} amounts in ${currency} in every locale`, () => {
      const failures: string[] = [];
      let tried = 0;
      for (const tag of LOCALES)
        for (const minor of AMOUNTS)
          for (const text of renderings(minor, currency, tag)) {
            tried++;
            const result = parseAmount(text, currency, tag);
            if (!result.ok || result.minor !== minor)
              failures.push(`${tag} ${JSON.stringify(text)} → ${JSON.stringify(result)}`);
            const negative = parseAmount(
              text.replace(/\d|\p{Nd}/u, (d) => `-${d}`),
              currency,
              tag,
            );
            if (negative.ok || negative.error !== 'negative')
              failures.push(
                `${tag} negative of ${JSON.stringify(text)} → ${JSON.stringify(negative)}`,
              );
          }
      // Intl's own negatives (its minus sign where the locale puts it) are refused as negative.
      for (const tag of LOCALES)
        for (const minor of AMOUNTS.slice(0, 8)) {
          const text = formatMoney(-minor, currency, tag);
          tried++;
          const result = parseAmount(text, currency, tag);
          if (result.ok || result.error !== 'negative')
            failures.push(`${tag} ${JSON.stringify(text)} → ${JSON.stringify(result)}`);
        }
      // The figures for the report: `npx wtr --files test/format/money-round-trip.test.ts`.
      console.log(
        `${currency}: ${LOCALES.length} locales, ${tried} texts, ${failures.length} failed`,
      );
      expect(failures.slice(0, 20)).to.deep.equal([]);
    });
  }

  it('refuses one more minor unit than MAX_AMOUNT in every locale, never rounding it', () => {
    const over = (tag: string, options: Intl.NumberFormatOptions, text: string) =>
      new Intl.NumberFormat(tag, options).format(text as unknown as number);
    for (const tag of LOCALES) {
      const pence = over(tag, { minimumFractionDigits: 2 }, '90071992547409.92');
      expect(parseAmount(pence, 'GBP', tag), `${tag} ${pence}`).to.deep.equal({
        ok: false,
        error: 'too-large',
        digits: 2,
      });
      const yen = over(tag, { style: 'currency', currency: 'JPY' }, '9007199254740992');
      expect(parseAmount(yen, 'JPY', tag), `${tag} ${yen}`).to.deep.equal({
        ok: false,
        error: 'too-large',
        digits: 0,
      });
    }
  });
});
