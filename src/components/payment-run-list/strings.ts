/**
 * English texts of `<payment-run-list>`. Status words come from the shared `runStatusStrings`
 * (`status.run.*`), so the list and `<payment-run-status>` say the same. Override any key with the
 * `strings` property or `registerStrings()`.
 */
export const listStrings = {
  'list.label': 'Payment runs',
  'list.untitled': 'Payment run {id}',
  'list.loading': 'Loading payment runs…',
  'list.empty': 'No payment runs yet',
  'list.noMatch': 'No payment runs match these filters.',
  'list.clearFilters': 'Clear filters',
  'list.forbidden': 'You do not have access to payment runs. Ask an administrator for access.',
  'list.pageFailed': 'This page could not be loaded, so the runs shown may be out of date: {error}',
  'list.found_one': '{count} payment run found',
  'list.found_other': '{count} payment runs found',

  'list.column.name': 'Payment run',
  'list.column.tag': 'Tag',
  'list.column.created': 'Created',
  'list.column.status': 'Status',
  'list.column.count': 'Payments',
  'list.column.total': 'Total',
  'list.column.needs': 'Next step',
  'list.sortBy': 'Sort by {column}',
  'list.order.default': 'Newest first, by creation date, within this page.',
  'list.order.ascending': 'Sorted by {column}, ascending, within this page.',
  'list.order.descending': 'Sorted by {column}, descending, within this page.',
  'list.noTag': 'No tag',

  'list.needs.confirm.you': 'Awaiting your confirmation',
  'list.needs.confirm.other': 'A controller confirms it',
  'list.needs.authorise.you': 'Awaiting your authorisation',
  'list.needs.authorise.other': 'A controller authorises it',
  'list.needs.restart.you': 'Restart it and authorise again',
  'list.needs.restart.other': 'A controller restarts it',
  'list.needs.fund.you': 'Awaiting your funding',
  'list.needs.fund.other': 'A controller funds it',
  'list.needs.review': 'Check the failed payments',
  'list.needs.wait': 'Nothing, in progress',
  'list.needs.none': 'Nothing',

  'list.filters': 'Filters',
  'list.filter.status': 'Status',
  'list.filter.anyStatus': 'Any status',
  'list.filter.tag': 'Tag',
  'list.filter.reference': 'Your reference',
  'list.filter.minAmount': 'Total from',
  'list.filter.maxAmount': 'Total up to',
  'list.filter.apply': 'Apply filters',
  'list.filter.invalidAmount': 'Enter an amount such as {example}.',

  'list.pages': 'Pages',
  'list.showing': 'Showing {from}–{to} of {total}',
  'list.previous': 'Previous page',
  'list.next': 'Next page',
} as const;

export type ListStringKey = keyof typeof listStrings;
