import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CURRENCIES } from '../../api/enums.js';
import type { PaymentRun, PaymentRunCreate } from '../../api/schemas/payment-run.js';
import { formatAmount, formatMoney } from '../../format/money.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import type { Translate } from '../../i18n/translate.js';
import { PaymentRunElement } from '../base/payment-run-element.js';
import { buttons, fields, theme } from '../../styles/theme.js';
import { DraftController } from './draft-controller.js';
import { FooterSizeController } from './footer-size.js';
import { failedView, renderAdd, renderFooter, renderToolbar } from './form-view.js';
import { ImportController } from './import-controller.js';
import { BuilderParts } from './on-demand.js';
import { styles } from './payment-run-builder.styles.js';
import { ProblemsController } from './problems.js';
import { RowEditor, isBlank } from './row-editor.js';
import { RowList } from './row-list.js';
import type { RowContext } from './row-view.js';
import { MAX_ROWS, RowStore, type Row, type RowValues } from './rows.js';
import { RunFields, renderRunFields, type RunField } from './run-fields.js';
import { builderStrings } from './strings.js';
import { SubmitController } from './submit-controller.js';
import { schemeOf, type FieldError } from './validators.js';
import './events.js';

/** The values of one payment line as a user would type them (any field may be left out). */
export type PaymentDraft = Partial<RowValues>;

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
 * @fires {CustomEvent<PaymentRunErrorDetail>} payment-run-error - Creating the run failed: `{ error, action: 'submit' }`; the rows are kept. Also when code loaded on demand could not load (`action`: `submit`, `import`, `export` or `restore`); the builder shows it with Retry.
 *
 * @csspart base - The wrapper of everything.
 * @csspart run-fields - Description, tag, reference and currency of the run.
 * @csspart toolbar - Paste, import and export buttons.
 * @csspart rows - The list of payment lines.
 * @csspart row - One payment line.
 * @csspart field-error - The message beside a field that is not valid.
 * @csspart error-summary - The list of problems shown after a submit attempt.
 * @csspart footer - Totals and submit button, kept in view at the bottom of the page.
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
  static override styles = [theme, buttons, fields, styles];

  /** Currencies offered, space-separated (`"GBP EUR"`); the first is the default. */
  @property() currencies = 'GBP';

  /** Currency of the run (one per run); default: the first of `currencies`. */
  @property() currency = '';

  /** Keeps the draft in `sessionStorage` under this key for the tab; off when empty. */
  @property({ attribute: 'draft-key' }) draftKey = '';

  /** Bumped when the list of rows changes (rows added, removed, re-checked). */
  @state() private structure = 0;
  @state() private announcement = '';

  /**
   * The built-in texts. Those of the import panel and of what follows a submit (the API's error
   * and status texts among them) are added when their code loads, to keep the first paint small.
   */
  private readonly texts: Record<string, string> = { ...builderStrings };
  private readonly i18n = new I18nController(this, this.texts);
  private readonly internals = this.attachInternals();
  private readonly store = new RowStore({ scheme: 'fps', currency: 'GBP', locale: 'en' });
  private readonly run = new RunFields();
  private rowContext!: RowContext;
  /** The code loaded on demand, and the alert (with Retry) of a load that failed. */
  private readonly parts = new BuilderParts(this);
  /** What the parts below share: the rows, the texts and the live region. */
  private readonly shared = {
    store: this.store,
    t: ((key, params) => this.i18n.t(key, params)) satisfies Translate,
    message: (error: FieldError) => this.message(error),
    announce: (text: string) => this.announce(text),
    focusOn: (selector: string) => this.focusOn(selector),
  };
  private readonly list = new RowList(this, this.store, () => this.structure++);
  private readonly rows: RowEditor = new RowEditor({
    ...this.shared,
    list: this.list,
    attempted: () => this.problems.attempted,
    changed: () => this.requestUpdate(),
    listChanged: () => this.structure++,
    saveDraft: () => this.draft.save(),
    importText: (text) => this.importText(text),
  });
  private readonly import = new ImportController(this, {
    ...this.shared,
    room: () => MAX_ROWS - this.store.rows.filter((r) => !isBlank(r)).length,
    addStrings: (strings) => Object.assign(this.texts, strings),
    add: (rows) => this.onImported(rows),
    loadFlow: (retry) => this.parts.use(this.parts.importFlow, 'import', retry),
  });
  private readonly problems = new ProblemsController(this, {
    ...this.shared,
    run: this.run,
    texts: this.texts,
    locale: () => this.i18n.locale,
    rowsChanged: () => this.structure++,
    focusField: (row, field) => this.list.focus(row, field),
    loadFeedback: () => this.parts.use(this.parts.feedback, 'submit', () => void this.submit()),
  });
  private readonly submission = new SubmitController(this, {
    problems: this.problems,
    request: () => this.request,
    create: (request, options) => this.api.createPaymentRun(request, options),
    created: () => this.onCreated(),
    // The ref is kept with the draft before the request goes, so a reload retries the same intent.
    sending: () => this.draft.save(true),
  });
  private readonly draft = new DraftController(this, {
    key: () => this.draftKey,
    blank: () => this.store.rows.every(isBlank),
    snapshot: () => ({
      currency: this.store.ctx.currency,
      run: this.run.values,
      rows: this.store.rows.map((r) => r.values),
      intent: this.submission.intent,
    }),
    restore: (draft) => {
      this.currency = draft.currency;
      this.run.reset(draft.run);
      this.replaceRows(draft.rows);
      this.submission.resume(draft.intent);
    },
    load: (retry) => this.parts.use(this.parts.draft, 'restore', retry),
  });

  constructor() {
    super();
    // Registers itself with the element: keeps focused fields clear of the sticky footer.
    new FooterSizeController(this);
    this.store.insert(0, this.store.create());
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (this.viewFailure !== undefined) return;
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
    void this.list.prepare();
  }

  protected override updated(): void {
    const states = this.internals.states;
    const toggle = (name: string, on: boolean) => (on ? states.add(name) : states.delete(name));
    toggle('busy', this.submission.busy);
    toggle('invalid', this.store.invalid || !!this.run.error('tag'));
    toggle('error', this.viewFailure !== undefined || !!this.submission.failure);
    toggle('created', !!this.submission.created);
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
    return { ...this.run.body(), payments: this.store.payments() };
  }

  /**
   * Creates the run: checks every field (focusing the first problem), fires
   * `payment-run-submit`, then calls the API with one `idempotency-ref` per intent. Resolves to
   * the run, or `undefined` when nothing was created. Calling it again while a submit is under
   * way returns the same promise.
   */
  submit(): Promise<PaymentRun | undefined> {
    return this.submission.submit();
  }

  /** Adds payment lines (values as a user would type them), checked, after the last one. */
  async addPayments(drafts: readonly PaymentDraft[]): Promise<void> {
    const rows = drafts
      .slice(0, MAX_ROWS - this.store.rows.length)
      .map((d) => this.store.create(d, true));
    await this.rows.add(rows);
  }

  /** Opens the import preview for rows copied from a spreadsheet or read from a CSV file. */
  async importText(text: string): Promise<void> {
    await this.import.read(text);
  }

  /**
   * The rows as CSV (a header row, then one line per payment), as "Export CSV" saves them. Rejects
   * when the CSV code could not be loaded (the builder shows that with Retry, as for the button).
   */
  async exportCsv(): Promise<string> {
    const retry = () => void this.exportCsv().catch(() => undefined);
    const csv = await this.parts.use(this.parts.csv, 'export', retry);
    if (!csv) throw this.parts.csv.error;
    return csv.toCsv(this.store.rows, this.store.ctx.scheme);
  }

  /** Forgets the rows, run fields and draft, and starts an empty run. */
  reset(): void {
    this.run.reset();
    this.problems.reset();
    this.rows.removed = undefined;
    this.submission.reset();
    this.draft.drop();
    this.replaceRows([]);
  }

  // Event handlers.

  private readonly onRunInput = (event: Event): void => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    const field = target.name as RunField | 'currency';
    if (field === 'currency') this.currency = target.value;
    else {
      this.run.set(field, target.value);
      this.requestUpdate();
    }
    this.draft.save();
  };

  private readonly onSubmit = (event: Event): void => {
    event.preventDefault();
    void this.submit();
  };

  private readonly onExport = async (): Promise<void> => {
    const csv = await this.parts.use(this.parts.csv, 'export', () => void this.onExport());
    if (!csv) return;
    const name = this.run.values.paymentRunRef.trim() || 'payment-run';
    csv.downloadCsv(this.store.rows, this.store.ctx.scheme, name);
  };

  private async onImported(rows: Row[]): Promise<void> {
    // Imported rows replace the empty line a new run starts with.
    for (const row of this.store.rows.filter(isBlank)) this.store.remove(row);
    await this.rows.add(rows);
    this.announce(this.i18n.t('builder.totals', this.totals()));
  }

  private async onCreated(): Promise<void> {
    this.draft.drop();
    await this.focusOn('.done h2');
  }

  /** Replaces every row (a blank one when `values` is empty). */
  private replaceRows(values: readonly PaymentDraft[]): void {
    const rows = values.slice(0, MAX_ROWS).map((v) => this.store.create(v));
    this.store.clear();
    this.store.insert(0, ...(rows.length ? rows : [this.store.create()]));
    this.structure++;
  }

  private async focusOn(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private announce(text: string): void {
    // Clearing first makes a repeated message be announced again.
    this.announcement = '';
    void this.updateComplete.then(() => (this.announcement = text));
  }

  // Render helpers.

  /** The text of a field's error in the builder's locale; the API's codes have a generic one. */
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

  private totals() {
    const count = this.store.rows.length;
    return {
      count,
      number: new Intl.NumberFormat(this.i18n.locale).format(count),
      total: formatMoney(this.store.total, this.store.ctx.currency, this.i18n.locale),
    };
  }

  private renderForm() {
    const t = this.i18n.t;
    const busy = this.submission.busy;
    const { attempted } = this.problems;
    const { currency } = this.store.ctx;
    const notCounted = this.store.rows.length - this.store.counted;
    const run = { t, fields: this.run, attempted, message: this.message, currency };
    return html`<form novalidate @submit=${this.onSubmit} aria-label=${t('builder.run')}>
      ${renderRunFields({ ...run, currencies: this.currencyList }, this.onRunInput)}
      ${renderToolbar(t, {
        paste: () => void this.import.start(),
        file: this.import.onFile,
        export: this.onExport,
      })}
      ${this.parts.render(t)} ${this.import.render()}
      ${this.problems.render(this.submission.failure, () => this.submit())}
      <div
        class="rows"
        part="rows"
        role="group"
        aria-label=${t('builder.payments')}
        ?inert=${busy}
        @input=${this.rows.onInput}
        @focusout=${this.rows.onFocusOut}
        @keydown=${this.rows.onKeyDown}
        @paste=${this.rows.onPaste}
        @click=${this.rows.onClick}
      >
        ${this.list.render(this.structure, this.rowContext)}
      </div>
      ${renderAdd(t, busy, this.rows.onAdd)} ${this.rows.renderUndo()}
      ${renderFooter({ t, busy, totals: this.totals(), notCounted })}
    </form>`;
  }

  private readonly onRetryView = () => this.retryView();

  protected override render() {
    if (this.viewFailure !== undefined) return failedView(this.i18n.t, this.onRetryView);
    const { created } = this.submission;
    const feedback = this.problems.feedback;
    const totals = this.i18n.t('builder.totals', this.totals());
    return html`<div
      class="root ${this.import.dragging ? 'dragging' : ''}"
      part="base"
      @dragover=${this.import.onDrag}
      @dragleave=${this.import.onDrag}
      @drop=${this.import.onDrop}
    >
      ${
        created && feedback
          ? feedback.renderCreated(this.i18n, created, totals, () => this.reset())
          : this.renderForm()
      }
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </div>`;
  }
}
