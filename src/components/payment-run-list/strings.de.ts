/** German texts of `<payment-run-list>` (registered by `payment-run-elements/locales/de.js`). */
import type { ListStringKey } from './strings.js';

export const listStringsDe: Record<ListStringKey, string> = {
  'list.label': 'Zahlungsläufe',
  'list.untitled': 'Zahlungslauf {id}',
  'list.loading': 'Zahlungsläufe werden geladen…',
  'list.empty': 'Noch keine Zahlungsläufe',
  'list.noMatch': 'Keine Zahlungsläufe entsprechen diesen Filtern.',
  'list.clearFilters': 'Filter zurücksetzen',
  'list.forbidden':
    'Sie haben keinen Zugriff auf Zahlungsläufe. Bitten Sie eine Administratorin oder einen Administrator um Zugriff.',
  'list.pageFailed':
    'Diese Seite konnte nicht geladen werden; die angezeigten Läufe sind womöglich veraltet: {error}',
  'list.found_one': '{count} Zahlungslauf gefunden',
  'list.found_other': '{count} Zahlungsläufe gefunden',

  'list.column.name': 'Zahlungslauf',
  'list.column.tag': 'Kennzeichen',
  'list.column.created': 'Erstellt',
  'list.column.status': 'Stand',
  'list.column.count': 'Zahlungen',
  'list.column.total': 'Summe',
  'list.column.needs': 'Nächster Schritt',
  'list.sortBy': 'Nach {column} sortieren',
  'list.order.default': 'Neueste zuerst, nach Erstellungsdatum, innerhalb dieser Seite.',
  'list.order.ascending': 'Nach {column} aufsteigend sortiert, innerhalb dieser Seite.',
  'list.order.descending': 'Nach {column} absteigend sortiert, innerhalb dieser Seite.',
  'list.noTag': 'Ohne Kennzeichen',

  'list.needs.confirm.you': 'Wartet auf Ihre Bestätigung',
  'list.needs.confirm.other': 'Ein Controller bestätigt ihn',
  'list.needs.authorise.you': 'Wartet auf Ihre Freigabe',
  'list.needs.authorise.other': 'Ein Controller gibt ihn frei',
  'list.needs.restart.you': 'Neu starten und erneut freigeben',
  'list.needs.restart.other': 'Ein Controller startet ihn neu',
  'list.needs.fund.you': 'Wartet auf Ihre Finanzierung',
  'list.needs.fund.other': 'Ein Controller finanziert ihn',
  'list.needs.review': 'Fehlgeschlagene Zahlungen prüfen',
  'list.needs.wait': 'Nichts, läuft gerade',
  'list.needs.none': 'Nichts',

  'list.filters': 'Filter',
  'list.filter.status': 'Stand',
  'list.filter.anyStatus': 'Jeder Stand',
  'list.filter.tag': 'Kennzeichen',
  'list.filter.reference': 'Ihre Referenz',
  'list.filter.minAmount': 'Summe ab',
  'list.filter.maxAmount': 'Summe bis',
  'list.filter.apply': 'Filter anwenden',
  'list.filter.invalidAmount': 'Geben Sie einen Betrag wie {example} ein.',

  'list.pages': 'Seiten',
  'list.showing': '{from}–{to} von {total}',
  'list.previous': 'Vorherige Seite',
  'list.next': 'Nächste Seite',
};
