import { roleStringsFr } from '../shared/role-strings.fr.js';
import type { statusDialogStrings } from './strings-dialogs.js';
import type { statusScaStrings } from './strings-sca.js';
import type { statusStrings } from './strings.js';

/**
 * French texts of `<payment-run-status>`; register with `registerStrings('fr', statusStringsFr)`.
 * Spaces before `:` and inside `« »` are no-break spaces, before `;` and `?` narrow no-break
 * spaces.
 */
export const statusStringsFr: Record<
  keyof typeof statusStrings | keyof typeof statusDialogStrings | keyof typeof statusScaStrings,
  string
> = {
  'status.untitled': 'Lot de paiements {id}',
  'status.loading': 'Chargement du lot de paiements…',
  'status.empty': 'Aucun lot de paiements à afficher.',
  'status.tag': 'Étiquette',
  'status.reference': 'Votre référence',
  'status.created': 'Créé',
  'status.reason': 'Motif indiqué : {reason}',
  'status.stale': 'Ces informations ne sont peut-être plus à jour : {error}',
  'status.refresh': 'Actualiser',
  'status.busy': 'Traitement en cours…',
  'status.partFailed':
    'Cette partie de la page n’a pas pu être chargée. Vérifiez votre connexion, puis réessayez.',

  'timeline.label': 'Avancement',
  'timeline.step.created': 'Créé',
  'timeline.step.validated': 'Vérifié',
  'timeline.step.confirmed': 'Confirmé',
  'timeline.step.authorised': 'Autorisé',
  'timeline.step.funded': 'Financé',
  'timeline.step.executed': 'Versé',
  'timeline.state.done': 'terminé',
  'timeline.state.current': 'en cours',
  'timeline.state.todo': 'à venir',
  'timeline.state.failed': 'échoué',
  'timeline.state.warning': 'terminé, avec des erreurs',
  'timeline.state.cancelled': 'annulé à cette étape',
  'timeline.state.skipped': 'non atteint',

  'explain.QUEUED': 'Le service de paiement vérifie les paiements. Cela prend quelques instants.',
  'explain.PENDING_CONFIRMATION':
    'Vérifiez les paiements et la vérification des noms. Un contrôleur confirme ensuite le lot.',
  'explain.PENDING_CHALLENGE':
    'Un contrôleur doit maintenant autoriser ce lot avec le code à usage unique envoyé sur son téléphone.',
  'explain.SCA_FAILED':
    'L’autorisation a échoué : le code a expiré ou a été mal saisi trop de fois. Un contrôleur peut relancer le lot et l’autoriser à nouveau.',
  'explain.PENDING_FUNDING':
    'Le lot est autorisé. Un contrôleur le finance maintenant depuis un compte bancaire lié.',
  'explain.EXECUTING': 'Fonds reçus : les paiements sont en cours d’exécution.',
  'explain.COMPLETED': 'Tous les paiements ont été effectués.',
  'explain.COMPLETED_WITH_ERRORS_one':
    'Tous les paiements ont été traités, mais {count} a échoué ou a été retourné. Son montant revient sur votre compte lié.',
  'explain.COMPLETED_WITH_ERRORS_other':
    'Tous les paiements ont été traités, mais {count} ont échoué ou ont été retournés. Leur montant revient sur votre compte lié.',
  'explain.CANCELLED': 'Ce lot a été annulé. Plus rien ne sera payé à partir de celui-ci.',
  'explain.INVALID':
    'Le service de paiement a jugé ce lot non valide ; rien ne sera payé. Corrigez les informations et créez un nouveau lot.',
  'explain.unknown':
    'Le service de paiement indique le statut « {status} », que cette page ne connaît pas encore.',

  'totals.label': 'Totaux par statut',
  'totals.all': 'Tous les paiements',
  'totals.count_one': '{count} paiement',
  'totals.count_other': '{count} paiements',

  'actions.label': 'Actions',
  'action.confirm': 'Confirmer le lot',
  'action.cancel': 'Annuler le lot',
  'action.cancel-payments': 'Annuler les paiements sélectionnés ({count})',
  'action.restart': 'Relancer le lot',
  'action.editLabel': 'Modifier le fournisseur {name}',
  'action.none': 'Aucune action possible : ce lot est terminé.',
  ...roleStringsFr,
  'reason.select': 'Sélectionnez d’abord les paiements à annuler.',
  'done.confirm': 'Le lot est confirmé.',
  'done.cancel': 'Le lot est annulé.',
  'done.cancel-payments': 'Les paiements sont annulés.',
  'done.restart': 'Le lot a été relancé.',
  'done.update-payment': 'Le fournisseur est mis à jour.',
  'done.sca': 'Le lot est autorisé.',
  'action.dismiss': 'Fermer',

  'payments.label': 'Paiements',
  'payments.filter': 'Afficher',
  'payments.filterAll': 'Tous les statuts ({count})',
  'payments.filterStatus': '{label} ({count})',
  'payments.shown': '{shown} paiements affichés sur {total}',
  'payments.none': 'Aucun paiement avec ce statut.',
  'payments.everyStatus': 'Tous les paiements : {label}',
  'payments.selectAll': 'Sélectionner tous les paiements annulables',
  'payments.selectOne': 'Sélectionner le paiement à {name}',
  'payments.supplier': 'Fournisseur',
  'payments.account': 'Compte bancaire',
  'payments.amount': 'Montant',
  'payments.reference': 'Référence',
  'payments.status': 'Statut',
  'payments.cop': 'Vérification du nom',
  'payments.edit': 'Modifier',
  'payments.sortBy': 'Trier par {column}',
  'payments.accountEnding': 'Compte se terminant par',
  'payments.ibanEnding': 'IBAN se terminant par',
  'payments.type.PERSONAL': 'Particulier',
  'payments.type.BUSINESS': 'Entreprise',

  'cancel.title': 'Annuler ce lot de paiements ?',
  'cancel.body': 'Aucun paiement du lot ne sera effectué. Cette action est irréversible.',
  'cancel.titlePayments_one': 'Annuler {count} paiement ?',
  'cancel.titlePayments_other': 'Annuler {count} paiements ?',
  'cancel.bodyPayments':
    'Les paiements sélectionnés ne seront pas effectués ; les autres restent dans le lot. Cette action est irréversible.',
  'cancel.confirm': 'Oui, annuler',
  'cancel.keep': 'Non, conserver',

  'edit.title': 'Modifier le fournisseur',
  'edit.intro': 'Paiement {reference} de {amount}. Seul le fournisseur peut être modifié.',
  'edit.save': 'Enregistrer le fournisseur',
  'edit.close': 'Fermer',
  'dialog.close': 'Fermer',

  'sca.title': 'Autoriser le lot',
  'sca.host': 'Aucun paiement n’est effectué avant cette autorisation.',
  'sca.sandbox': 'Bac à sable : le code à usage unique est 123456.',
  'sca.send': 'Envoyer le code',
  'sca.sent': 'Code envoyé. Saisissez-le pour autoriser le lot.',
  'sca.code': 'Code à usage unique',
  'sca.verify': 'Autoriser',
  'sca.needsController': 'Seul un contrôleur peut autoriser un lot.',

  'conflict.STATE_INVALID':
    'Ce lot n’a plus besoin d’être autorisé : il a été annulé ou est terminé.',
  'conflict.CHANNEL_NOT_SUPPORTED':
    'Les codes à usage unique ne peuvent pas être envoyés de cette façon.',
  'conflict.CHANNEL_NOT_REGISTERED':
    'Cet utilisateur n’a aucun téléphone enregistré pour les codes à usage unique. Enregistrez-en un d’abord.',
  'conflict.VERIFICATION_CODE_EXPIRED':
    'Le code a expiré. Relancez le lot pour en obtenir un nouveau.',
  'conflict.VERIFICATION_CODE_INVALID': 'Ce code est incorrect. Vérifiez-le et réessayez.',
  'conflict.ONE_CHALLENGE_LIMIT_REMAINING': 'Ce code est incorrect. Il vous reste une tentative.',
  'conflict.CHALLENGE_LIMIT_EXCEEDED':
    'Trop de codes erronés : l’autorisation a échoué. Un contrôleur peut relancer le lot.',
  'conflict.PAYMENT_RUN_SCA_CHALLENGE_VERIFY_FAILED': 'Le code n’a pas pu être vérifié. Réessayez.',
};
