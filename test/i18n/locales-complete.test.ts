/**
 * German and French are complete: every element, rendered in `de` and in `fr`, shows no English
 * from its built-in tables (nor from the API texts), in every state the sandbox can put it in.
 */
import { expect } from '@open-wc/testing';
import '../../src/locales/de.js';
import '../../src/locales/fr.js';
import { apiStringsDe } from '../../src/i18n/locales/api.de.js';
import { apiStringsFr } from '../../src/i18n/locales/api.fr.js';
import { builderStringsDe } from '../../src/components/payment-run-builder/strings.de.js';
import { builderStringsFr } from '../../src/components/payment-run-builder/strings.fr.js';
import { copStringsDe } from '../../src/components/cop-result-badge/strings.de.js';
import { copStringsFr } from '../../src/components/cop-result-badge/strings.fr.js';
import { fundingStringsDe } from '../../src/components/funding-instructions/strings.de.js';
import { fundingStringsFr } from '../../src/components/funding-instructions/strings.fr.js';
import { statusStringsDe } from '../../src/components/payment-run-status/strings.de.js';
import { statusStringsFr } from '../../src/components/payment-run-status/strings.fr.js';
import { hasLetters, SPOKEN_ATTRIBUTES } from './literal-text.js';
import { ENGLISH_TABLES } from './rendered-text.js';
import {
  builderScenes,
  copScenes,
  fundingScenes,
  stage,
  statusScenes,
  type Stage,
} from './scenes.js';

const TRANSLATIONS: Record<string, Record<string, string>> = {
  de: {
    ...apiStringsDe,
    ...builderStringsDe,
    ...statusStringsDe,
    ...fundingStringsDe,
    ...copStringsDe,
  },
  fr: {
    ...apiStringsFr,
    ...builderStringsFr,
    ...statusStringsFr,
    ...fundingStringsFr,
    ...copStringsFr,
  },
};

/**
 * The English phrases that must not show in `locale`: the literal pieces between placeholders
 * of every English text, longer than 3 characters, unless the language uses the same words
 * ("IBAN", "Status", "Description", "Sort code").
 */
function englishPhrases(locale: string): string[] {
  const translated = Object.values(TRANSLATIONS[locale]);
  const phrases = new Set<string>();
  for (const table of Object.values(ENGLISH_TABLES)) {
    for (const value of Object.values(table) as string[]) {
      for (const piece of value.split(/\{\w+\}/)) {
        const phrase = piece.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
        if (
          phrase.length > 3 &&
          hasLetters(phrase) &&
          !translated.some((t) => t.includes(phrase))
        ) {
          phrases.add(phrase);
        }
      }
    }
  }
  return [...phrases];
}

/** Every text node and spoken attribute under `root`, shadow roots included. */
function visibleTexts(root: ShadowRoot): string[] {
  const texts: string[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) texts.push(child.textContent ?? '');
      if (!(child instanceof Element) || child.tagName === 'STYLE') continue;
      for (const name of SPOKEN_ATTRIBUTES) texts.push(child.getAttribute(name) ?? '');
      walk(child);
      if (child.shadowRoot) walk(child.shadowRoot);
    }
  };
  walk(root);
  return texts.map((t) => t.replace(/\s+/g, ' ').trim()).filter(hasLetters);
}

const SCENES = {
  '<payment-run-status>': statusScenes,
  '<funding-instructions>': fundingScenes,
  '<payment-run-builder>': builderScenes,
  '<cop-result-badge>': copScenes,
};

for (const locale of ['de', 'fr']) {
  describe(`${locale}: complete for every element`, function () {
    this.timeout(120_000);
    let s: Stage;
    beforeEach(() => {
      s = stage(locale);
    });
    afterEach(() => s.setup.sandbox.stop());
    const phrases = englishPhrases(locale);
    const words = (phrase: string) =>
      new RegExp(`(?<!\\p{L})${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u');
    const patterns = phrases.map((phrase) => ({ phrase, pattern: words(phrase) }));

    for (const [name, render] of Object.entries(SCENES)) {
      it(`${name} shows no English text`, async () => {
        let report = '';
        await render(s, (state, el) => {
          for (const text of visibleTexts(el.shadowRoot!)) {
            const shown = s.data.strip(text);
            const english = patterns.filter((p) => p.pattern.test(shown)).map((p) => p.phrase);
            if (english.length) report += `\n  [${state}] “${text}” (${english.join(' | ')})`;
          }
        });
        if (report) expect.fail(`English shown in ${locale}:${report}`);
      });
    }
  });
}
