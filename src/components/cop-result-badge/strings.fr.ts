import type { copStrings } from './strings.js';

/**
 * French texts of `<cop-result-badge>`; register with `registerStrings('fr', copStringsFr)`.
 * Spaces before `:` are no-break spaces.
 */
export const copStringsFr: Record<keyof typeof copStrings, string> = {
  'cop.verdict.match': 'Nom conforme',
  'cop.verdict.close': 'Nom proche',
  'cop.verdict.no-match': 'Nom non conforme',
  'cop.verdict.not-checked': 'Vérification impossible',
  'cop.verdict.none': 'Non vérifié',
  'cop.verdict.unknown': 'Vérification du nom : {value}',
  'cop.explain.match': 'La banque a confirmé que le nom correspond à celui du titulaire du compte.',
  'cop.explain.close': 'Le nom est proche de celui du titulaire du compte, sans être identique.',
  'cop.explain.no-match': 'Le nom ne correspond pas à celui du titulaire du compte.',
  'cop.explain.none':
    'Aucun résultat : les noms sont vérifiés pour les comptes britanniques une fois le lot validé.',
  'cop.explain.unknown': 'La banque a envoyé un résultat que cette page ne connaît pas.',
  'cop.reason.ANNM':
    'Le nom ne correspond pas à celui du titulaire du compte. Vérifiez-le auprès de votre fournisseur.',
  'cop.reason.MBAM': 'Le nom est proche de celui du titulaire du compte, sans être identique.',
  'cop.reason.BANM':
    'Le nom correspond, mais il s’agit d’un compte professionnel, et non d’un compte personnel.',
  'cop.reason.PANM':
    'Le nom correspond, mais il s’agit d’un compte personnel, et non d’un compte professionnel.',
  'cop.reason.BAMM':
    'Le nom est proche de celui du titulaire du compte, et il s’agit d’un compte professionnel, et non d’un compte personnel.',
  'cop.reason.PAMM':
    'Le nom est proche de celui du titulaire du compte, et il s’agit d’un compte personnel, et non d’un compte professionnel.',
  'cop.reason.AC01':
    'La banque ne connaît pas ce compte : le numéro de compte est probablement erroné.',
  'cop.reason.IVCR':
    'La banque n’a pas trouvé le compte à partir de sa référence secondaire (un numéro de dossier, par exemple).',
  'cop.reason.ACNS': 'La banque ne permet pas la vérification du nom pour ce compte.',
  'cop.reason.OPTO': 'Le titulaire du compte a refusé la vérification du nom.',
  'cop.reason.CASS':
    'Le compte a été transféré dans une autre banque ; il n’a donc pas pu être vérifié.',
  'cop.reason.SCNS': 'La vérification du nom n’est pas disponible pour ce sort code.',
  'cop.reason.unknown': 'La banque a indiqué le code motif {code}.',
  'cop.reasonCode': 'Code motif : {code}',
  'cop.accountName': 'Le titulaire du compte est :',
  'cop.useName': 'Utiliser ce nom',
  'cop.useNameLabel': 'Utiliser ce nom : {name}',
};
