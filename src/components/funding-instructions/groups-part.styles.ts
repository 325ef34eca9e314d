import { css } from 'lit';

/**
 * The funding groups, their payments and the cancel dialog; adopted with their part. Buttons are
 * `position: relative` to hold the visually hidden part of their name; in a narrow box each
 * payment is a small card of label and value.
 */
export const groupsStyles = css`
  .groups {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-m);
  }
  .group-head > * {
    min-width: 0;
  }
  article {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-s);
  }
  .group-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_space-s);
    align-items: baseline;
  }
  dl {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(7rem, 100%), 1fr));
    gap: var(--_space-s) var(--_space-m);
    margin: 0;
  }
  dt {
    font-size: var(--_font-size-s);
    color: var(--_muted);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .bank-payment {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-s);
  }
  ::slotted([slot='bank-payment']) {
    display: block;
    max-width: 100%;
  }
  [part='pay-button'],
  .button.danger {
    position: relative;
  }
  .status::before {
    content: '○ ' / '';
  }
  .status[data-status='AWAITING_FUNDS']::before,
  .status[data-status='PENDING_FUNDING']::before {
    content: '◔ ' / '';
    color: var(--_warning);
  }
  .status[data-status='EXECUTING']::before {
    content: '↻ ' / '';
    color: var(--_accent);
  }
  .status[data-status='COMPLETED']::before {
    content: '✓ ' / '';
    color: var(--_success);
  }
  .status[data-status='COMPLETED_WITH_ERRORS']::before,
  .status[data-status='FAILED']::before,
  .status[data-status='RETURNED']::before {
    content: '! ' / '';
    color: var(--_danger);
  }
  .status[data-status='CANCELLED']::before {
    content: '✕ ' / '';
    color: var(--_muted);
  }
  progress {
    width: 100%;
    height: 0.75rem;
    accent-color: var(--_f-progress-color);
  }
  details summary {
    cursor: pointer;
    width: fit-content;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    margin-top: var(--_space-s);
    font-size: var(--_font-size-s);
  }
  th,
  td {
    text-align: start;
    padding: var(--_space-xs) var(--_space-s);
    border-bottom: 1px solid var(--_border-subtle);
  }
  td.amount,
  th.amount {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  @container (width < 34rem) {
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    table,
    tbody,
    tr,
    td {
      display: block;
    }
    table {
      position: relative;
    }
    tr {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: var(--_space-xs);
      padding: var(--_space-s) 0;
      border-bottom: 1px solid var(--_border-subtle);
    }
    td,
    td.amount {
      display: grid;
      grid-template-columns: minmax(0, 6rem) minmax(0, 1fr);
      gap: var(--_space-s);
      padding: 0;
      border: 0;
      text-align: start;
      overflow-wrap: anywhere;
    }
    td::before {
      content: attr(data-label);
      color: var(--_muted);
    }
  }
  dialog {
    border: var(--_f-card-border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    padding: var(--_space-l);
    max-width: min(32rem, 90vw);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  dialog .body {
    display: grid;
    gap: var(--_space-m);
  }
`;
