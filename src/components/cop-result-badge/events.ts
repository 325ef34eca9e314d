/** Detail of `cop-use-suggested-name`: the account holder's actual name, and whose payment it is. */
export interface CopUseSuggestedNameDetail {
  accountName: string;
  paymentId?: string;
}

declare global {
  interface HTMLElementEventMap {
    /** The user chose the account holder's actual name offered by a close match. */
    'cop-use-suggested-name': CustomEvent<CopUseSuggestedNameDetail>;
  }
}
