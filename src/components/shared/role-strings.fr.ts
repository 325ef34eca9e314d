import type { roleStrings } from './role-strings.js';

/** French reasons beside an action the user's roles do not allow. */
export const roleStringsFr: Record<keyof typeof roleStrings, string> = {
  'reason.role.CONTROLLER': 'Seul un contrôleur peut effectuer cette action.',
  'reason.role.CREATOR': 'Seul le rôle « Créateur » peut effectuer cette action.',
};
