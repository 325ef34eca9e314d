import { expect, fixture, html } from '@open-wc/testing';
import {
  fallbackChain,
  registerStrings,
  resolveLocale,
  translator,
} from '../../src/i18n/translate.js';

describe('translate', () => {
  it('falls back from a regional locale to its language, then English', () => {
    expect(fallbackChain('fr-CH')).to.deep.equal(['fr-ch', 'fr', 'en']);
    registerStrings('fr', { greeting: 'Bonjour {name}' });
    const t = translator('fr-CH', { greeting: 'Hello {name}', bye: 'Bye' });
    expect(t('greeting', { name: 'Ada' })).to.equal('Bonjour Ada');
    expect(t('bye')).to.equal('Bye');
  });

  it('lets the host override any string, and picks plural forms by Intl rules', () => {
    const t = translator(
      'en',
      { rows_one: '{count} row', rows_other: '{count} rows' },
      { rows_one: 'a single row' },
    );
    expect(t('rows', { count: 1 })).to.equal('a single row');
    expect(t('rows', { count: 3 })).to.equal('3 rows');
  });

  it('takes the locale from the attribute, else the nearest lang', async () => {
    const el = await fixture(html`<div lang="de-AT"><span></span></div>`);
    const span = el.querySelector('span')!;
    expect(resolveLocale(span)).to.equal('de-AT');
    expect(resolveLocale(span, 'fr')).to.equal('fr');
    expect(resolveLocale(span, 'not a locale!')).to.equal('en');
  });
});
