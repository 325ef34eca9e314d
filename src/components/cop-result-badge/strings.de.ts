import type { copStrings } from './strings.js';

/** German texts of `<cop-result-badge>`; register with `registerStrings('de', copStringsDe)`. */
export const copStringsDe: Record<keyof typeof copStrings, string> = {
  'cop.verdict.match': 'Name stimmt',
  'cop.verdict.close': 'Ähnlicher Name',
  'cop.verdict.no-match': 'Name stimmt nicht',
  'cop.verdict.not-checked': 'Nicht prüfbar',
  'cop.verdict.none': 'Nicht geprüft',
  'cop.verdict.unknown': 'Namensprüfung: {value}',
  'cop.explain.match': 'Die Bank bestätigt, dass der Name zum Kontoinhaber passt.',
  'cop.explain.close': 'Der Name ähnelt dem des Kontoinhabers, ist aber nicht gleich.',
  'cop.explain.no-match': 'Der Name passt nicht zum Kontoinhaber.',
  'cop.explain.none':
    'Kein Ergebnis: Namen werden für britische Konten geprüft, sobald der Lauf validiert ist.',
  'cop.explain.unknown': 'Die Bank hat ein Ergebnis gesendet, das diese Seite nicht kennt.',
  'cop.reason.ANNM': 'Der Name passt nicht zum Kontoinhaber. Klären Sie ihn mit Ihrem Lieferanten.',
  'cop.reason.MBAM': 'Der Name ähnelt dem des Kontoinhabers, ist aber nicht gleich.',
  'cop.reason.BANM': 'Der Name stimmt, aber es ist ein Geschäftskonto, kein Privatkonto.',
  'cop.reason.PANM': 'Der Name stimmt, aber es ist ein Privatkonto, kein Geschäftskonto.',
  'cop.reason.BAMM':
    'Der Name ähnelt dem des Kontoinhabers, und es ist ein Geschäftskonto, kein Privatkonto.',
  'cop.reason.PAMM':
    'Der Name ähnelt dem des Kontoinhabers, und es ist ein Privatkonto, kein Geschäftskonto.',
  'cop.reason.AC01':
    'Die Bank führt kein solches Konto: Die Kontonummer ist wahrscheinlich falsch.',
  'cop.reason.IVCR':
    'Die Bank hat das Konto über die Zusatzreferenz (etwa eine Rollennummer) nicht gefunden.',
  'cop.reason.ACNS': 'Die Bank unterstützt für dieses Konto keine Namensprüfung.',
  'cop.reason.OPTO': 'Der Kontoinhaber hat der Namensprüfung widersprochen.',
  'cop.reason.CASS':
    'Das Konto wurde zu einer anderen Bank gewechselt und konnte nicht geprüft werden.',
  'cop.reason.SCNS': 'Für diese Bankleitzahl (Sort Code) gibt es keine Namensprüfung.',
  'cop.reason.unknown': 'Die Bank nannte den Grundcode {code}.',
  'cop.reasonCode': 'Grundcode: {code}',
  'cop.accountName': 'Das Konto gehört:',
  'cop.useName': 'Diesen Namen verwenden',
  'cop.useNameLabel': 'Diesen Namen verwenden: {name}',
};
