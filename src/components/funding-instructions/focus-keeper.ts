import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Keeps focus in the element when what had it disappears without the user moving on (a Pay
 * button once its group is funded by polling, a Retry once the content loads): focus goes to the
 * heading of the part it was in, never to `<body>`.
 */
export class FocusKeeper implements ReactiveController {
  #focused?: HTMLElement;
  /** Where focus goes if `#focused` disappears: its group's heading, else the stage's. */
  #home?: string;
  readonly #host: ReactiveElement;

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#host.addEventListener('focusin', this.#onFocusIn);
    this.#host.addEventListener('focusout', this.#onFocusOut);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('focusin', this.#onFocusIn);
    this.#host.removeEventListener('focusout', this.#onFocusOut);
    this.#focused = undefined;
  }

  hostUpdated(): void {
    const focused = this.#focused;
    if (!focused || focused.isConnected) return;
    this.#focused = undefined;
    const root = this.#host.renderRoot as ShadowRoot;
    if (
      root.activeElement ||
      (document.activeElement && document.activeElement !== document.body)
    ) {
      return;
    }
    const home = (this.#home && root.querySelector<HTMLElement>(this.#home)) || stageHeading(root);
    home?.focus();
  }

  /**
   * After something replaced what had focus (a Retry, once loaded): unless focus is still in the
   * element, the error that persists, else the heading of what shows now.
   */
  restore(): void {
    const root = this.#host.renderRoot as ShadowRoot;
    const outside =
      document.activeElement !== document.body && document.activeElement !== this.#host;
    if (root.activeElement || outside) return;
    (root.querySelector<HTMLElement>('[part="error"]') ?? stageHeading(root))?.focus();
  }

  readonly #onFocusIn = () => {
    const root = this.#host.renderRoot as ShadowRoot;
    const el = root.activeElement as HTMLElement | null;
    if (!el) return;
    this.#focused = el;
    const group = el.closest('[part="group"]')?.querySelector('[data-group]');
    const ref = group?.getAttribute('data-group');
    this.#home = ref ? `[data-group="${CSS.escape(ref)}"]` : undefined;
  };

  readonly #onFocusOut = () => {
    const left = this.#focused;
    // Focus moved on by the user: nothing to keep. (A removed node is no longer connected.)
    queueMicrotask(() => {
      if (left?.isConnected && this.#focused === left) this.#focused = undefined;
    });
  };
}

/** The heading of what the element shows now: groups, accounts, the notice, else its title. */
export function stageHeading(root: ParentNode): HTMLElement | null {
  for (const id of ['groups-title', 'accounts-title', 'not-ready', 'title']) {
    const heading = root.querySelector<HTMLElement>(`#${id}`);
    if (heading) return heading;
  }
  return null;
}
