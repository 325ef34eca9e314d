/**
 * The sandbox's stored records. They hold exactly what the API shows plus the bookkeeping the
 * simulation needs (timers, SCA attempts); `views.ts` turns them into response bodies.
 */
import type {
  ConsentStatus,
  CopMatch,
  CopReasonCode,
  Currency,
  FundingStatus,
  LinkedAccountStatus,
  Market,
  PaymentRunStatus,
  PaymentStatus,
  SupplierType,
  UserRole,
} from '../api/enums.js';

export interface FasterPaymentsDetails {
  accountNumber: string;
  sortCode: string;
  secondaryReference?: string;
}
export interface SepaDetails {
  iban: string;
  bankIdentifierCode?: string;
}
export type BankDetails = FasterPaymentsDetails | SepaDetails;

export const isSepa = (details: BankDetails): details is SepaDetails => 'iban' in details;

export interface Supplier {
  name: string;
  address?: string;
  bankName?: string;
  bankAddress?: string;
  bankCountry?: string;
  type?: SupplierType;
  bankAccountDetails: BankDetails;
}

export interface Amount {
  currency: Currency;
  amount: number;
}

export interface ValidationOutcome {
  category: 'UK_CONFIRMATION_OF_PAYEE';
  categoryResult: { match?: CopMatch; reasonCode?: CopReasonCode; accountName?: string };
}

export interface PaymentRecord {
  id: string;
  status: PaymentStatus;
  externalRef?: string;
  paymentRef?: string;
  paymentAmount: Amount;
  reference: string;
  supplier: Supplier;
  validationOutcomes?: ValidationOutcome[];
}

export interface GroupRecord {
  reference: string;
  status: FundingStatus;
  totalAmount: Amount;
  fundingDate?: number;
  paymentIds: string[];
  linkedAccountId: string;
}

export interface ScaSession {
  failures: number;
  /** Set while a challenge is issued; cleared by verification or expiry. */
  expiresAt?: number;
  cancelExpiry?: () => void;
  /** The last challenge ran out (verify then says VERIFICATION_CODE_EXPIRED). */
  expired?: boolean;
}

export interface RunRecord {
  id: string;
  buyerId: string;
  createdBy: string;
  createdAt: number;
  status: PaymentRunStatus;
  statusReason?: string;
  paymentRunRef?: string;
  tag?: string;
  description?: string;
  payments: PaymentRecord[];
  groups: GroupRecord[];
  sca: ScaSession;
}

export interface UserRecord {
  id: string;
  buyerId: string;
  email: string;
  password: string;
  roles: readonly UserRole[];
  smsEnrolled: boolean;
  /** A pending SMS enrolment (step one done). */
  enrolment?: { expiresAt: number; failures: number };
}

export interface Institution {
  id: string;
  displayName: string;
  countries: string[];
  markets: Market[];
  currencies: Currency[];
  images: { logo: string; icon: string };
  info?: { loginUrl?: string; helplinePhoneNumber?: string };
}

export interface LinkedAccountRecord {
  id: string;
  buyerId: string;
  userId: string;
  createdAt: number;
  accountIdentification: BankDetails;
  currency: Currency;
  institutionId: string;
  consent: { expiresAt: number; status: ConsentStatus };
  status: LinkedAccountStatus;
  friendlyName?: string;
  cancelConsentExpiry?: () => void;
}

export interface BuyerRecord {
  id: string;
  name: string;
  supportedCurrencies: readonly Currency[];
}
