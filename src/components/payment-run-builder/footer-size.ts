import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Keeps `--_footer-size` on the form at the height of its sticky footer, so that a field focused
 * below the footer scrolls clear of it (its `scroll-margin`), whatever the footer's wrapping,
 * language or text size.
 */
export class FooterSizeController implements ReactiveController {
  #observer?: ResizeObserver;
  #footer?: Element;
  readonly #host: ReactiveElement;

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#host.hasUpdated) this.hostUpdated();
  }

  hostUpdated(): void {
    const footer = this.#host.renderRoot.querySelector('.footer') ?? undefined;
    if (footer === this.#footer) return;
    this.#observer?.disconnect();
    this.#footer = footer;
    if (!footer) return;
    this.#observer ??= new ResizeObserver(([entry]) => {
      const size = Math.ceil(entry.borderBoxSize[0].blockSize);
      entry.target.parentElement?.style.setProperty('--_footer-size', `${size}px`);
    });
    this.#observer.observe(footer);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#footer = undefined;
  }
}
