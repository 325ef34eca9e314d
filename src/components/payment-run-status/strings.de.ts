import { roleStringsDe } from '../shared/role-strings.de.js';
import type { statusDialogStrings } from './strings-dialogs.js';
import type { statusScaStrings } from './strings-sca.js';
import type { statusStrings } from './strings.js';

/** German texts of `<payment-run-status>`; register with `registerStrings('de', statusStringsDe)`. */
export const statusStringsDe: Record<
  keyof typeof statusStrings | keyof typeof statusDialogStrings | keyof typeof statusScaStrings,
  string
> = {
  'status.untitled': 'Zahlungslauf {id}',
  'status.loading': 'Der Zahlungslauf wird geladen …',
  'status.empty': 'Kein Zahlungslauf zum Anzeigen.',
  'status.tag': 'Tag',
  'status.reference': 'Ihre Referenz',
  'status.created': 'Erstellt',
  'status.reason': 'Angegebener Grund: {reason}',
  'status.stale': 'Möglicherweise nicht aktuell: {error}',
  'status.refresh': 'Aktualisieren',
  'status.busy': 'Wird ausgeführt …',
  'status.partFailed':
    'Dieser Teil der Seite konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'timeline.label': 'Fortschritt',
  'timeline.step.created': 'Erstellt',
  'timeline.step.validated': 'Geprüft',
  'timeline.step.confirmed': 'Bestätigt',
  'timeline.step.authorised': 'Autorisiert',
  'timeline.step.funded': 'Finanziert',
  'timeline.step.executed': 'Ausgezahlt',
  'timeline.state.done': 'erledigt',
  'timeline.state.current': 'läuft',
  'timeline.state.todo': 'noch nicht',
  'timeline.state.failed': 'fehlgeschlagen',
  'timeline.state.warning': 'erledigt, mit Fehlern',
  'timeline.state.cancelled': 'hier storniert',
  'timeline.state.skipped': 'nicht erreicht',
  'explain.QUEUED': 'Der Zahlungsdienst prüft die Zahlungen. Das dauert einen Moment.',
  'explain.PENDING_CONFIRMATION':
    'Prüfen Sie die Zahlungen und ihre Namensprüfung. Dann bestätigt ein Controller den Lauf.',
  'explain.PENDING_CHALLENGE':
    'Ein Controller muss den Lauf jetzt mit dem per SMS gesendeten Einmalcode autorisieren.',
  'explain.SCA_FAILED':
    'Die Autorisierung ist fehlgeschlagen: Der Code ist abgelaufen oder wurde zu oft falsch eingegeben. Ein Controller kann den Lauf neu starten.',
  'explain.PENDING_FUNDING':
    'Der Lauf ist autorisiert. Ein Controller finanziert ihn nun von einem verknüpften Bankkonto.',
  'explain.EXECUTING': 'Geld eingegangen: Die Zahlungen werden ausgeführt.',
  'explain.COMPLETED': 'Alle Zahlungen wurden ausgeführt.',
  'explain.COMPLETED_WITH_ERRORS_one':
    'Alle Zahlungen wurden verarbeitet, aber {count} ist fehlgeschlagen oder zurückgekommen. Das Geld geht an Ihr verknüpftes Konto zurück.',
  'explain.COMPLETED_WITH_ERRORS_other':
    'Alle Zahlungen wurden verarbeitet, aber {count} sind fehlgeschlagen oder zurückgekommen. Das Geld geht an Ihr verknüpftes Konto zurück.',
  'explain.CANCELLED': 'Dieser Lauf wurde storniert. Aus ihm wird nichts mehr gezahlt.',
  'explain.INVALID':
    'Der Zahlungsdienst hat den Lauf als ungültig abgelehnt; es wird nichts gezahlt. Korrigieren Sie die Angaben und erstellen Sie einen neuen Lauf.',
  'explain.unknown':
    'Der Zahlungsdienst meldet den Status „{status}“, den diese Seite noch nicht kennt.',
  'totals.label': 'Summen nach Status',
  'totals.all': 'Alle Zahlungen',
  'totals.count_one': '{count} Zahlung',
  'totals.count_other': '{count} Zahlungen',
  'actions.label': 'Aktionen',
  'action.confirm': 'Lauf bestätigen',
  'action.cancel': 'Lauf stornieren',
  'action.cancel-payments': 'Ausgewählte Zahlungen stornieren ({count})',
  'action.restart': 'Lauf neu starten',
  'action.editLabel': 'Lieferant {name} bearbeiten',
  'action.none': 'Keine Aktionen möglich: Dieser Lauf ist abgeschlossen.',
  ...roleStringsDe,
  'reason.select': 'Wählen Sie zuerst die zu stornierenden Zahlungen aus.',
  'done.confirm': 'Der Lauf ist bestätigt.',
  'done.cancel': 'Der Lauf ist storniert.',
  'done.cancel-payments': 'Die Zahlungen sind storniert.',
  'done.restart': 'Der Lauf wurde neu gestartet.',
  'done.update-payment': 'Der Lieferant ist aktualisiert.',
  'done.sca': 'Der Lauf ist autorisiert.',
  'action.dismiss': 'Schließen',
  'payments.label': 'Zahlungen',
  'payments.filter': 'Anzeigen',
  'payments.filterAll': 'Alle Status ({count})',
  'payments.filterStatus': '{label} ({count})',
  'payments.shown': '{shown} von {total} Zahlungen',
  'payments.none': 'Keine Zahlungen in diesem Status.',
  'payments.everyStatus': 'Jede Zahlung: {label}',
  'payments.selectAll': 'Alle stornierbaren Zahlungen auswählen',
  'payments.selectOne': 'Zahlung an {name} auswählen',
  'payments.supplier': 'Lieferant',
  'payments.account': 'Bankkonto',
  'payments.amount': 'Betrag',
  'payments.reference': 'Referenz',
  'payments.status': 'Status',
  'payments.cop': 'Namensprüfung',
  'payments.edit': 'Bearbeiten',
  'payments.sortBy': 'Nach {column} sortieren',
  'payments.accountEnding': 'Konto endet auf',
  'payments.ibanEnding': 'IBAN endet auf',
  'payments.type.PERSONAL': 'Privat',
  'payments.type.BUSINESS': 'Geschäftlich',
  'cancel.title': 'Diesen Zahlungslauf stornieren?',
  'cancel.body': 'Keine Zahlung des Laufs wird ausgeführt. Das lässt sich nicht rückgängig machen.',
  'cancel.titlePayments_one': '{count} Zahlung stornieren?',
  'cancel.titlePayments_other': '{count} Zahlungen stornieren?',
  'cancel.bodyPayments':
    'Die ausgewählten Zahlungen werden nicht ausgeführt; die anderen bleiben im Lauf. Das lässt sich nicht rückgängig machen.',
  'cancel.confirm': 'Ja, stornieren',
  'cancel.keep': 'Nein, behalten',
  'edit.title': 'Lieferant bearbeiten',
  'edit.intro': 'Zahlung {reference} über {amount}. Nur der Lieferant kann geändert werden.',
  'edit.save': 'Lieferant speichern',
  'edit.close': 'Schließen',
  'dialog.close': 'Schließen',
  'sca.title': 'Lauf autorisieren',
  'sca.host': 'Bis dahin wird keine Zahlung ausgeführt.',
  'sca.sandbox': 'Sandbox: Der Einmalcode ist 123456.',
  'sca.send': 'Code senden',
  'sca.sent': 'Code gesendet. Geben Sie ihn ein, um den Lauf zu autorisieren.',
  'sca.code': 'Einmalcode',
  'sca.verify': 'Autorisieren',
  'sca.needsController': 'Nur ein Controller kann einen Lauf autorisieren.',
  'conflict.STATE_INVALID':
    'Dieser Lauf muss nicht mehr autorisiert werden: Er wurde storniert oder abgeschlossen.',
  'conflict.CHANNEL_NOT_SUPPORTED': 'Einmalcodes können auf diesem Weg nicht gesendet werden.',
  'conflict.CHANNEL_NOT_REGISTERED':
    'Für diesen Benutzer ist kein Telefon für Einmalcodes registriert. Registrieren Sie zuerst eines.',
  'conflict.VERIFICATION_CODE_EXPIRED':
    'Der Code ist abgelaufen. Starten Sie den Lauf neu, um einen neuen zu erhalten.',
  'conflict.VERIFICATION_CODE_INVALID':
    'Dieser Code ist nicht richtig. Prüfen Sie ihn und versuchen Sie es erneut.',
  'conflict.ONE_CHALLENGE_LIMIT_REMAINING':
    'Dieser Code ist nicht richtig. Sie haben noch einen Versuch.',
  'conflict.CHALLENGE_LIMIT_EXCEEDED':
    'Zu viele falsche Codes: Die Autorisierung ist fehlgeschlagen. Ein Controller kann den Lauf neu starten.',
  'conflict.PAYMENT_RUN_SCA_CHALLENGE_VERIFY_FAILED':
    'Der Code konnte nicht geprüft werden. Versuchen Sie es erneut.',
};
