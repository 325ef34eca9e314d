import type { fundingChoiceStrings } from './strings-choice.js';
import type { fundingGroupsStrings } from './strings-groups.js';
import type { fundingStrings } from './strings.js';

/** German texts of `<funding-instructions>`: `registerStrings('de', fundingStringsDe)`. */
export const fundingStringsDe: Record<
  | keyof typeof fundingStrings
  | keyof typeof fundingChoiceStrings
  | keyof typeof fundingGroupsStrings,
  string
> = {
  'funding.title': 'Zahlungslauf finanzieren',
  'funding.run': 'Zahlungslauf {name} · {status}',
  'funding.total': 'Zu finanzieren: {amount}',
  'funding.total.paid': 'Bezahlt: {amount}',
  'funding.loading': 'Zahlungslauf wird geladen …',
  'funding.refresh': 'Aktualisieren',
  'funding.updating': 'Wird aktualisiert …',

  'funding.notReady.title': 'Noch nicht bereit zur Finanzierung',
  'funding.notReady.QUEUED':
    'Dieser Zahlungslauf wird geprüft. Danach bestätigt und autorisiert ihn ein Controller; dann kann er hier finanziert werden.',
  'funding.notReady.PENDING_CONFIRMATION':
    'Dieser Zahlungslauf wartet auf die Bestätigung durch einen Controller. Nach Bestätigung und Autorisierung kann er hier finanziert werden.',
  'funding.notReady.PENDING_CHALLENGE':
    'Dieser Zahlungslauf ist bestätigt und wartet auf die Autorisierung (Einmalcode). Danach kann er hier finanziert werden.',
  'funding.notReady.SCA_FAILED':
    'Die Autorisierung dieses Zahlungslaufs ist fehlgeschlagen. Ein Controller kann ihn neu starten und erneut autorisieren.',
  'funding.notReady.unknown':
    'Dieser Zahlungslauf hat den Status {status}. Er kann jetzt nicht finanziert werden.',
  'funding.notReady.watching':
    'Diese Seite aktualisiert sich von selbst, sobald der Lauf finanziert werden kann.',
  'funding.step.validated': 'Geprüft',
  'funding.step.confirmed': 'Bestätigt',
  'funding.step.authorised': 'Autorisiert',
  'funding.step.funded': 'Finanziert',
  'funding.step.done': '(erledigt)',
  'funding.step.current': '(aktueller Schritt)',
  'funding.steps': 'Schritte vor der Finanzierung',
  'funding.closed.INVALID':
    'Dieser Zahlungslauf ist ungültig und kann nicht finanziert werden. Legen Sie einen neuen Lauf mit korrigierten Zahlungen an.',
  'funding.closed.CANCELLED': 'Dieser Zahlungslauf wurde storniert. Es gibt nichts zu finanzieren.',

  'funding.accounts.title': 'Konto für die Zahlung wählen',
  'funding.accounts.intro':
    'Wählen Sie für jede Währung des Laufs ein verknüpftes Bankkonto. Nur verknüpfte Konten mit aktiver Zustimmung sind möglich.',
  'funding.accounts.legend': '{amount} ({currency}) bezahlen von',
  'funding.accounts.loading': 'Verknüpfte Konten werden geladen …',
  'funding.accounts.other': 'Verknüpfte Konten in anderen Währungen',
  'funding.accounts.permission':
    'Zum Finanzieren eines Zahlungslaufs ist die Controller-Rolle nötig. Bitten Sie eine Person mit dieser Rolle.',
  'funding.account.unnamed': 'Bankkonto',
  'funding.account.logo': 'Logo von {bank}',
  'funding.account.currency': 'Währung: {currency}',
  'funding.account.status': 'Konto: {status}',
  'funding.account.consent': 'Zustimmung: {status}',
  'funding.account.expires': 'Zustimmung läuft ab am {date}',
  'funding.account.expired': 'Zustimmung endete am {date}',
  'funding.account.expiringSoon':
    'Die Zustimmung läuft in weniger als 7 Tagen ab. Erneuern Sie sie bald bei Ihrer Bank, sonst ist keine Finanzierung mehr möglich.',
  'funding.account.reason.not-linked':
    'Dieses Konto ist nicht verknüpft und kann keine Läufe finanzieren.',
  'funding.account.reason.consent-EXPIRED':
    'Die Zustimmung für dieses Konto ist abgelaufen. Verknüpfen Sie das Konto erneut.',
  'funding.account.reason.consent-REVOKED':
    'Die Zustimmung für dieses Konto wurde widerrufen. Verknüpfen Sie das Konto erneut.',
  'funding.account.reason.consent-other': 'Die Zustimmung für dieses Konto ist nicht aktiv.',
  'funding.account.reason.wrong-currency':
    'Dieses Konto führt {currency}; der Lauf zahlt in {need}.',
  'funding.account.sortCode': 'Sort Code {sortCode}, Konto endet auf {last}',
  'funding.account.iban': 'IBAN {iban}',
  'funding.accountStatus.LINKED': 'Verknüpft',
  'funding.accountStatus.UNLINKED': 'Nicht verknüpft',
  'funding.accountStatus.PENDING_CHALLENGE': 'Wartet auf Autorisierung',
  'funding.accountStatus.PENDING_FUNDING': 'Wartet auf eine Testzahlung',
  'funding.accountStatus.PENDING_VERIFICATION': 'Wird geprüft',
  'funding.accountStatus.REJECTED': 'Abgelehnt',
  'funding.consentStatus.ACTIVE': 'Aktiv',
  'funding.consentStatus.EXPIRED': 'Abgelaufen',
  'funding.consentStatus.REVOKED': 'Widerrufen',

  'funding.empty.title': 'Kein Konto kann {currency} bezahlen',
  'funding.empty.text':
    'Keines Ihrer verknüpften Bankkonten kann den {currency}-Teil dieses Laufs finanzieren. Verknüpfen Sie ein {currency}-Konto mit aktiver Zustimmung.',
  'funding.empty.link': '{currency}-Konto verknüpfen',
  'funding.empty.unhandled':
    'Auf dieser Seite können keine Konten verknüpft werden. Verknüpfen Sie ein Konto in der Bankverwaltung Ihres Unternehmens und wählen Sie dann „Aktualisieren“.',

  'funding.start': 'Finanzierung starten',
  'funding.start.busy': 'Finanzierung wird gestartet …',
  'funding.start.hint': 'Wählen Sie zuerst für jede Währung ein Konto.',
  'funding.started': 'Finanzierung gestartet: {count} Finanzierungsgruppen zu bezahlen.',
  'funding.started_one': 'Finanzierung gestartet: 1 Finanzierungsgruppe zu bezahlen.',

  'funding.groups.title': 'Finanzierungsgruppen',
  'funding.groups.none':
    'Die Finanzierung hat begonnen, aber noch keine Gruppe kann angezeigt werden. Aktualisieren Sie gleich.',
  'funding.groups.split':
    'Ihre Bank begrenzt den Betrag einer einzelnen Zahlung, daher ist dieser Lauf in {count} Finanzierungsgruppen aufgeteilt. Bezahlen Sie jede Gruppe von Ihrer Bank; der Lauf ist abgeschlossen, wenn alle Gruppen finanziert sind.',
  'funding.groups.one': 'Bezahlen Sie diese Gruppe von Ihrer Bank, um den Lauf zu finanzieren.',
  'funding.groups.paid':
    'Dieser Lauf wurde in {count} Finanzierungsgruppen von Ihrer Bank bezahlt.',
  'funding.groups.paid_one':
    'Dieser Lauf wurde in einer Finanzierungsgruppe von Ihrer Bank bezahlt.',
  'funding.groups.allCancelled':
    'Alle Finanzierungsgruppen wurden storniert; es wurde nichts bezahlt.',
  'funding.groups.unknownAccount':
    'Die Finanzierung hat begonnen, aber keines Ihrer verknüpften Konten kann ihre Gruppen anzeigen. Aktualisieren Sie später oder fragen Sie den Controller, der sie gestartet hat.',
  'funding.progress.label': 'Fortschritt der Finanzierung',
  'funding.progress.groups': '{funded} von {count} Gruppen finanziert',
  'funding.progress.groups_one': '{funded} von {count} Gruppe finanziert',
  'funding.progress.amount': '{funded} von {total} finanziert',
  'funding.progress.done': 'Alle Gruppen sind abgeschlossen. Der Zahlungslauf ist: {status}.',
  'funding.group.title': 'Gruppe {reference}',
  'funding.group.reference': 'Referenz',
  'funding.group.amount': 'Betrag',
  'funding.group.date': 'Finanziert am',
  'funding.group.notFunded': 'Noch nicht finanziert',
  'funding.group.cancelledNote': 'Storniert: Die Zahlungen dieser Gruppe werden nicht ausgeführt.',
  'funding.group.count': 'Zahlungen',
  'funding.group.payments': 'Die {count} Zahlungen anzeigen',
  'funding.group.payments_one': 'Die Zahlung anzeigen',
  'funding.group.paymentsCaption': 'Zahlungen in Gruppe {reference}',
  'funding.payment.supplier': 'Lieferant',
  'funding.payment.reference': 'Referenz',
  'funding.payment.amount': 'Betrag',
  'funding.payment.status': 'Status',
  'funding.group.pay': 'Von Ihrer Bank bezahlen',
  'funding.group.which': 'Gruppe {reference}, {amount}',
  'funding.group.pay.busy': 'Ihre Bank wird geöffnet …',
  'funding.group.handedOver':
    'Ihre Bankzahlung wurde gestartet. Diese Seite aktualisiert sich, sobald das Geld eingeht.',
  'funding.group.simulated': 'Sandbox: Gruppe {reference} wurde finanziert.',
  'funding.group.cancel': 'Gruppe stornieren',
  'funding.group.cancelled': 'Gruppe {reference} wurde storniert.',

  'funding.cancel.title': 'Gruppe {reference} stornieren?',
  'funding.cancel.text':
    'Die {count} Zahlungen dieser Gruppe ({amount}) werden nicht ausgeführt. Der Rest des Laufs bleibt unberührt. Das lässt sich nicht rückgängig machen.',
  'funding.cancel.text_one':
    'Die Zahlung dieser Gruppe ({amount}) wird nicht ausgeführt. Der Rest des Laufs bleibt unberührt. Das lässt sich nicht rückgängig machen.',
  'funding.cancel.keep': 'Gruppe behalten',
  'funding.cancel.confirm': 'Gruppe stornieren',
  'funding.cancel.busy': 'Wird storniert …',

  'conflict.BUYER_ID_INVALID': 'Die Sandbox kennt diesen Käufer nicht.',
};
