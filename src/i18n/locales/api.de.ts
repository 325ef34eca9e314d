import type { apiStrings } from '../api-strings.js';

/** German texts shared by the elements that call the API. */
export const apiStringsDe: Record<keyof typeof apiStrings, string> = {
  'error.validation': 'Einige Angaben sind ungültig. Bitte prüfen Sie die markierten Felder.',
  'error.unauthenticated':
    'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an und versuchen Sie es noch einmal.',
  'error.permission':
    'Ihre Rolle erlaubt diese Aktion nicht. Bitten Sie eine Kollegin oder einen Kollegen mit der passenden Rolle.',
  'error.not-found':
    'Dieser Zahlungslauf wurde nicht gefunden. Er gehört möglicherweise zu einem anderen Konto.',
  'error.conflict':
    'Diese Aktion ist im aktuellen Zustand nicht möglich. Aktualisieren Sie die Ansicht und versuchen Sie es erneut.',
  'error.rate-limit': 'Zu viele Anfragen. Versuchen Sie es gleich noch einmal.',
  'error.rate-limit-until': 'Zu viele Anfragen. Versuchen Sie es nach {time} erneut.',
  'error.server':
    'Der Zahlungsdienst ist gerade nicht erreichbar. Versuchen Sie es in einigen Minuten erneut.',
  'error.http': 'Der Zahlungsdienst hat die Anfrage abgelehnt ({status}).',
  'error.network':
    'Keine Verbindung zum Zahlungsdienst. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'error.timeout': 'Der Zahlungsdienst hat zu lange nicht geantwortet. Versuchen Sie es erneut.',
  'error.unexpected-response':
    'Der Zahlungsdienst hat eine Antwort gesendet, die diese Seite nicht lesen kann.',
  'error.token':
    'Ihre Anmeldung konnte nicht bestätigt werden. Laden Sie die Seite neu oder melden Sie sich erneut an.',
  'error.configuration': 'Diese Komponente ist nicht eingerichtet. {detail}',
  'error.unknown': 'Etwas ist schiefgelaufen. Versuchen Sie es erneut.',
  'error.reference': 'Referenz für den Support: {ref}',
  'action.retry': 'Erneut versuchen',
  'conflict.BANK_ACCOUNT_CANNOT_BE_LINKED_ACCOUNT':
    'Das Bankkonto eines Lieferanten ist eines Ihrer eigenen verknüpften Konten. Bezahlen Sie Lieferanten, nicht sich selbst.',
  'conflict.BANK_ACCOUNT_CANNOT_BE_ZERO_BALANCE_ACCOUNT':
    'Das Bankkonto eines Lieferanten ist Ihr Zahlungslaufkonto. Wählen Sie das eigene Konto des Lieferanten.',
  'conflict.LINKED_ACCOUNT_INVALID_STATE':
    'Das verknüpfte Bankkonto kann gerade nicht verwendet werden: Es ist nicht verknüpft oder die Zustimmung ist abgelaufen.',
  'conflict.UNSUPPORTED_CURRENCY': 'Diese Währung ist für Ihr Konto nicht freigeschaltet.',
  'conflict.INVALID_SUPPLIER_BANK_ACCOUNT_DETAILS':
    'Die Bank hat die Kontodaten eines Lieferanten abgelehnt. Prüfen Sie Kontonummer, Bankleitzahl (Sort Code) oder IBAN.',
  'conflict.ZERO_BALANCE_ACCOUNT_INVALID_STATE':
    'Ihr Zahlungslaufkonto für diese Währung ist noch nicht bereit. Versuchen Sie es später erneut.',
  'conflict.IDEMPOTENT_REQUEST_IN_PROGRESS':
    'Diese Anfrage wird bereits bearbeitet. Warten Sie einen Moment und aktualisieren Sie dann die Ansicht.',
  'conflict.MISSING_SUPPLIER_TYPE':
    'Ein per Faster Payments bezahlter Lieferant braucht eine Art: Privatperson oder Unternehmen.',
  'conflict.PAYMENT_RUN_INVALID_STATE':
    'Der Zahlungslauf ist weiter fortgeschritten; diese Aktion gilt nicht mehr.',
  'conflict.PAYMENT_RUN_DUPLICATE_PAYMENT_ID':
    'Dieselbe Zahlung wurde in einer Änderung zweimal aufgeführt.',
  'conflict.PAYMENT_RUN_ALREADY_CONFIRMED': 'Dieser Zahlungslauf wurde bereits bestätigt.',
  'conflict.PAYMENT_RUN_NOT_FOUND': 'Dieser Zahlungslauf wurde nicht gefunden.',
  'conflict.TOO_MANY_LINKED_ACCOUNT_PER_CURRENCY': 'Wählen Sie ein verknüpftes Konto pro Währung.',
  'conflict.LINKED_ACCOUNT_NOT_FOUND': 'Das gewählte verknüpfte Konto existiert nicht mehr.',
  'conflict.FUNDING_REQUEST_IN_PROGRESS':
    'Die Finanzierung dieses Zahlungslaufs hat bereits begonnen.',
  'conflict.CANNOT_CANCEL_PAYMENT_RUN':
    'Dieser Zahlungslauf kann nicht mehr storniert werden: Finanzierung oder Ausführung haben begonnen.',
  'conflict.CANNOT_CANCEL_PAYMENT_RUN_PAYMENT': 'Diese Zahlung kann nicht mehr storniert werden.',
  'conflict.PAYMENT_RUN_PAYMENT_INVALID_STATE':
    'Zahlungen können nur storniert werden, solange der Lauf auf Bestätigung wartet.',
  'conflict.PAYMENT_RUN_GROUP_INVALID_STATE':
    'Diese Finanzierungsgruppe kann nur storniert werden, solange sie auf Geld wartet.',
  'conflict.REFERENCE_INVALID': 'Diese Finanzierungsgruppe gehört nicht zu dem Zahlungslauf.',
  'status.run.QUEUED': 'Wird geprüft',
  'status.run.PENDING_CONFIRMATION': 'Wartet auf Bestätigung',
  'status.run.PENDING_CHALLENGE': 'Wartet auf Freigabe',
  'status.run.SCA_FAILED': 'Freigabe fehlgeschlagen',
  'status.run.PENDING_FUNDING': 'Wartet auf Finanzierung',
  'status.run.EXECUTING': 'Wird ausgezahlt',
  'status.run.COMPLETED': 'Abgeschlossen',
  'status.run.COMPLETED_WITH_ERRORS': 'Mit Fehlern abgeschlossen',
  'status.run.CANCELLED': 'Storniert',
  'status.run.INVALID': 'Ungültig',
  'status.payment.QUEUED': 'Wird geprüft',
  'status.payment.PENDING_CONFIRMATION': 'Wartet auf Bestätigung',
  'status.payment.PENDING_CHALLENGE': 'Wartet auf Freigabe',
  'status.payment.SCA_FAILED': 'Freigabe fehlgeschlagen',
  'status.payment.PENDING_FUNDING': 'Wartet auf Finanzierung',
  'status.payment.AWAITING_FUNDS': 'Wartet auf Geld',
  'status.payment.EXECUTING': 'Wird ausgezahlt',
  'status.payment.COMPLETED': 'Bezahlt',
  'status.payment.FAILED': 'Fehlgeschlagen',
  'status.payment.RETURNED': 'Zurückgebucht',
  'status.payment.CANCELLED': 'Storniert',
  'status.funding.PENDING_FUNDING': 'Nicht begonnen',
  'status.funding.AWAITING_FUNDS': 'Wartet auf Geld',
  'status.funding.EXECUTING': 'Wird ausgezahlt',
  'status.funding.COMPLETED': 'Abgeschlossen',
  'status.funding.COMPLETED_WITH_ERRORS': 'Mit Fehlern abgeschlossen',
  'status.funding.CANCELLED': 'Storniert',
  'status.unknown': '{status}',
};
