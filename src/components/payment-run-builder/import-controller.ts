import { html, nothing, type ReactiveElement } from 'lit';
import type * as ImportFlowModule from './import-flow.js';
import type { ImportFlow, ImportHost } from './import-flow.js';
import type { Row } from './rows.js';

/** What the import needs from its builder, besides what the flow itself needs. */
export interface ImportControllerHost extends Omit<ImportHost, 'changed' | 'focus' | 'close'> {
  /** The import panel's texts arrived: add them to the builder's table. */
  addStrings: (strings: Record<string, string>) => void;
  /** The rows the user chose to add (the empty line a new run starts with is gone by then). */
  add: (rows: Row[]) => Promise<void>;
  /** Focuses the element matching `selector` once rendered. */
  focusOn: (selector: string) => Promise<void>;
  /**
   * Loads the panel's code; `undefined` when it could not be loaded (the builder shows that, with
   * a Retry that calls `retry`).
   */
  loadFlow: (retry: () => void) => Promise<typeof ImportFlowModule | undefined>;
}

/**
 * Paste, import and drop of rows: opens the import panel (its code and styles load on first use),
 * reads files chosen or dropped on the builder, and adds the rows the user accepts.
 */
export class ImportController {
  /** The panel is open. */
  open = false;
  /** A file is being dragged over the builder. */
  dragging = false;
  #flow?: ImportFlow;
  readonly #element: ReactiveElement;
  readonly #host: ImportControllerHost;

  constructor(element: ReactiveElement, host: ImportControllerHost) {
    this.#element = element;
    this.#host = host;
  }

  /** Opens the panel at its first step; `undefined` when its code could not be loaded. */
  async start(retry: () => void = () => void this.start()): Promise<ImportFlow | undefined> {
    this.#flow ??= await this.#load(retry);
    if (!this.#flow) return undefined;
    this.#set({ open: true });
    this.#flow.reset();
    return this.#flow;
  }

  /** Opens the panel with `text` read: the mapping step or the preview. */
  async read(text: string): Promise<void> {
    const flow = await this.start(() => void this.read(text));
    await flow?.read(text);
  }

  readonly onFile = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) await this.read(await file.text());
  };

  readonly onDrag = (event: DragEvent): void => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    this.#set({ dragging: event.type === 'dragover' });
  };

  readonly onDrop = async (event: DragEvent): Promise<void> => {
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    this.#set({ dragging: false });
    await this.read(await file.text());
  };

  render() {
    return this.open && this.#flow
      ? html`<div class="import" part="import">${this.#flow.render()}</div>`
      : nothing;
  }

  async #load(retry: () => void): Promise<ImportFlow | undefined> {
    const flow = await this.#host.loadFlow(retry);
    return (
      this.#flow ??
      flow?.openImportFlow(this.#element, this.#host, (rows) => void this.#close(rows))
    );
  }

  async #close(rows?: Row[]): Promise<void> {
    this.#set({ open: false });
    if (rows?.length) await this.#host.add(rows);
    await this.#host.focusOn('.toolbar button');
  }

  #set(state: Partial<Pick<ImportController, 'open' | 'dragging'>>): void {
    Object.assign(this, state);
    this.#element.requestUpdate();
  }
}
