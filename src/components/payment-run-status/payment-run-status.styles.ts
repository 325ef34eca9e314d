import { css } from 'lit';

export const styles = css`
  /*
   * The element's width is the host's: .root is the size container every layout rule below
   * queries, and its one grid column may shrink below its content's minimum (the payments table
   * scrolls inside its own region instead of widening everything).
   */
  .root {
    --_gap: var(--pr-payment-run-status-gap, var(--_space-m));
    container: run-status / inline-size;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
    padding: var(--pr-payment-run-status-padding, 0);
  }
  .root > * {
    min-width: 0;
  }
  h2,
  h3,
  p {
    margin: 0;
  }
  h2 {
    font-size: var(--_font-size-l);
  }
  h3 {
    font-size: 1em;
  }
  h2,
  dd,
  p,
  .alert > span {
    overflow-wrap: anywhere;
  }
  .muted,
  .step-state,
  .reason {
    color: var(--_muted);
    font-size: var(--_font-size-s);
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space-s) var(--_space-m);
  }
  .header > * {
    min-width: 0;
  }
  /* A chip wraps its words rather than widening its column or line. */
  .chip {
    display: inline-block;
    max-width: 100%;
    padding: 0 var(--_space-s);
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    background: var(--_bg-subtle);
    font-size: var(--_font-size-s);
    font-weight: 600;
    overflow-wrap: break-word;
  }
  .chip[data-status='COMPLETED'] {
    color: var(--_success);
    background: var(--_success-bg);
  }
  .chip[data-status='FAILED'],
  .chip[data-status='RETURNED'],
  .chip[data-status='INVALID'],
  .chip[data-status='SCA_FAILED'],
  .chip[data-status='COMPLETED_WITH_ERRORS'] {
    color: var(--_danger);
    background: var(--_danger-bg);
  }
  /* Stopped, not waiting: no fill, a dashed outline and a "no entry" sign, in the muted text. */
  .chip[data-status='CANCELLED'] {
    border-style: dashed;
    border-color: var(--_border);
    background: transparent;
    color: var(--_muted);
  }
  .chip[data-status='CANCELLED']::before {
    /* a no-break space keeps the sign with its word */
    content: '⊘\\a0' / '';
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-l);
    margin: 0;
  }
  .facts > div,
  .totals dl > div {
    min-width: 0;
  }
  .facts dt,
  .totals dt {
    color: var(--_muted);
    font-size: var(--_font-size-s);
  }
  .facts dd,
  .totals dd {
    margin: 0;
  }
  .explain {
    padding: var(--_space-s) var(--_space-m);
    border-left: 4px solid var(--_accent);
    background: var(--_info-bg);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-m);
    align-items: start;
  }
  .action {
    display: grid;
    gap: var(--_space-xs);
    min-width: 0;
    max-width: 100%;
  }
  /* A label longer than the box wraps inside its button. */
  .actions .button,
  .alert .button {
    max-width: 100%;
    text-align: start;
    overflow-wrap: anywhere;
  }
  .alert {
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_danger-bg);
    color: var(--_fg);
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: center;
  }
  .alert > span {
    flex: 1 1 12em;
    min-width: 0;
  }
  .stale {
    border-color: var(--_warning);
    background: var(--_warning-bg);
  }
  .sca {
    display: grid;
    gap: var(--_space-s);
    padding: var(--_space-m);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .sca form,
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: end;
  }
  .toolbar > * {
    min-width: 0;
    max-width: 100%;
  }
  .totals dl {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-l);
    margin: 0;
  }
  .totals .all dd {
    font-weight: 600;
  }
  .button.small {
    min-height: 1.75rem;
    padding: 0 var(--_space-s);
  }
  dialog {
    max-width: min(32rem, 100vw - 2rem);
    padding: var(--_space-l);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  dialog form,
  .field {
    display: grid;
    gap: var(--_space-s);
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .field-error {
    color: var(--_danger);
    font-size: var(--_font-size-s);
  }
  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    justify-content: end;
  }
  .bone.title {
    height: 1.5rem;
    width: 40%;
  }
  .bone.short {
    width: 60%;
  }
`;
