/**
 * English texts of the sandbox's SCA step of `<payment-run-status>`: loaded with its code
 * (`sca-panel.ts`), then merged into the element's table (`on-demand.ts`). German and French are
 * in the element's `strings.de.ts` and `strings.fr.ts`.
 */
export const statusScaStrings = {
  'sca.needsController': 'Only a controller can authorise a run.',
  'sca.send': 'Send the code',
  'sca.sent': 'Code sent. Enter it to authorise the run.',
  'sca.code': 'One-time code',
  'sca.verify': 'Authorise',
  'sca.sandbox': 'Sandbox: the one-time code is 123456.',

  // The SCA simulator's 409 codes (digest §6), read by errorText like the API's.
  'conflict.STATE_INVALID': 'This run no longer needs authorising: it was cancelled or completed.',
  'conflict.CHANNEL_NOT_SUPPORTED': 'One-time codes cannot be sent this way.',
  'conflict.CHANNEL_NOT_REGISTERED':
    'This user has no phone enrolled for one-time codes. Enrol one first.',
  'conflict.VERIFICATION_CODE_EXPIRED': 'The code has expired. Restart the run to get a new one.',
  'conflict.VERIFICATION_CODE_INVALID': 'That code is not right. Check it and try again.',
  'conflict.ONE_CHALLENGE_LIMIT_REMAINING': 'That code is not right. You have one try left.',
  'conflict.CHALLENGE_LIMIT_EXCEEDED':
    'Too many wrong codes: authorisation failed. A controller can restart the run.',
  'conflict.PAYMENT_RUN_SCA_CHALLENGE_VERIFY_FAILED': 'The code could not be checked. Try again.',
} as const;
