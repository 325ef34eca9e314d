/**
 * Where focus goes after the user's actions on a run. Never lost to `<body>` when the button that
 * had it goes away, never left on a destructive button: a new step's heading or first field, else
 * the message that reports the outcome (`action-views.ts`, `sca-panel.ts`).
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import type { DialogController } from './dialogs.js';
import type { Intent } from './intents.js';

/** The element (a selector in the shadow root) that takes focus once `intent` succeeded. */
export function focusAfterSuccess(intent: Intent, status: string | undefined): string {
  if (intent.action === 'sca' && intent.step === 'issue') return '#otp';
  // Confirm and restart lead to the challenge: its heading, the box the host's SCA UI is in.
  if (status === 'PENDING_CHALLENGE') return '#sca-title';
  return '#action-outcome';
}

/**
 * The element that takes focus once `intent` failed, the run being `status` (read again after a
 * conflict); undefined when the edit dialog shows the failure and focuses it itself.
 */
export function focusAfterFailure(intent: Intent, status: string | undefined): string | undefined {
  if (intent.action === 'update-payment') return undefined;
  // An SCA step that failed while the run still awaits the challenge says why in its box.
  if (intent.action === 'sca' && status === 'PENDING_CHALLENGE') {
    return intent.step === 'verify' ? '#otp' : '#sca-error';
  }
  return '#action-outcome';
}

/**
 * Where focus goes when the control that had it goes away without an action to say where (a
 * failure's Dismiss, a button a polled status removed): the outcome, else the run's next step,
 * never a destructive button; the first of these that shows.
 */
export const FOCUS_FALLBACK = [
  '#action-outcome',
  '[part="actions"] .primary',
  '#sca-title',
  '[part="payments"]',
];

/**
 * Moves focus once the host shows the outcome of an action and no dialog is open (what is behind
 * a modal dialog cannot take focus). Leaves it alone when it is elsewhere on the page: the host
 * called a method from its own control, or the user moved on. When a render removes the control
 * that had focus, focus goes to `FOCUS_FALLBACK` rather than `<body>`.
 */
export class ActionFocus implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #dialogs: DialogController;
  #hadFocus = false;

  constructor(host: ReactiveElement, dialogs: DialogController) {
    this.#host = host;
    this.#dialogs = dialogs;
    host.addController(this);
  }

  hostUpdate(): void {
    this.#hadFocus = !!this.#host.shadowRoot?.activeElement;
  }

  hostUpdated(): void {
    if (!this.#hadFocus || this.#host.shadowRoot?.activeElement) return;
    if (document.activeElement === document.body) this.#focusFirst(FOCUS_FALLBACK);
  }

  /** Moves focus to `selector`, or to the first of `selector` that shows. */
  async to(selector: string | readonly string[] | undefined): Promise<void> {
    if (!selector) return;
    await this.#dialogs.untilClosed();
    await this.#host.updateComplete;
    const active = document.activeElement;
    const lost = !active || active === document.body;
    if (!lost && !this.#host.matches(':focus-within')) return;
    this.#focusFirst(typeof selector === 'string' ? [selector] : selector);
  }

  #focusFirst(selectors: readonly string[]): void {
    for (const selector of selectors) {
      const target = this.#host.renderRoot.querySelector<HTMLElement>(selector);
      if (target) return target.focus();
    }
  }
}
