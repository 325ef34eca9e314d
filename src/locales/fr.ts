/**
 * `payment-run-elements/locales/fr.js`: French for every element. Import it once; elements whose
 * locale resolves to `fr` (or `fr-CH`, `fr-BE`, …) use it, and anything missing falls back to
 * English.
 */
import { registerStrings } from '../i18n/translate.js';
import { apiStringsFr } from '../i18n/locales/api.fr.js';
import { builderStringsFr } from '../components/payment-run-builder/strings.fr.js';
import { statusStringsFr } from '../components/payment-run-status/strings.fr.js';
import { fundingStringsFr } from '../components/funding-instructions/strings.fr.js';
import { copStringsFr } from '../components/cop-result-badge/strings.fr.js';
import { listStringsFr } from '../components/payment-run-list/strings.fr.js';

registerStrings('fr', {
  ...apiStringsFr,
  ...builderStringsFr,
  ...statusStringsFr,
  ...fundingStringsFr,
  ...copStringsFr,
  ...listStringsFr,
});
