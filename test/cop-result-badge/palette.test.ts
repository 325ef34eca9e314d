import { expect } from '@open-wc/testing';
import { palette } from '../../src/components/cop-result-badge/cop-result-badge.styles.js';
import { theme } from '../../src/styles/theme.js';

/** `--_name: var(--pr-color-token, value)` declarations of the shared theme, light then dark. */
function themeTokens(): Map<string, string>[] {
  const text = theme.cssText;
  const darkStart = text.indexOf('@media');
  const parse = (part: string) =>
    new Map(
      [...part.matchAll(/--_([\w-]+):\s*var\((--pr-color-[\w-]+),\s*(#[0-9a-f]+)\)/g)].map(
        ([, name, token, value]) => [name, `${token} ${value}`],
      ),
    );
  return [parse(text.slice(0, darkStart)), parse(text.slice(darkStart))];
}

describe('<cop-result-badge> palette', () => {
  it('uses the shared theme’s tokens and defaults, light and dark', () => {
    const [light, dark] = themeTokens();
    for (const [scheme, tokens] of [
      ['light', light],
      ['dark', dark],
    ] as const) {
      for (const [name, [token, value]] of Object.entries(palette[scheme])) {
        expect(`${name}: ${tokens.get(name)}`).to.equal(`${name}: --pr-color-${token} ${value}`);
      }
    }
  });
});
