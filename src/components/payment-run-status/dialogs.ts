/**
 * The one modal dialog of `<payment-run-status>`: confirming a cancel, or editing a supplier.
 * What it shows is loaded on demand (`dialog-content.ts`): the controller starts loading it when
 * a dialog is asked for (or ahead, see `prefetch`), opens the native `<dialog>` once its content
 * or the failure to load it shows, resolves the `ask()` that opened it when it closes, and gives
 * focus back to where it was.
 */
import { html, nothing, type ReactiveController, type ReactiveElement } from 'lit';
import type { TemplateResult } from 'lit';
import type { Payment } from '../../api/schemas/payment-run.js';
import type { I18nController } from '../../i18n/i18n-controller.js';
import type { StringTable, Translate } from '../../i18n/translate.js';
import { emit } from '../shared/emit.js';
import type { OfferedAction, RunAction } from './actions.js';
import { dialogTitle } from './dialog-title.js';
import { LazyPart, onDemand, whenIdle } from './on-demand.js';
import { partFailedView } from './run-view.js';
import type { SupplierFormState } from './supplier-form.js';

export type Dialog =
  | { kind: 'cancel' }
  | { kind: 'cancel-payments'; paymentIds: string[] }
  /** `name`: a suggested supplier name (CoP); `form`: what was typed, once submitted. */
  | { kind: 'edit'; payment: Payment; name?: string; form?: SupplierFormState; error?: unknown };

type DialogContent = Awaited<ReturnType<typeof onDemand.dialogs>>;

/** The actions that open a dialog when the user takes them. */
const OPEN_A_DIALOG: readonly RunAction[] = ['cancel', 'cancel-payments', 'update-payment'];

export class DialogController implements ReactiveController {
  /** What the dialog shows; undefined while it is closed. */
  current?: Dialog;
  /** The code of what dialogs show. */
  readonly content: LazyPart<DialogContent>;
  readonly #host: ReactiveElement;
  #done?: () => void;
  #closed: (() => void)[] = [];
  #returnFocus?: HTMLElement;
  /** A dialog was asked for while none was open: open it once it has something to show. */
  #opening = false;
  #cancelIdle?: () => void;

  /** `texts` is the element's table, which the dialogs' texts join once loaded. */
  constructor(host: ReactiveElement, texts: Record<string, string>) {
    this.#host = host;
    this.content = new LazyPart(
      host,
      () =>
        onDemand.dialogs().catch((error: unknown) => {
          // Said when a dialog was asked for (not for a load ahead of time), with its action.
          const kind = this.current?.kind;
          const action = kind === 'edit' ? 'update-payment' : kind;
          if (action && host.isConnected) emit(host, 'payment-run-error', { error, action });
          throw error;
        }),
      texts,
    );
    host.addController(this);
  }

  /** Settles when the code of the dialog asked for is loaded, or failed to load. */
  get loading(): Promise<unknown> | undefined {
    return this.current && this.content.loading;
  }

  /** Opens `dialog`; resolves when it closes (a dialog asked before is resolved at once). */
  ask(dialog: Dialog): Promise<void> {
    this.#done?.();
    this.show(dialog);
    return new Promise((resolve) => (this.#done = resolve));
  }

  /** Shows `dialog` in place of what the dialog shows (e.g. the form with its errors). */
  show(dialog: Dialog): void {
    this.current = dialog;
    this.#opening = !this.#element()?.open;
    this.content.load();
    this.#host.requestUpdate();
  }

  /** Takes over resolving the pending `ask()`, e.g. until the action the dialog confirmed is done. */
  detach(): (() => void) | undefined {
    const done = this.#done;
    this.#done = undefined;
    return done;
  }

  /** Resolves once no dialog is open (at once when none is, or after its `close` listener ran). */
  untilClosed(): Promise<void> {
    if (!this.current) return Promise.resolve();
    return new Promise((resolve) => this.#closed.push(resolve));
  }

  /** Starts loading what dialogs show: the pointer or focus is on a control that opens one. */
  readonly prefetch = () => this.content.load();

  /** Loads what dialogs show once the browser is idle, when `offered` lets the user open one. */
  prefetchIfOffered(offered: ReadonlyMap<RunAction, OfferedAction>): void {
    if (this.#cancelIdle || !OPEN_A_DIALOG.some((action) => offered.get(action)?.allowed)) return;
    this.#cancelIdle = whenIdle(this.prefetch);
  }

  readonly close = () => {
    this.#element()?.close();
  };

  /**
   * The `close` listener of the `<dialog>`: focus goes back to the control that opened it, unless
   * it is outside the dialog already (the browser may have put it back itself).
   */
  readonly onClose = () => {
    this.current = undefined;
    this.#host.requestUpdate();
    this.detach()?.();
    const target = this.#returnFocus;
    this.#returnFocus = undefined;
    const active = this.#host.shadowRoot?.activeElement;
    const taken = active && !this.#element()?.contains(active);
    if (target?.isConnected && !taken) target.focus();
    for (const resolve of this.#closed.splice(0)) resolve();
  };

  readonly onRetry = () =>
    void this.content.retry(() => this.#element()?.querySelector('input, select, button'));

  hostUpdated(): void {
    const dialog = this.#element();
    if (!this.#opening || !dialog || this.content.pending) return;
    if (!this.content.module && !this.content.error) return;
    this.#opening = false;
    const inside = this.#host.shadowRoot?.activeElement;
    this.#returnFocus = (inside ?? document.activeElement) as HTMLElement | undefined;
    dialog.showModal();
  }

  hostDisconnected(): void {
    this.#cancelIdle?.();
    this.#cancelIdle = undefined;
  }

  #element(): HTMLDialogElement | null {
    return this.#host.renderRoot.querySelector('dialog');
  }
}

/** What the dialog's content needs from the element. */
export interface DialogContext {
  /** The host's overrides of the built-in texts. */
  strings?: StringTable;
  onEditSubmit: (event: SubmitEvent) => Promise<void>;
  onConfirmCancel: () => Promise<void>;
}

function failedView(t: Translate, dialog: Dialog, dialogs: DialogController): TemplateResult {
  return html`<h2 id="dialog-title">${dialogTitle(t, dialog)}</h2>
    <div id="dialog-body">${partFailedView(t, dialogs.onRetry)}</div>
    <div class="dialog-actions">
      <button class="button" type="button" @click=${dialogs.close}>${t('dialog.close')}</button>
    </div>`;
}

/** The native modal `<dialog>`, empty while closed (and while its content loads). */
export function dialogView(
  i18n: I18nController,
  dialogs: DialogController,
  context: DialogContext,
): TemplateResult {
  const dialog = dialogs.current;
  const { module, error } = dialogs.content;
  return html`<dialog
    part="dialog"
    aria-labelledby="dialog-title"
    aria-describedby="dialog-body"
    @close=${dialogs.onClose}
  >
    ${
      dialog && module
        ? module.dialogContent(i18n, dialog, dialogs, context)
        : dialog && error
          ? failedView(i18n.t, dialog, dialogs)
          : nothing
    }
  </dialog>`;
}
