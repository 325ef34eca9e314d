/** French texts of `<payment-run-list>` (registered by `payment-run-elements/locales/fr.js`). */
import type { ListStringKey } from './strings.js';

export const listStringsFr: Record<ListStringKey, string> = {
  'list.label': 'Lots de paiements',
  'list.untitled': 'Lot de paiements {id}',
  'list.loading': 'Chargement des lots de paiements…',
  'list.empty': 'Aucun lot de paiements pour l’instant',
  'list.noMatch': 'Aucun lot de paiements ne correspond à ces filtres.',
  'list.clearFilters': 'Effacer les filtres',
  'list.forbidden':
    'Vous n’avez pas accès aux lots de paiements. Demandez l’accès à un administrateur.',
  'list.pageFailed':
    'Cette page n’a pas pu être chargée ; les lots affichés ne sont peut-être plus à jour : {error}',
  'list.found_one': '{count} lot de paiements trouvé',
  'list.found_other': '{count} lots de paiements trouvés',

  'list.column.name': 'Lot de paiements',
  'list.column.tag': 'Étiquette',
  'list.column.created': 'Créé le',
  'list.column.status': 'État',
  'list.column.count': 'Paiements',
  'list.column.total': 'Montant total',
  'list.column.needs': 'Prochaine étape',
  'list.sortBy': 'Trier par {column}',
  'list.order.default': 'Les plus récents d’abord, par date de création, dans cette page.',
  'list.order.ascending': 'Trié par {column}, ordre croissant, dans cette page.',
  'list.order.descending': 'Trié par {column}, ordre décroissant, dans cette page.',
  'list.noTag': 'Sans étiquette',

  'list.needs.confirm.you': 'En attente de votre confirmation',
  'list.needs.confirm.other': 'Un contrôleur le confirme',
  'list.needs.authorise.you': 'En attente de votre autorisation',
  'list.needs.authorise.other': 'Un contrôleur l’autorise',
  'list.needs.restart.you': 'Le relancer et l’autoriser à nouveau',
  'list.needs.restart.other': 'Un contrôleur le relance',
  'list.needs.fund.you': 'En attente de votre financement',
  'list.needs.fund.other': 'Un contrôleur le finance',
  'list.needs.review': 'Vérifier les paiements échoués',
  'list.needs.wait': 'Rien, en cours',
  'list.needs.none': 'Rien',

  'list.filters': 'Filtres',
  'list.filter.status': 'État',
  'list.filter.anyStatus': 'Tous les états',
  'list.filter.tag': 'Étiquette',
  'list.filter.reference': 'Votre référence',
  'list.filter.minAmount': 'Montant total à partir de',
  'list.filter.maxAmount': 'Montant total jusqu’à',
  'list.filter.apply': 'Appliquer les filtres',
  'list.filter.invalidAmount': 'Saisissez un montant tel que {example}.',

  'list.pages': 'Pages',
  'list.showing': '{from}–{to} sur {total}',
  'list.previous': 'Page précédente',
  'list.next': 'Page suivante',
};
