/**
 * The English texts of the paste/import panel of `<payment-run-builder>`, loaded with the panel
 * (not at first paint). Override them like any other key.
 */
export const builderImportStrings = {
  'builder.import.title': 'Add payments from a spreadsheet',
  'builder.import.paste-label': 'Paste the rows copied from your spreadsheet',
  'builder.import.read': 'Read rows',
  'builder.import.cancel': 'Cancel',
  'builder.import.mapping': 'Which field is in each column?',
  'builder.import.column': 'Column {n} (e.g. “{sample}”)',
  'builder.import.header': 'The first row holds column names',
  'builder.import.ignore': 'Ignore this column',
  'builder.import.continue': 'Continue',
  'builder.import.missing': 'Map a column to: {fields}.',
  'builder.import.preview_one': '{count} row read: {valid} ready, {invalid} with problems.',
  'builder.import.preview_other': '{count} rows read: {valid} ready, {invalid} with problems.',
  'builder.import.row': 'Row {n}',
  'builder.import.add-all': 'Add all {count}',
  'builder.import.add-valid': 'Add the {count} ready rows',
  'builder.import.too-many': 'Only {room} more payments fit in this run (at most {max}).',
  'builder.import.empty': 'No rows found.',
  'builder.import.failed': 'The file could not be read.',
  'builder.import.shown': 'Showing the first {count} rows with problems.',
} as const;
