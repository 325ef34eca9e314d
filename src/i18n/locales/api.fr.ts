import type { apiStrings } from '../api-strings.js';

/** French texts shared by the elements that call the API. */
export const apiStringsFr: Record<keyof typeof apiStrings, string> = {
  'error.validation': 'Certaines informations ne sont pas valides. Vérifiez les champs signalés.',
  'error.unauthenticated': 'Votre session a expiré. Reconnectez-vous, puis réessayez.',
  'error.permission':
    'Votre rôle ne permet pas cette action. Demandez à un collègue qui a le rôle adéquat.',
  'error.not-found':
    'Ce lot de paiements est introuvable. Il appartient peut-être à un autre compte.',
  'error.conflict':
    'Cette action n’est pas possible dans l’état actuel. Actualisez puis réessayez.',
  'error.rate-limit': 'Trop de requêtes. Réessayez dans un instant.',
  'error.rate-limit-until': 'Trop de requêtes. Réessayez après {time}.',
  'error.server':
    'Le service de paiement est indisponible pour le moment. Réessayez dans quelques minutes.',
  'error.http': 'Le service de paiement a refusé la demande ({status}).',
  'error.network':
    'Pas de connexion au service de paiement. Vérifiez votre connexion et réessayez.',
  'error.timeout': 'Le service de paiement a mis trop de temps à répondre. Réessayez.',
  'error.unexpected-response':
    'Le service de paiement a envoyé une réponse que cette page ne peut pas lire.',
  'error.token':
    'Votre connexion n’a pas pu être confirmée. Rechargez la page ou reconnectez-vous.',
  'error.configuration': 'Ce composant n’est pas configuré. {detail}',
  'error.unknown': 'Une erreur s’est produite. Réessayez.',
  'error.reference': 'Référence pour le support : {ref}',
  'action.retry': 'Réessayer',
  'conflict.BANK_ACCOUNT_CANNOT_BE_LINKED_ACCOUNT':
    'Le compte bancaire d’un fournisseur est l’un de vos propres comptes liés. Payez vos fournisseurs, pas vous-même.',
  'conflict.BANK_ACCOUNT_CANNOT_BE_ZERO_BALANCE_ACCOUNT':
    'Le compte bancaire d’un fournisseur est votre compte de paiement. Choisissez le compte du fournisseur.',
  'conflict.LINKED_ACCOUNT_INVALID_STATE':
    'Le compte bancaire lié ne peut pas être utilisé : il n’est pas lié ou son consentement a expiré.',
  'conflict.UNSUPPORTED_CURRENCY': 'Cette devise n’est pas activée pour votre compte.',
  'conflict.INVALID_SUPPLIER_BANK_ACCOUNT_DETAILS':
    'La banque a refusé les coordonnées bancaires d’un fournisseur. Vérifiez le numéro de compte, le sort code ou l’IBAN.',
  'conflict.ZERO_BALANCE_ACCOUNT_INVALID_STATE':
    'Votre compte de paiement pour cette devise n’est pas encore prêt. Réessayez plus tard.',
  'conflict.IDEMPOTENT_REQUEST_IN_PROGRESS':
    'Cette demande est déjà en cours de traitement. Patientez un instant, puis actualisez.',
  'conflict.MISSING_SUPPLIER_TYPE':
    'Un fournisseur payé par Faster Payments doit avoir un type : particulier ou entreprise.',
  'conflict.PAYMENT_RUN_INVALID_STATE':
    'Le lot de paiements a avancé ; cette action ne s’applique plus.',
  'conflict.PAYMENT_RUN_DUPLICATE_PAYMENT_ID':
    'Le même paiement figurait deux fois dans une modification.',
  'conflict.PAYMENT_RUN_ALREADY_CONFIRMED': 'Ce lot de paiements a déjà été confirmé.',
  'conflict.PAYMENT_RUN_NOT_FOUND': 'Ce lot de paiements est introuvable.',
  'conflict.TOO_MANY_LINKED_ACCOUNT_PER_CURRENCY': 'Choisissez un compte lié par devise.',
  'conflict.LINKED_ACCOUNT_NOT_FOUND': 'Le compte lié choisi n’existe plus.',
  'conflict.FUNDING_REQUEST_IN_PROGRESS': 'Le financement de ce lot de paiements a déjà commencé.',
  'conflict.CANNOT_CANCEL_PAYMENT_RUN':
    'Ce lot de paiements ne peut plus être annulé : le financement ou l’exécution a commencé.',
  'conflict.CANNOT_CANCEL_PAYMENT_RUN_PAYMENT': 'Ce paiement ne peut plus être annulé.',
  'conflict.PAYMENT_RUN_PAYMENT_INVALID_STATE':
    'Les paiements ne peuvent être annulés que tant que le lot attend sa confirmation.',
  'conflict.PAYMENT_RUN_GROUP_INVALID_STATE':
    'Ce groupe de financement ne peut être annulé que tant qu’il attend les fonds.',
  'conflict.REFERENCE_INVALID': 'Ce groupe de financement n’appartient pas au lot de paiements.',
  'status.run.QUEUED': 'En cours de vérification',
  'status.run.PENDING_CONFIRMATION': 'En attente de confirmation',
  'status.run.PENDING_CHALLENGE': 'En attente d’autorisation',
  'status.run.SCA_FAILED': 'Autorisation échouée',
  'status.run.PENDING_FUNDING': 'En attente de financement',
  'status.run.EXECUTING': 'Paiement en cours',
  'status.run.COMPLETED': 'Terminé',
  'status.run.COMPLETED_WITH_ERRORS': 'Terminé avec des erreurs',
  'status.run.CANCELLED': 'Annulé',
  'status.run.INVALID': 'Non valide',
  'status.payment.QUEUED': 'En cours de vérification',
  'status.payment.PENDING_CONFIRMATION': 'En attente de confirmation',
  'status.payment.PENDING_CHALLENGE': 'En attente d’autorisation',
  'status.payment.SCA_FAILED': 'Autorisation échouée',
  'status.payment.PENDING_FUNDING': 'En attente de financement',
  'status.payment.AWAITING_FUNDS': 'En attente des fonds',
  'status.payment.EXECUTING': 'Paiement en cours',
  'status.payment.COMPLETED': 'Payé',
  'status.payment.FAILED': 'Échoué',
  'status.payment.RETURNED': 'Retourné',
  'status.payment.CANCELLED': 'Annulé',
  'status.funding.PENDING_FUNDING': 'Non commencé',
  'status.funding.AWAITING_FUNDS': 'En attente des fonds',
  'status.funding.EXECUTING': 'Paiement en cours',
  'status.funding.COMPLETED': 'Terminé',
  'status.funding.COMPLETED_WITH_ERRORS': 'Terminé avec des erreurs',
  'status.funding.CANCELLED': 'Annulé',
  'status.unknown': '{status}',
};
