import { nothing, type ReactiveElement } from 'lit';
import type { PaymentRun } from '../../api/schemas/payment-run.js';
import type { Translate } from '../../i18n/translate.js';
import { scaView } from './action-views.js';
import type { Intent } from './intents.js';

/**
 * The sandbox's SCA step on PENDING_CHALLENGE: send a one-time code, then verify the code the
 * user types. Remembers that the code was sent until the run leaves PENDING_CHALLENGE.
 */
export class ScaStep {
  /** The code was sent: ask for it. */
  sent = false;
  readonly #host: ReactiveElement;
  readonly #run: (intent: Intent) => Promise<boolean>;

  /** `run` performs an SCA intent as the host's other actions. */
  constructor(host: ReactiveElement, run: (intent: Intent) => Promise<boolean>) {
    this.#host = host;
    this.#run = run;
  }

  /** Forgets the code once `run` left PENDING_CHALLENGE. */
  follow(run: PaymentRun | undefined): void {
    if (run?.status !== 'PENDING_CHALLENGE') this.sent = false;
  }

  /** Takes note of a successful `intent`; true when it was this step's (nothing more to do). */
  succeeded(intent: Intent): boolean {
    if (intent.action !== 'sca' || intent.step !== 'issue') return false;
    this.sent = true;
    this.#host.requestUpdate();
    return true;
  }

  /** The step for `run`, or nothing when it awaits no challenge. */
  view(t: Translate, run: PaymentRun, options: { sandbox: boolean; allowed: boolean }) {
    if (run.status !== 'PENDING_CHALLENGE') return nothing;
    return scaView(t, {
      ...options,
      sent: this.sent,
      onIssue: this.onIssue,
      onVerify: this.onVerify,
    });
  }

  readonly onIssue = () => void this.#run({ action: 'sca', step: 'issue' });

  readonly onVerify = (event: SubmitEvent) => {
    event.preventDefault();
    const entry = new FormData(event.currentTarget as HTMLFormElement).get('code');
    const code = typeof entry === 'string' ? entry.trim() : '';
    if (code) void this.#run({ action: 'sca', step: 'verify', code });
  };
}
