import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type * as DraftModule from './draft.js';
import type { Draft } from './draft.js';

/** What the draft needs from its builder. */
export interface DraftHost {
  /** The `sessionStorage` key (`draft-key`); no draft when empty. */
  key: () => string;
  /** Whether the user has typed nothing yet: only then does a stored draft replace the rows. */
  blank: () => boolean;
  snapshot: () => Draft;
  restore: (draft: Draft) => void;
  /**
   * Loads the storage code; `undefined` when it could not be loaded (the builder shows that, with
   * a Retry that calls `retry`).
   */
  load: (retry: () => void) => Promise<typeof DraftModule | undefined>;
}

/**
 * Keeps what the user typed for the tab when the host sets `draft-key`, and puts it back when the
 * element is created again. The storage code loads only when a key is set.
 */
export class DraftController implements ReactiveController {
  #loadedKey = '';
  #module?: typeof DraftModule;
  /** A save asked for before the storage code was there: done once it is. */
  #unsaved = false;
  readonly #host: DraftHost;

  constructor(element: ReactiveControllerHost, host: DraftHost) {
    this.#host = host;
    element.addController(this);
  }

  hostUpdate(): void {
    const key = this.#host.key();
    if (!key || key === this.#loadedKey) return;
    this.#loadedKey = key;
    void this.#restore(key);
  }

  /** Saves the draft (a moment after the last change; at once with `now`). */
  save(now = false): void {
    const key = this.#host.key();
    if (!key) return;
    if (this.#module) this.#module.writeDraft(key, this.#host.snapshot, now);
    else this.#unsaved = true;
  }

  /** Forgets the draft: the run was created or reset. */
  drop(): void {
    const key = this.#host.key();
    if (key) this.#module?.dropDraft(key);
  }

  async #restore(key: string): Promise<void> {
    const drafts = await this.#host.load(() => void this.#restore(key));
    if (!drafts || key !== this.#host.key()) return;
    this.#module = drafts;
    // What the user typed meanwhile wins over an older draft.
    const draft = this.#host.blank() ? drafts.readDraft(key) : undefined;
    if (draft) this.#host.restore(draft);
    if (this.#unsaved) drafts.writeDraft(key, this.#host.snapshot, true);
    this.#unsaved = false;
  }
}
