import { html, noChange, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { CURRENCIES } from '../../api/enums.js';
import type { InvalidField } from '../../api/errors/validation-error.js';
import { newIdempotencyRef } from '../../api/idempotency.js';
import type { PaymentRun, PaymentRunCreate } from '../../api/schemas/payment-run.js';
import { formatAmount } from '../../format/money.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { PaymentRunElement } from '../base/payment-run-element.js';
import { emit } from '../shared/emit.js';
import { buttons, theme } from '../../styles/theme.js';
import type * as VirtualizeModule from '@lit-labs/virtualizer/virtualize.js';
import type { VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import type * as DraftModule from './draft.js';
import type { Draft } from './draft.js';
import type * as FeedbackModule from './feedback.js';
import type { ImportFlow } from './import-flow.js';
import { styles } from './payment-run-builder.styles.js';
import { fieldId, mountRow, type RowContext } from './row-view.js';
import { MAX_ROWS, RowStore, shownError, type Row, type RowValues } from './rows.js';
import { builderStrings } from './strings.js';
import {
  ROW_FIELDS,
  checkTag,
  normalize,
  schemeOf,
  type FieldError,
  type RowField,
} from './validators.js';
import './events.js';

/** The values of one payment line as a user would type them (any field may be left out). */
export type PaymentDraft = Partial<RowValues>;

type RunField = 'description' | 'tag' | 'paymentRunRef';
type Feedback = typeof FeedbackModule;
const RUN_FIELDS = ['description', 'tag', 'paymentRunRef'] as const;
type Virtualize = typeof VirtualizeModule;

/** Above this many rows the list renders only what is on screen (virtualizer loaded then). */
const WINDOW_FROM = 40;

/**
 * Builds a payment run of supplier payments and creates it: rows typed, pasted from a
 * spreadsheet or imported from CSV; every field checked as it is typed (Faster Payments for GBP,
 * SEPA for EUR); totals; one idempotent submit whose server errors land on the rows and fields.
 *
 * @summary Create a Weavr payment run: rows of supplier payments, live validation, idempotent submit.
 * @tag payment-run-builder
 *
 * @fires {CustomEvent<PaymentRunSubmitDetail>} payment-run-submit - Cancelable, before the API call: `{ request }`, the body about to be sent; the host that cancels it sends it itself.
 * @fires {CustomEvent<PaymentRunCreatedDetail>} payment-run-created - The API created the run: `{ paymentRun }` (status QUEUED).
 * @fires {CustomEvent<PaymentRunErrorDetail>} payment-run-error - Creating the run failed: `{ error, action: 'submit' }`; the rows are kept.
 *
 * @csspart base - The wrapper of everything.
 * @csspart run-fields - Description, tag, reference and currency of the run.
 * @csspart toolbar - Paste, import and export buttons.
 * @csspart rows - The list of payment lines.
 * @csspart row - One payment line.
 * @csspart field-error - The message beside a field that is not valid.
 * @csspart error-summary - The list of problems shown after a submit attempt.
 * @csspart footer - Add button, totals and submit button.
 * @csspart totals - Count and sum of the run.
 * @csspart submit - The submit button.
 * @csspart success - What is shown once the run is created.
 * @csspart import - The paste/import panel.
 *
 * @cssprop --pr-builder-padding - Padding around the builder.
 * @cssprop --pr-builder-border-color - Border around the builder and between rows.
 * @cssprop --pr-builder-row-background - Background of a payment line.
 * @cssprop --pr-builder-field-width - Smallest width of a field before the row wraps.
 * @cssprop --pr-builder-error-color - Colour of field messages and invalid borders.
 *
 * @cssstate busy - The run is being created.
 * @cssstate invalid - At least one field is not valid.
 * @cssstate error - The last submit failed.
 * @cssstate created - The run was created.
 */
export class PaymentRunBuilderElement extends PaymentRunElement {
  static override styles = [theme, buttons, styles];

  /** Currencies offered, space-separated (`"GBP EUR"`); the first is the default. */
  @property() currencies = 'GBP';

  /** Currency of the run (one per run); default: the first of `currencies`. */
  @property() currency = '';

  /** Keeps the draft in `sessionStorage` under this key for the tab; off when empty. */
  @property({ attribute: 'draft-key' }) draftKey = '';

  @state() private structure = 0;
  @state() private attempted = false;
  @state() private announcement = '';
  @state() private removedRow?: { row: Row; index: number };
  @state() private runErrors: InvalidField[] = [];
  @state() private importing = false;
  @state() private dragging = false;
  @state() private created?: PaymentRun;

  @query('.rows') private rowsElement?: VirtualizerHostElement;

  /**
   * The built-in texts. Those of the import panel and of what follows a submit (the API's error
   * and status texts among them) are added when their code loads, to keep the first paint small.
   */
  private readonly texts: Record<string, string> = { ...builderStrings };
  private readonly i18n = new I18nController(this, this.texts);
  private readonly internals = this.attachInternals();
  private readonly store = new RowStore({ scheme: 'fps', currency: 'GBP', locale: 'en' });
  private run: Record<RunField, string> = { description: '', tag: '', paymentRunRef: '' };
  private runServer: Partial<Record<RunField, FieldError>> = {};
  private intent?: { ref: string; body: string };
  private sent: Row[] = [];
  private submitting?: Promise<PaymentRun | undefined>;
  private virtualizer?: Virtualize;
  private flow?: ImportFlow;
  private feedback?: Feedback;
  private draftLoaded = '';
  private drafts?: Promise<typeof DraftModule>;
  private rowContext!: RowContext;
  private listKey: unknown[] = [];
  private unwindowed = false;

  /** The submit under way, its abort controller, and the error of the last one. */
  @state() private busy = false;
  @state() private failure?: unknown;
  private abort?: AbortController;

  constructor() {
    super();
    this.store.insert(0, this.store.create());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Moving the element disconnects and reconnects it at once: only a removal aborts.
    queueMicrotask(() => {
      if (!this.isConnected) this.abort?.abort();
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.i18n.hostUpdate();
    if (this.draftKey && this.draftKey !== this.draftLoaded) {
      this.draftLoaded = this.draftKey;
      this.drafts = import('./draft.js');
      void this.drafts.then((drafts) => {
        // What the user typed meanwhile wins over an older draft.
        if (this.store.rows.every((row) => this.isBlank(row)))
          this.restoreDraft(drafts.readDraft(this.draftKey));
      });
    }
    const currency = this.currencyList.includes(this.currency)
      ? this.currency
      : this.currencyList[0];
    const ctx = { currency, scheme: schemeOf(currency), locale: this.i18n.locale };
    const old = this.store.ctx;
    if (old.currency !== ctx.currency || old.locale !== ctx.locale) {
      this.store.recheck(ctx);
      this.structure++;
    }
    if (changed.has('structure') || !this.rowContext || this.rowContext.t !== this.i18n.t) {
      this.rowContext = { t: this.i18n.t, ...ctx, message: this.message };
    }
    if (this.store.rows.length > WINDOW_FROM && !this.virtualizer) void this.loadVirtualizer();
  }

  protected override updated(): void {
    const states = this.internals.states;
    const toggle = (name: string, on: boolean) => (on ? states.add(name) : states.delete(name));
    toggle('busy', this.busy);
    toggle('invalid', this.store.invalid || !!this.runError('tag'));
    toggle('error', !!this.failure);
    toggle('created', !!this.created);
  }

  /** The currencies offered, known to the API, in the attribute's order. */
  get currencyList(): string[] {
    const list = this.currencies
      .split(/[\s,]+/)
      .filter((c) => (CURRENCIES as readonly string[]).includes(c));
    return list.length ? list : ['GBP'];
  }

  /** The number of payment lines. */
  get rowCount(): number {
    return this.store.rows.length;
  }

  /** The body that submit would send now (rows as typed, normalised). */
  get request(): PaymentRunCreate {
    const optional = (key: RunField) => {
      const value = this.run[key].trim();
      return value ? { [key]: value } : {};
    };
    return {
      ...optional('description'),
      ...optional('tag'),
      ...optional('paymentRunRef'),
      payments: this.store.payments(),
    };
  }

  /**
   * Creates the run: checks every field (focusing the first problem), fires
   * `payment-run-submit`, then calls the API with one `idempotency-ref` per intent. Resolves to
   * the run, or `undefined` when nothing was created. Calling it again while a submit is under
   * way returns the same promise.
   */
  submit(): Promise<PaymentRun | undefined> {
    return (this.submitting ??= this.send().finally(() => (this.submitting = undefined)));
  }

  /** Adds payment lines (values as a user would type them), checked, after the last one. */
  async addPayments(drafts: readonly PaymentDraft[]): Promise<void> {
    const rows = drafts
      .slice(0, MAX_ROWS - this.store.rows.length)
      .map((d) => this.store.create(d, true));
    await this.addRows(rows);
  }

  /** Opens the import preview for rows copied from a spreadsheet or read from a CSV file. */
  async importText(text: string): Promise<void> {
    const flow = await this.openImport();
    await flow.read(text);
  }

  /** The rows as CSV (a header row, then one line per payment), as "Export CSV" saves them. */
  async exportCsv(): Promise<string> {
    const { toCsv } = await import('./csv.js');
    return toCsv(this.store.rows, this.store.ctx.scheme);
  }

  /** Forgets the rows, run fields and draft, and starts an empty run. */
  reset(): void {
    this.store.clear();
    this.store.insert(0, this.store.create());
    this.run = { description: '', tag: '', paymentRunRef: '' };
    this.runServer = {};
    this.runErrors = [];
    this.attempted = false;
    this.created = undefined;
    this.failure = undefined;
    this.removedRow = undefined;
    this.intent = undefined;
    this.dropDraft();
    this.structure++;
  }

  private async send(): Promise<PaymentRun | undefined> {
    // What is shown after a submit loads alongside it, not at first paint.
    const loading = this.loadFeedback();
    this.attempted = true;
    for (const row of this.store.rows) row.touched = new Set(ROW_FIELDS);
    this.structure++;
    if (this.store.invalid || this.runFieldErrors().length) {
      await loading;
      await this.focusFirstError();
      return undefined;
    }
    const request = this.request;
    const body = JSON.stringify(request);
    if (this.intent?.body !== body) this.intent = { ref: newIdempotencyRef(), body };
    if (!emit(this, 'payment-run-submit', { request }, { cancelable: true })) return undefined;
    this.store.clearServerErrors();
    this.runServer = {};
    this.runErrors = [];
    this.sent = [...this.store.rows];
    this.announce(this.i18n.t('builder.submitting'));
    this.busy = true;
    this.failure = undefined;
    this.abort = new AbortController();
    let paymentRun: PaymentRun | undefined;
    try {
      paymentRun = await this.api.createPaymentRun(request, {
        idempotencyRef: this.intent.ref,
        signal: this.abort.signal,
      });
    } catch (e) {
      this.failure = e;
    }
    const feedback = await loading;
    this.busy = false;
    if (paymentRun) {
      this.created = paymentRun;
      this.intent = undefined;
      this.dropDraft();
      emit(this, 'payment-run-created', { paymentRun });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.done h2')?.focus();
      return paymentRun;
    }
    const error = this.failure as { kind?: string; invalidFields?: InvalidField[] };
    if (!this.isConnected) return undefined;
    emit(this, 'payment-run-error', { error, action: 'submit' });
    if (error.kind === 'validation' && error.invalidFields?.length) {
      const rest = feedback.applyServerErrors(this.store, error.invalidFields, this.sent);
      this.runErrors = rest.filter((f) => !(f.fieldName in this.run));
      for (const f of rest)
        if (f.fieldName in this.run)
          this.runServer[f.fieldName as RunField] = feedback.serverError(f);
      await this.focusFirstError();
    } else {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.banner')?.focus();
    }
    return undefined;
  }

  private async loadFeedback(): Promise<Feedback> {
    if (!this.feedback) {
      this.feedback = await import('./feedback.js');
      Object.assign(this.texts, this.feedback.apiStrings, this.feedback.builderFeedbackStrings);
    }
    return this.feedback;
  }

  private async addRows(rows: Row[], at = this.store.rows.length): Promise<void> {
    if (!rows.length) return;
    if (this.store.rows.length + rows.length > WINDOW_FROM) await this.loadVirtualizer();
    this.store.insert(at, ...rows);
    this.structure++;
    this.saveDraft();
  }

  private async loadVirtualizer(): Promise<void> {
    try {
      this.virtualizer ??= await import('@lit-labs/virtualizer/virtualize.js');
    } catch {
      // Without the virtualizer every row renders: slower, never a lost row.
      this.unwindowed = true;
    }
    this.structure++;
  }

  private async openImport(): Promise<ImportFlow> {
    if (!this.flow) {
      const { ImportFlow, builderImportStrings, importStyles } = await import('./import-flow.js');
      Object.assign(this.texts, builderImportStrings);
      const root = this.renderRoot as ShadowRoot;
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, importStyles.styleSheet!];
      this.flow = new ImportFlow({
        store: this.store,
        t: (key, params) => this.i18n.t(key, params),
        message: (error) => this.message(error),
        room: () => MAX_ROWS - this.store.rows.filter((r) => !this.isBlank(r)).length,
        changed: () => this.requestUpdate(),
        focus: (selector) =>
          void this.updateComplete.then(() =>
            this.renderRoot.querySelector<HTMLElement>(selector)?.focus(),
          ),
        close: (rows) => void this.closeImport(rows),
      });
    }
    this.importing = true;
    this.flow.reset();
    return this.flow;
  }

  private async closeImport(rows?: Row[]): Promise<void> {
    this.importing = false;
    if (rows?.length) {
      if (rows.length > WINDOW_FROM) await this.loadVirtualizer();
      // Imported rows replace the empty line a new run starts with.
      const blank = this.store.rows.filter((r) => this.isBlank(r));
      for (const row of blank) this.store.remove(row);
      await this.addRows(rows);
      this.announce(this.i18n.t('builder.totals', this.totals()));
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.toolbar button')?.focus();
  }

  private isBlank(row: Row): boolean {
    return ROW_FIELDS.every((f) => !row.values[f]);
  }

  /** Moves focus to a field, scrolling a windowed list to its row first. */
  private async focusField(row: Row, field: RowField): Promise<void> {
    if (
      field !== 'type' &&
      !row.open &&
      ROW_FIELDS.indexOf(field) > ROW_FIELDS.indexOf('reference')
    ) {
      row.open = true;
      row.render?.();
    }
    await this.updateComplete;
    const target = () => this.renderRoot.querySelector<HTMLElement>(`#${fieldId(row, field)}`);
    const virtualizer = this.virtualizer && this.rowsElement?.[this.virtualizer.virtualizerRef];
    if (!target() && virtualizer) {
      virtualizer.element(this.store.rows.indexOf(row))?.scrollIntoView({ block: 'center' });
      await virtualizer.layoutComplete;
    }
    target()?.focus();
  }

  private async focusFirstError(): Promise<void> {
    await this.updateComplete;
    const { entries, count } = this.store.shownErrors(1);
    const runFields = this.runFieldErrors();
    this.announce(
      this.i18n.t('builder.summary', { count: count + runFields.length + this.runErrors.length }),
    );
    if (runFields[0]) this.focusRunField(runFields[0].field);
    else if (entries[0]?.row) await this.focusField(entries[0].row, entries[0].field as RowField);
    else this.renderRoot.querySelector<HTMLElement>('.summary')?.focus();
  }

  private announce(text: string): void {
    // Clearing first makes a repeated message be announced again.
    this.announcement = '';
    void this.updateComplete.then(() => (this.announcement = text));
  }

  private readonly message = (error: FieldError): string => {
    const key = `builder.error.${error.code}`;
    const { currency, locale } = this.store.ctx;
    const text = this.i18n.t(key, {
      ...error.params,
      example: formatAmount(123450, currency, locale),
    });
    return text === key
      ? this.i18n.t('builder.error.server', { error: error.code.slice(7) })
      : text;
  };

  private runError(field: RunField): FieldError | undefined {
    return this.runServer[field] ?? (field === 'tag' ? checkTag(this.run.tag.trim()) : undefined);
  }

  private runFieldErrors(): { field: RunField; error: FieldError }[] {
    return RUN_FIELDS.flatMap((field) => {
      const error = this.runError(field);
      return error ? [{ field, error }] : [];
    });
  }

  private focusRunField(field: string): void {
    this.renderRoot.querySelector<HTMLElement>(`#run-${field}`)?.focus();
  }

  private totals() {
    const count = this.store.rows.length;
    return {
      count,
      number: new Intl.NumberFormat(this.i18n.locale).format(count),
      total: this.i18n.money(this.store.total, this.store.ctx.currency),
    };
  }

  private dropDraft(): void {
    const key = this.draftKey;
    if (key) void this.drafts?.then((drafts) => drafts.dropDraft(key));
  }

  private restoreDraft(draft?: Draft): void {
    if (!draft) return;
    this.currency = draft.currency;
    this.run = { ...this.run, ...draft.run };
    this.store.clear();
    this.store.insert(
      0,
      ...draft.rows.slice(0, MAX_ROWS).map((values) => this.store.create(values)),
    );
    this.structure++;
  }

  /** Keeps what the user typed for this tab when `draft-key` is set. */
  private saveDraft(): void {
    if (this.draftKey)
      void this.drafts?.then((drafts) =>
        drafts.writeDraft(this.draftKey, () => ({
          currency: this.store.ctx.currency,
          run: this.run,
          rows: this.store.rows.map((r) => r.values),
        })),
      );
  }

  // Event handlers. Rows use one delegated listener per event type.

  private rowOf(event: Event): Row | undefined {
    const id = (event.target as Element).closest<HTMLElement>('.row')?.dataset.id;
    return id ? this.store.byId.get(Number(id)) : undefined;
  }

  private readonly onRowInput = (event: Event): void => {
    const target = event.target as HTMLInputElement;
    const row = this.rowOf(event);
    const field = target.dataset.field as RowField | undefined;
    if (!row || !field) return;
    const before = shownError(row, field);
    this.store.set(row, field, target.value);
    const after = shownError(row, field);
    row.render?.();
    if (after && after.code !== before?.code) this.announce(this.message(after));
    if (field === 'amount' || this.attempted) this.requestUpdate();
    this.saveDraft();
  };

  private readonly onRowFocusOut = (event: FocusEvent): void => {
    const target = event.target as HTMLInputElement;
    const row = this.rowOf(event);
    const field = target.dataset.field as RowField | undefined;
    if (!row || !field) return;
    row.touched.add(field);
    if (!row.errors[field] && row.values[field]) {
      // Show the value as it was understood: `123456` → `12-34-56`, `1234.5` → `1,234.50`.
      const value = normalize(field, row.values[field]);
      const { currency, locale } = this.store.ctx;
      const shown =
        field === 'sortCode'
          ? value.replace(/(\d\d)(?=\d)/g, '$1-')
          : field === 'iban'
            ? value.replace(/(.{4})(?=.)/g, '$1 ')
            : field === 'amount' && row.minor !== undefined
              ? formatAmount(row.minor, currency, locale)
              : value;
      if (shown !== row.values[field]) this.store.set(row, field, shown);
    }
    row.render?.();
    if (this.attempted) this.requestUpdate();
  };

  private readonly onRowKeyDown = (event: KeyboardEvent): void => {
    const target = event.target as HTMLElement;
    const field = target.dataset.field as RowField | undefined;
    if (event.key !== 'Enter' || !field || target.localName !== 'input') return;
    // Enter moves down a column, as in a spreadsheet, instead of submitting the run.
    event.preventDefault();
    const rows = this.store.rows;
    const next = rows[rows.indexOf(this.rowOf(event)!) + 1];
    if (next) void this.focusField(next, field);
  };

  private readonly onRowPaste = (event: ClipboardEvent): void => {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (!/[\t\n]/.test(text.trim())) return;
    event.preventDefault();
    void this.importText(text);
  };

  private readonly onRowClick = async (event: Event): Promise<void> => {
    const action = (event.target as Element).closest<HTMLElement>('[data-action]')?.dataset.action;
    const row = this.rowOf(event);
    if (!action || !row) return;
    const rows = this.store.rows;
    const index = rows.indexOf(row);
    if (action === 'more') {
      row.open = !row.open;
      row.render?.();
    } else if (action === 'fix-apostrophe') {
      this.store.set(row, 'name', row.values.name.replaceAll("'", '\u2019'));
      row.render?.();
      await this.focusField(row, 'name');
    } else if (action === 'duplicate') {
      if (rows.length >= MAX_ROWS)
        return this.announce(this.i18n.t('builder.limit', { max: MAX_ROWS }));
      const copy = this.store.create({ ...row.values });
      await this.addRows([copy], index + 1);
      await this.focusField(copy, 'name');
    } else if (action === 'remove') {
      this.store.remove(row);
      if (!this.store.rows.length) this.store.insert(0, this.store.create());
      this.removedRow = { row, index };
      this.structure++;
      this.saveDraft();
      this.announce(this.i18n.t('builder.removed', { n: index + 1 }));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.undo button')?.focus();
    }
  };

  private readonly onUndo = async (): Promise<void> => {
    const removed = this.removedRow;
    if (!removed) return;
    this.removedRow = undefined;
    if (this.store.rows.length === 1 && this.isBlank(this.store.rows[0])) this.store.clear();
    if (this.store.rows.length >= MAX_ROWS) return;
    await this.addRows([removed.row], Math.min(removed.index, this.store.rows.length));
    await this.focusField(removed.row, 'name');
  };

  private readonly onAdd = async (): Promise<void> => {
    if (this.store.rows.length >= MAX_ROWS)
      return this.announce(this.i18n.t('builder.limit', { max: MAX_ROWS }));
    const row = this.store.create();
    await this.addRows([row]);
    await this.focusField(row, 'name');
  };

  private readonly onRunInput = (event: Event): void => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    const field = target.name as RunField | 'currency';
    if (field === 'currency') this.currency = target.value;
    else {
      this.run = { ...this.run, [field]: target.value };
      delete this.runServer[field];
      this.requestUpdate();
    }
    this.saveDraft();
  };

  private readonly onSubmit = (event: Event): void => {
    event.preventDefault();
    void this.submit();
  };

  private readonly onFile = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) await this.importText(await file.text());
  };

  private readonly onDrag = (event: DragEvent): void => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    this.dragging = event.type === 'dragover';
  };

  private readonly onDrop = async (event: DragEvent): Promise<void> => {
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    this.dragging = false;
    await this.importText(await file.text());
  };

  private readonly onExport = async (): Promise<void> => {
    const { downloadCsv } = await import('./csv.js');
    downloadCsv(
      this.store.rows,
      this.store.ctx.scheme,
      this.run.paymentRunRef.trim() || 'payment-run',
    );
  };

  // Render helpers.

  private renderRunField(field: RunField, hint?: string) {
    const error = this.runError(field);
    const show = error && (this.attempted || this.run[field]);
    const describedBy = [hint && `run-${field}-hint`, show && `run-${field}-e`]
      .filter(Boolean)
      .join(' ');
    return html`<div class="field f-${field}">
      <label for="run-${field}">${this.i18n.t(`builder.${field}`)}</label>
      <input
        id="run-${field}"
        name=${field}
        .value=${this.run[field]}
        maxlength=${field === 'tag' ? 60 : 255}
        autocomplete="off"
        aria-invalid=${show ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
      />
      ${hint ? html`<p class="hint" id="run-${field}-hint">${hint}</p>` : nothing}
      ${show ? html`<p class="error" id="run-${field}-e" part="field-error">${this.message(error)}</p>` : nothing}
    </div>`;
  }

  /** The rows, rendered again only when the list itself changed (rows re-render alone). */
  private renderList() {
    const key = [this.structure, this.rowContext, this.virtualizer];
    if (key.every((k, i) => k === this.listKey[i])) return noChange;
    this.listKey = key;
    const ctx = this.rowContext;
    const view = (row: Row, index: number) => html`${mountRow(row, index, ctx)}`;
    const rows = this.store.rows;
    if (rows.length > WINDOW_FROM && this.virtualizer)
      return this.virtualizer.virtualize({
        items: rows,
        keyFunction: (r: Row) => r.id,
        renderItem: view,
      });
    return (this.unwindowed ? rows : rows.slice(0, WINDOW_FROM)).map((row, index) =>
      mountRow(row, index, ctx),
    );
  }

  private renderForm() {
    const t = this.i18n.t;
    const busy = this.busy;
    const mapped = (this.failure as { invalidFields?: unknown[] } | undefined)?.invalidFields
      ?.length;
    const failed = !mapped && this.feedback && this.failure;
    const currencies = this.currencyList;
    const totals = this.totals();
    const notCounted = this.store.rows.length - this.store.counted;
    return html`<form novalidate @submit=${this.onSubmit} aria-label=${t('builder.run')}>
      <div class="run" part="run-fields" @input=${this.onRunInput}>
        ${this.renderRunField('description')} ${this.renderRunField('tag', t('builder.tag.hint'))}
        ${this.renderRunField('paymentRunRef')}
        ${
          currencies.length > 1
            ? html`<div class="field f-currency">
                <label for="run-currency">${t('builder.currency')}</label>
                <select id="run-currency" name="currency">
                  ${currencies.map(
                    (c) =>
                      html`<option value=${c} ?selected=${c === this.store.ctx.currency}>
                        ${c}
                      </option>`,
                  )}
                </select>
              </div>`
            : nothing
        }
      </div>
      <div class="toolbar" part="toolbar">
        <button type="button" class="button" @click=${() => this.openImport()}>
          ${t('builder.paste')}
        </button>
        <input
          type="file"
          id="file"
          class="visually-hidden"
          accept=".csv,.tsv,.txt,text/csv"
          @change=${this.onFile}
        />
        <label for="file" class="button">${t('builder.import')}</label>
        <button type="button" class="button" @click=${this.onExport}>${t('builder.export')}</button>
        <span class="hint">${t('builder.drop')}</span>
      </div>
      ${this.importing && this.flow ? html`<div class="import" part="import">${this.flow.render()}</div>` : nothing}
      ${
        failed
          ? html`<div class="banner" role="alert" tabindex="-1">
              <p>${this.feedback!.errorText(t, failed, this.i18n.locale)}</p>
              <button type="button" class="button" @click=${() => this.submit()}>
                ${t('action.retry')}
              </button>
            </div>`
          : nothing
      }
      ${
        this.attempted && this.feedback
          ? this.feedback.renderSummary({
              store: this.store,
              t: this.i18n.t,
              message: this.message,
              runFieldErrors: this.runFieldErrors(),
              unplaced: this.runErrors,
              focusField: (row, field) => void this.focusField(row, field),
              focusRunField: (field) => this.focusRunField(field),
            })
          : nothing
      }
      <div
        class="rows"
        part="rows"
        role="group"
        aria-label=${t('builder.payments')}
        ?inert=${busy}
        @input=${this.onRowInput}
        @focusout=${this.onRowFocusOut}
        @keydown=${this.onRowKeyDown}
        @paste=${this.onRowPaste}
        @click=${this.onRowClick}
      >
        ${this.renderList()}
      </div>
      ${
        this.removedRow
          ? html`<p class="undo">
              ${t('builder.removed', { n: this.removedRow.index + 1 })}
              <button type="button" class="button" @click=${this.onUndo}>
                ${t('builder.undo')}
              </button>
            </p>`
          : nothing
      }
      <div class="footer" part="footer">
        <button type="button" class="button" @click=${this.onAdd} ?disabled=${busy}>
          ${t('builder.add')}
        </button>
        <p class="totals" part="totals">
          ${t('builder.totals', totals)}
          ${notCounted ? html`<span class="muted">(${t('builder.totals.invalid', { count: notCounted })})</span>` : nothing}
        </p>
        <button
          type="submit"
          class="button primary"
          part="submit"
          aria-disabled=${busy ? 'true' : 'false'}
        >
          ${busy ? html`<span class="spinner" aria-hidden="true"></span>${t('builder.submitting')}` : t('builder.submit')}
        </button>
      </div>
    </form>`;
  }

  protected override render() {
    return html`<div
      class="root ${this.dragging ? 'dragging' : ''}"
      part="base"
      @dragover=${this.onDrag}
      @dragleave=${this.onDrag}
      @drop=${this.onDrop}
    >
      ${
        this.created && this.feedback
          ? this.feedback.renderCreated(
              this.i18n,
              this.created,
              this.i18n.t('builder.totals', this.totals()),
              () => this.reset(),
            )
          : this.renderForm()
      }
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </div>`;
  }
}
