import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Keeps focus in the element when what had it disappears without the user moving on (a Pay
 * button once its group is funded by polling, a Retry once the content loads): focus goes to the
 * heading of the part it was in, never to `<body>`.
 */
export class FocusKeeper implements ReactiveController {
  /** What had focus before the update, until it is replaced. */
  #focused?: HTMLElement;
  /** Where focus goes if `#focused` disappears: its group's heading, else the stage's. */
  #home?: string;
  readonly #host: ReactiveElement;

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#focused = undefined;
  }

  hostUpdate(): void {
    const el = this.#root.activeElement as HTMLElement | null;
    if (!el) return; // keeps one that was lost while what replaces it loads
    this.#focused = el;
    const ref = el
      .closest('[part="group"]')
      ?.querySelector('[data-group]')
      ?.getAttribute('data-group');
    this.#home = ref ? `[data-group="${CSS.escape(ref)}"]` : undefined;
  }

  hostUpdated(): void {
    const focused = this.#focused;
    if (!focused || focused.isConnected) {
      this.#focused = undefined;
      return;
    }
    if (!this.#lost()) {
      this.#focused = undefined;
      return;
    }
    // Still loading what replaces it: wait for that rather than move focus twice.
    if (this.#root.querySelector('[aria-busy="true"]')) return;
    this.#focused = undefined;
    const root = this.#root;
    const home =
      (this.#home && root.querySelector<HTMLElement>(this.#home)) ||
      root.querySelector<HTMLElement>('[part="error"]') ||
      stageHeading(root);
    home?.focus();
  }

  /**
   * After something replaced what had focus (a Retry, once loaded): unless focus is somewhere,
   * the error that persists, else the heading of what shows now.
   */
  restore(): void {
    if (!this.#lost()) return;
    const root = this.#root;
    (root.querySelector<HTMLElement>('[part="error"]') ?? stageHeading(root))?.focus();
  }

  get #root(): ShadowRoot {
    return this.#host.renderRoot as ShadowRoot;
  }

  /** Nothing has focus: neither the element's parts nor anything else in the page. */
  #lost(): boolean {
    const active = document.activeElement;
    return !this.#root.activeElement && (!active || active === document.body);
  }
}

/** The heading of what the element shows now: groups, accounts, the notice, else its title. */
export function stageHeading(root: ParentNode): HTMLElement | null {
  for (const id of ['groups-title', 'accounts-title', 'not-ready', 'title']) {
    const heading = root.querySelector<HTMLElement>(`#${id}`);
    if (heading) return heading;
  }
  return null;
}
