/**
 * English texts of `<cop-result-badge>`: a label per verdict and every reason code in plain
 * words. Override any key with the `strings` property or `registerStrings()`.
 */
export const copStrings = {
  'cop.verdict.match': 'Name matches',
  'cop.verdict.close': 'Close match',
  'cop.verdict.no-match': 'No match',
  'cop.verdict.not-checked': 'Could not check',
  'cop.verdict.none': 'Not checked',
  'cop.verdict.unknown': 'Name check: {value}',
  'cop.explain.match': 'The bank confirmed that the name matches the account holder’s.',
  'cop.explain.close': 'The name is close to the account holder’s, but not the same.',
  'cop.explain.no-match': 'The name does not match the account holder’s.',
  'cop.explain.none': 'No result: names are checked for UK accounts once the run is validated.',
  'cop.explain.unknown': 'The bank sent a result this page does not know.',
  'cop.reason.ANNM': 'The name does not match the account holder’s. Check it with your supplier.',
  'cop.reason.MBAM': 'The name is close to the account holder’s, but not the same.',
  'cop.reason.BANM': 'The name matches, but it is a business account, not a personal one.',
  'cop.reason.PANM': 'The name matches, but it is a personal account, not a business one.',
  'cop.reason.BAMM':
    'The name is close to the account holder’s, and it is a business account, not a personal one.',
  'cop.reason.PAMM':
    'The name is close to the account holder’s, and it is a personal account, not a business one.',
  'cop.reason.AC01': 'The bank has no such account: the account number is probably wrong.',
  'cop.reason.IVCR':
    'The bank could not find the account from its secondary reference (such as a roll number).',
  'cop.reason.ACNS': 'The bank does not support name checks for this account.',
  'cop.reason.OPTO': 'The account holder has opted out of name checks.',
  'cop.reason.CASS': 'The account has moved to another bank, so it could not be checked.',
  'cop.reason.SCNS': 'Name checks are not supported for this sort code.',
  'cop.reason.unknown': 'The bank gave the reason code {code}.',
  'cop.reasonCode': 'Reason code: {code}',
  'cop.accountName': 'The account is held by:',
  'cop.useName': 'Use this name',
  'cop.useNameLabel': 'Use this name: {name}',
} as const;
