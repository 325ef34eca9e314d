const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * An API timestamp (RFC 3339) as a date and time in the user's locale; the text as is if invalid.
 * Never throws: a timestamp beyond the dates JavaScript holds is invalid too.
 */
export function formatDateTime(
  iso: string,
  locale: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' },
): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    // A locale tag Intl refuses (`locale="not a locale"`) falls back to the default one.
    let tag: string | undefined = locale;
    try {
      Intl.getCanonicalLocales(locale);
    } catch {
      tag = undefined;
    }
    formats.set(key, (format = new Intl.DateTimeFormat(tag, options)));
  }
  return format.format(date);
}
