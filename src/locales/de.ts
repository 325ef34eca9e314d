/**
 * `payment-run-elements/locales/de.js`: German for every element. Import it once; elements whose
 * locale resolves to `de` (or `de-AT`, `de-CH`, …) use it, and anything missing falls back to
 * English.
 */
import { registerStrings } from '../i18n/translate.js';
import { apiStringsDe } from '../i18n/locales/api.de.js';
import { builderStringsDe } from '../components/payment-run-builder/strings.de.js';
import { statusStringsDe } from '../components/payment-run-status/strings.de.js';
import { fundingStringsDe } from '../components/funding-instructions/strings.de.js';
import { copStringsDe } from '../components/cop-result-badge/strings.de.js';
import { listStringsDe } from '../components/payment-run-list/strings.de.js';

registerStrings('de', {
  ...apiStringsDe,
  ...builderStringsDe,
  ...statusStringsDe,
  ...fundingStringsDe,
  ...copStringsDe,
  ...listStringsDe,
});
