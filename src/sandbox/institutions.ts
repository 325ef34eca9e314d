/**
 * The institutions the sandbox lists. Fictional banks; images are inline SVG `data:` URIs so
 * nothing is fetched from the network (and a strict CSP with `img-src data:` is enough).
 */
import type { Currency, Market } from '../api/enums.js';
import type { Institution } from './model.js';

function badge(initials: string, colour: string): string {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">` +
    `<rect width="64" height="64" rx="14" fill="${colour}"/>` +
    `<text x="32" y="41" font-family="sans-serif" font-size="24" font-weight="700" ` +
    `text-anchor="middle" fill="#fff">${initials}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

function institution(
  id: string,
  displayName: string,
  initials: string,
  colour: string,
  countries: string[],
  markets: Market[],
  currencies: Currency[],
): Institution {
  const image = badge(initials, colour);
  return { id, displayName, countries, markets, currencies, images: { logo: image, icon: image } };
}

export const INSTITUTIONS: readonly Institution[] = [
  institution('sandbox-bank-uk', 'Sandbox Bank UK', 'SB', '#0b5fff', ['GB'], ['UK'], ['GBP']),
  institution('northbridge-bank', 'Northbridge Bank', 'NB', '#0f7b4a', ['GB'], ['UK'], ['GBP']),
  institution(
    'thames-building-society',
    'Thames Building Society',
    'TB',
    '#7a3db8',
    ['GB'],
    ['UK'],
    ['GBP'],
  ),
  institution(
    'highland-mutual',
    'Highland Mutual',
    'HM',
    '#b8532a',
    ['GB'],
    ['UK'],
    ['GBP', 'EUR'],
  ),
  institution(
    'euro-sandbox-bank',
    'Euro Sandbox Bank',
    'ES',
    '#1f3a93',
    ['DE', 'FR', 'NL', 'IE'],
    ['EEA'],
    ['EUR'],
  ),
  institution(
    'rheinland-sparkasse',
    'Rheinland Sparkasse',
    'RS',
    '#d4002a',
    ['DE'],
    ['EEA'],
    ['EUR'],
  ),
  institution(
    'banque-du-littoral',
    'Banque du Littoral',
    'BL',
    '#00758f',
    ['FR'],
    ['EEA'],
    ['EUR'],
  ),
  institution('liffey-bank', 'Liffey Bank', 'LB', '#2e8540', ['IE'], ['EEA', 'UK'], ['EUR', 'GBP']),
];
