const formats = new Map<string, Intl.DateTimeFormat>();

/** An API timestamp (RFC 3339) as a date and time in the user's locale; the text as is if invalid. */
export function formatDateTime(
  iso: string,
  locale: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' },
): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format.format(date);
}
