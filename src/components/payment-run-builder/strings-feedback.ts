/**
 * The English texts shown after a submit (error summary, server errors, the created run) of
 * `<payment-run-builder>`, loaded with the first submit. Override them like any other key.
 */
export const builderFeedbackStrings = {
  'builder.summary_one': 'There is {count} problem to fix',
  'builder.summary_other': 'There are {count} problems to fix',
  'builder.summary.more': 'and {count} more',
  'builder.summary.item': 'Payment {n}, {field}: {message}',
  'builder.created': 'Payment run created',
  'builder.created.detail':
    'Submitted. The payment service is now checking the payees; then the run can be confirmed.',
  'builder.created.id': 'Run ID',
  'builder.another': 'Start another run',
  'builder.error.server.REQUIRED': 'The payment service needs this field.',
  'builder.error.server.REGEX': 'The payment service refused this format.',
  'builder.error.server.SIZE': 'The payment service refused this length ({params}).',
  'builder.error.server': 'The payment service refused this value ({error}).',
} as const;
