import type { roleStrings } from './role-strings.js';

/** German reasons beside an action the user's roles do not allow. */
export const roleStringsDe: Record<keyof typeof roleStrings, string> = {
  'reason.role.CONTROLLER': 'Nur ein Controller kann das tun.',
  'reason.role.CREATOR': 'Nur die Rolle „Ersteller“ kann das tun.',
};
