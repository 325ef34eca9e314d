import type { ReactiveElement } from 'lit';

/** The outcome of what the user did, for the element's polite live region. */
export class Announcer {
  /** The text the live region shows. */
  announcement = '';
  readonly #host: ReactiveElement;

  constructor(host: ReactiveElement) {
    this.#host = host;
  }

  /** Says `text` in the live region. */
  announce(text: string): void {
    // A changed text is what screen readers read out, so the same message twice is re-set.
    this.announcement = '';
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() => {
      this.announcement = text;
      this.#host.requestUpdate();
    });
  }
}
