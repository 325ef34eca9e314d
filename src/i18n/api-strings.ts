import { apiErrorStrings } from './api-errors.js';
import {
  changeConflictStrings,
  fundingConflictStrings,
  linkedAccountConflictStrings,
  runActionConflictStrings,
} from './conflict-strings.js';
import { fundingStatusStrings, paymentStatusStrings, runStatusStrings } from './status-labels.js';

export { errorText } from './api-errors.js';
export { statusLabel } from './status-labels.js';

/**
 * Every English text shared by the elements that call the API: what each error means to a user,
 * every 409 code in plain words, and the status labels. German and French live in `locales/`.
 * Elements import only the parts they can show (`api-errors.ts`, `conflict-strings.ts`,
 * `status-labels.ts`); this whole table is for the builder's feedback and the locale checks.
 */
export const apiStrings = {
  ...apiErrorStrings,
  ...linkedAccountConflictStrings,
  ...changeConflictStrings,
  ...runActionConflictStrings,
  ...fundingConflictStrings,
  ...runStatusStrings,
  ...paymentStatusStrings,
  ...fundingStatusStrings,
} as const;
