import type { fundingChoiceStrings } from './strings-choice.js';
import type { fundingGroupsStrings } from './strings-groups.js';
import type { fundingStrings } from './strings.js';

/**
 * French texts of `<funding-instructions>`: `registerStrings('fr', fundingStringsFr)`. Spaces
 * before `:` and inside `« »` are no-break spaces, before `;` and `?` narrow no-break spaces.
 */
export const fundingStringsFr: Record<
  | keyof typeof fundingStrings
  | keyof typeof fundingChoiceStrings
  | keyof typeof fundingGroupsStrings,
  string
> = {
  'funding.title': 'Financer le lot de paiements',
  'funding.run': 'Lot de paiements {name} · {status}',
  'funding.total': 'Total à financer : {amount}',
  'funding.total.paid': 'Total payé : {amount}',
  'funding.loading': 'Chargement du lot de paiements…',
  'funding.refresh': 'Actualiser',
  'funding.updating': 'Mise à jour…',

  'funding.notReady.title': 'Pas encore prêt pour le financement',
  'funding.notReady.QUEUED':
    'Ce lot de paiements est en cours de vérification. Un Contrôleur devra ensuite le confirmer et l’autoriser ; il pourra alors être financé ici.',
  'funding.notReady.PENDING_CONFIRMATION':
    'Ce lot de paiements attend la confirmation d’un Contrôleur. Une fois confirmé et autorisé, il pourra être financé ici.',
  'funding.notReady.PENDING_CHALLENGE':
    'Ce lot de paiements est confirmé et attend son autorisation (un code à usage unique). Une fois autorisé, il pourra être financé ici.',
  'funding.notReady.SCA_FAILED':
    'L’autorisation de ce lot de paiements a échoué. Un Contrôleur peut le relancer et l’autoriser à nouveau avant son financement.',
  'funding.notReady.unknown':
    'Ce lot de paiements a le statut {status}. Il ne peut pas être financé pour le moment.',
  'funding.notReady.watching':
    'Cette page se met à jour d’elle-même dès que le lot peut être financé.',
  'funding.step.validated': 'Vérifié',
  'funding.step.confirmed': 'Confirmé',
  'funding.step.authorised': 'Autorisé',
  'funding.step.funded': 'Financé',
  'funding.step.done': '(terminé)',
  'funding.step.current': '(étape en cours)',
  'funding.steps': 'Étapes avant le financement',
  'funding.closed.INVALID':
    'Ce lot de paiements n’est pas valide et ne peut pas être financé. Créez un nouveau lot avec des paiements corrigés.',
  'funding.closed.CANCELLED': 'Ce lot de paiements a été annulé. Il n’y a rien à financer.',

  'funding.accounts.title': 'Choisissez le compte à débiter',
  'funding.accounts.intro':
    'Choisissez un compte bancaire lié pour chaque devise du lot. Seuls les comptes liés dont le consentement est actif peuvent être utilisés.',
  'funding.accounts.legend': 'Payer {amount} ({currency}) depuis',
  'funding.accounts.loading': 'Chargement de vos comptes liés…',
  'funding.accounts.other': 'Comptes liés dans d’autres devises',
  'funding.accounts.permission':
    'Le financement d’un lot de paiements nécessite le rôle Contrôleur. Demandez à un collègue qui a ce rôle de le financer.',
  'funding.account.unnamed': 'Compte bancaire',
  'funding.account.logo': 'Logo de {bank}',
  'funding.account.currency': 'Devise : {currency}',
  'funding.account.status': 'Compte : {status}',
  'funding.account.consent': 'Consentement : {status}',
  'funding.account.expires': 'Consentement valable jusqu’au {date}',
  'funding.account.expired': 'Consentement expiré le {date}',
  'funding.account.expiringSoon':
    'Le consentement expire dans moins de 7 jours. Renouvelez-le rapidement auprès de votre banque, sinon le financement ne sera plus possible.',
  'funding.account.reason.not-linked':
    'Ce compte n’est pas lié ; il ne peut donc pas financer de lots.',
  'funding.account.reason.consent-EXPIRED':
    'Le consentement pour utiliser ce compte a expiré. Liez à nouveau le compte pour l’utiliser.',
  'funding.account.reason.consent-REVOKED':
    'Le consentement pour utiliser ce compte a été révoqué. Liez à nouveau le compte pour l’utiliser.',
  'funding.account.reason.consent-other':
    'Le consentement pour utiliser ce compte n’est pas actif.',
  'funding.account.reason.wrong-currency': 'Ce compte est en {currency} ; le lot paie en {need}.',
  'funding.account.sortCode': 'Sort code {sortCode}, compte se terminant par {last}',
  'funding.account.iban': 'IBAN {iban}',
  'funding.accountStatus.LINKED': 'Lié',
  'funding.accountStatus.UNLINKED': 'Non lié',
  'funding.accountStatus.PENDING_CHALLENGE': 'En attente d’autorisation',
  'funding.accountStatus.PENDING_FUNDING': 'En attente d’un paiement test',
  'funding.accountStatus.PENDING_VERIFICATION': 'En cours de vérification',
  'funding.accountStatus.REJECTED': 'Refusé',
  'funding.consentStatus.ACTIVE': 'Actif',
  'funding.consentStatus.EXPIRED': 'Expiré',
  'funding.consentStatus.REVOKED': 'Révoqué',

  'funding.empty.title': 'Aucun compte ne peut payer en {currency}',
  'funding.empty.text':
    'Aucun de vos comptes bancaires liés ne peut financer la partie en {currency} de ce lot. Liez un compte en {currency} avec un consentement actif.',
  'funding.empty.link': 'Lier un compte en {currency}',
  'funding.empty.unhandled':
    'La liaison de comptes n’est pas disponible sur cette page. Liez un compte là où votre entreprise gère ses banques, puis sélectionnez Actualiser.',

  'funding.start': 'Lancer le financement',
  'funding.start.busy': 'Lancement du financement…',
  'funding.start.hint': 'Choisissez d’abord un compte pour chaque devise.',
  'funding.started': 'Financement lancé : {count} groupes de financement à payer.',
  'funding.started_one': 'Financement lancé : {count} groupe de financement à payer.',

  'funding.groups.title': 'Groupes de financement',
  'funding.groups.none':
    'Le financement a commencé, mais aucun groupe de financement ne peut encore être affiché. Sélectionnez Actualiser dans un instant.',
  'funding.groups.split':
    'Votre banque plafonne le montant d’un paiement unique ; ce lot est donc divisé en {count} groupes de financement. Payez chaque groupe depuis votre banque ; le lot est terminé lorsque tous les groupes sont financés.',
  'funding.groups.one': 'Payez ce groupe depuis votre banque pour financer le lot.',
  'funding.groups.paid': 'Ce lot a été payé depuis votre banque en {count} groupes de financement.',
  'funding.groups.paid_one': 'Ce lot a été payé depuis votre banque en un groupe de financement.',
  'funding.groups.allCancelled':
    'Tous les groupes de financement ont été annulés ; rien n’a été payé.',
  'funding.groups.unknownAccount':
    'Le financement a commencé, mais aucun de vos comptes liés ne peut afficher ses groupes. Actualisez plus tard ou demandez au Contrôleur qui l’a lancé.',
  'funding.progress.label': 'Avancement du financement',
  'funding.progress.groups': '{funded} groupes financés sur {count}',
  'funding.progress.groups_one': '{funded} groupe financé sur {count}',
  'funding.progress.amount': '{funded} financés sur {total}',
  'funding.progress.done':
    'Tous les groupes sont finalisés. Statut du lot de paiements : {status}.',
  'funding.group.title': 'Groupe {reference}',
  'funding.group.reference': 'Référence',
  'funding.group.amount': 'Montant',
  'funding.group.date': 'Financé le',
  'funding.group.notFunded': 'Pas encore financé',
  'funding.group.cancelledNote': 'Annulé : les paiements de ce groupe ne seront pas effectués.',
  'funding.group.count': 'Paiements',
  'funding.group.payments': 'Afficher les {count} paiements',
  'funding.group.payments_one': 'Afficher le paiement',
  'funding.group.paymentsCaption': 'Paiements du groupe {reference}',
  'funding.payment.supplier': 'Fournisseur',
  'funding.payment.reference': 'Référence',
  'funding.payment.amount': 'Montant',
  'funding.payment.status': 'Statut',
  'funding.group.pay': 'Payer depuis votre banque',
  'funding.group.which': 'groupe {reference}, {amount}',
  'funding.group.pay.busy': 'Ouverture de votre banque…',
  'funding.group.handedOver':
    'Votre paiement bancaire a été lancé. Cette page se mettra à jour à l’arrivée des fonds.',
  'funding.group.simulated': 'Bac à sable : le groupe {reference} a été financé.',
  'funding.group.cancel': 'Annuler le groupe',
  'funding.group.cancelled': 'Le groupe {reference} a été annulé.',

  'funding.cancel.title': 'Annuler le groupe {reference} ?',
  'funding.cancel.text':
    'Les {count} paiements de ce groupe ({amount}) ne seront pas effectués. Le reste du lot n’est pas concerné. Cette action est irréversible.',
  'funding.cancel.text_one':
    'Le paiement de ce groupe ({amount}) ne sera pas effectué. Le reste du lot n’est pas concerné. Cette action est irréversible.',
  'funding.cancel.keep': 'Conserver le groupe',
  'funding.cancel.confirm': 'Annuler le groupe',
  'funding.cancel.busy': 'Annulation…',

  'conflict.BUYER_ID_INVALID': 'Le bac à sable ne connaît pas cet acheteur.',
};
