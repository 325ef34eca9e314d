import { nothing, type ReactiveElement } from 'lit';
import type { PaymentRun } from '../../api/schemas/payment-run.js';
import type { Translate } from '../../i18n/translate.js';
import { emit } from '../shared/emit.js';
import { scaView } from './action-views.js';
import type { Intent } from './intents.js';
import { LazyPart, onDemand } from './on-demand.js';
import { partFailedView } from './run-view.js';

type ScaPanel = Awaited<ReturnType<typeof onDemand.sandboxSca>>;

/**
 * The SCA section on PENDING_CHALLENGE: the host's `challenge` slot and, with `sandbox` and
 * nothing slotted, the sandbox's step: send a one-time code, then verify the code the user types.
 * The step's view is loaded on demand, when a run awaits the challenge. Remembers that the code
 * was sent until the run leaves PENDING_CHALLENGE.
 */
export class ScaStep {
  /** The code was sent: ask for it. */
  sent = false;
  readonly #host: ReactiveElement;
  readonly #run: (intent: Intent) => Promise<boolean>;
  readonly #panel: LazyPart<ScaPanel>;
  #sandbox = false;

  /**
   * `run` performs an SCA intent as the host's other actions; `texts` is the element's table,
   * which the step's texts join once loaded.
   */
  constructor(
    host: ReactiveElement,
    run: (intent: Intent) => Promise<boolean>,
    texts: Record<string, string>,
  ) {
    this.#host = host;
    this.#run = run;
    this.#panel = new LazyPart(
      host,
      () =>
        onDemand.sandboxSca().catch((error: unknown) => {
          if (host.isConnected) emit(host, 'payment-run-error', { error, action: 'sca' });
          throw error;
        }),
      texts,
    );
  }

  /** Settles when the sandbox's step is loaded, or failed to load. */
  get loading(): Promise<unknown> | undefined {
    return this.#panel.loading;
  }

  /**
   * Follows the run and the host's `sandbox`: forgets the code once `run` left PENDING_CHALLENGE,
   * and loads the sandbox's step when it is to show.
   */
  follow(run: PaymentRun | undefined, sandbox: boolean): void {
    this.#sandbox = sandbox;
    if (run?.status !== 'PENDING_CHALLENGE') this.sent = false;
    else if (sandbox) this.#panel.load();
  }

  /** Takes note of a successful `intent`; true when it was this step's (nothing more to do). */
  succeeded(intent: Intent): boolean {
    if (intent.action !== 'sca' || intent.step !== 'issue') return false;
    this.sent = true;
    this.#host.requestUpdate();
    return true;
  }

  /**
   * The section for `run`, or nothing when it awaits no challenge; `allowed`: by the roles;
   * `error`: why the last SCA step failed, shown in the section.
   */
  view(t: Translate, run: PaymentRun, allowed: boolean, error?: string) {
    if (run.status !== 'PENDING_CHALLENGE') return nothing;
    return scaView(t, {
      slotted: this.#slotted(),
      builtIn: this.#sandbox ? this.#sandboxView(t, allowed, error) : nothing,
      onSlotChange: this.onSlotChange,
    });
  }

  /** The host put or took content in the `challenge` slot: show or hide the built-in step. */
  readonly onSlotChange = () => this.#host.requestUpdate();

  readonly onIssue = () => void this.#run({ action: 'sca', step: 'issue' });

  readonly onVerify = (event: SubmitEvent) => {
    event.preventDefault();
    const entry = new FormData(event.currentTarget as HTMLFormElement).get('code');
    const code = typeof entry === 'string' ? entry.trim() : '';
    if (code) void this.#run({ action: 'sca', step: 'verify', code });
  };

  readonly onRetry = () =>
    void this.#panel.retry(() => this.#host.renderRoot.querySelector('.sca button, .sca input'));

  #slotted(): boolean {
    return !!this.#host.querySelector(':scope > [slot="challenge"]');
  }

  #sandboxView(t: Translate, allowed: boolean, error: string | undefined) {
    const panel = this.#panel.module;
    if (!panel) return this.#panel.error ? partFailedView(t, this.onRetry) : nothing;
    const { sent, onIssue, onVerify } = this;
    return panel.sandboxScaView(t, { allowed, sent, error, onIssue, onVerify });
  }
}
