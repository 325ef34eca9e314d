/** English reasons shown beside an action the user's roles do not allow (see `roles.ts`). */
export const roleStrings = {
  'reason.role.CONTROLLER': 'Only a controller can do this.',
  'reason.role.CREATOR': 'Only the creator role can do this.',
} as const;
