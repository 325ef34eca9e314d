import { css } from 'lit';

/**
 * A table in a wide box; below 46rem of the element's own width (the table's narrowest, in German,
 * with room to spare) every run is a card (its cells stacked with their column's name). Words break
 * between letters only in a run's name (which may be a 24-character id). Chip colours follow `<payment-run-status>`'s.
 */
export const styles = css`
  .root {
    --_gap: var(--pr-payment-run-list-gap, var(--_space-m));
    container: pr-list / inline-size;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
  }
  p {
    margin: 0;
  }
  .muted {
    color: var(--_muted);
    font-size: var(--_font-size-s);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-s) var(--_space-m);
  }
  .field {
    display: grid;
    gap: var(--_space-xs);
    flex: 1 1 9rem;
    min-width: 0;
    font-size: var(--_font-size-s);
  }
  .field input,
  .field select {
    font: inherit;
    min-width: 0;
    width: 100%;
    box-sizing: border-box;
  }
  .field-error {
    color: var(--_danger);
  }
  .chip {
    display: inline-block;
    padding: 0 var(--_space-s);
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    background: var(--_bg-subtle);
    font-size: var(--_font-size-s);
    font-weight: 600;
  }
  .chip[data-tone='success'] {
    color: var(--_success);
    background: var(--_success-bg);
  }
  .chip[data-tone='danger'] {
    color: var(--_danger);
    background: var(--_danger-bg);
  }
  .chip[data-tone='ended'] {
    color: var(--_muted);
    background: transparent;
    border-style: dashed;
  }
  .table-wrap {
    position: relative;
    min-width: 0;
    overflow-x: auto;
  }
  .table-wrap:focus-visible {
    outline: none;
    box-shadow: var(--_focus-ring);
  }
  .runs {
    width: 100%;
    border-collapse: collapse;
  }
  .runs th,
  .runs td {
    padding: var(--_space-s);
    border-bottom: 1px solid var(--_border-subtle);
    text-align: start;
    vertical-align: top;
    overflow-wrap: break-word;
  }
  .runs thead th {
    font-size: var(--_font-size-s);
    color: var(--_muted);
    vertical-align: bottom;
  }
  .runs .col-count,
  .runs .col-total {
    text-align: end;
  }
  .sort {
    display: inline;
    text-align: start;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .arrow {
    /* Stays with the label's last word rather than wrapping alone. */
    margin-inline-start: 0.2em;
    opacity: 0.7;
  }
  tbody tr {
    cursor: pointer;
  }
  tbody tr:hover {
    background: var(--_bg-subtle);
  }
  tbody tr[aria-current='true'] {
    background: var(--_info-bg);
    box-shadow: inset 3px 0 0 var(--_accent);
  }
  .open {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .sort:focus-visible,
  .open:focus-visible {
    outline: none;
    box-shadow: var(--_focus-ring);
    border-radius: 2px;
  }
  .col-needs[data-mine='true'] {
    font-weight: 600;
  }
  .amounts {
    display: inline-grid;
    justify-items: end;
  }
  .amounts span {
    white-space: nowrap;
  }
  .cell-label {
    display: none;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-s) var(--_space-m);
  }
  .pager-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .message {
    display: grid;
    justify-items: start;
    gap: var(--_space-s);
    padding: var(--_space-l) var(--_space-m);
    border: 1px dashed var(--_border-subtle);
    border-radius: var(--_radius);
  }
  .message p {
    font-weight: 600;
  }
  .alert {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s) var(--_space-m);
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_danger-bg);
  }
  .alert[role='status'] {
    border-color: var(--_border);
    background: var(--_bg-subtle);
  }
  .alert span {
    flex: 1 1 12rem;
    min-width: 0;
  }
  .bone {
    height: 2.5rem;
  }

  @container pr-list (max-width: 46rem) {
    .runs,
    .runs tbody,
    .runs tr,
    .runs th,
    .runs td {
      display: block;
    }
    .runs thead tr {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-xs) var(--_space-m);
      padding-bottom: var(--_space-s);
      border-bottom: 1px solid var(--_border-subtle);
    }
    .runs thead th {
      display: block;
      padding: 0;
      border: 0;
    }
    .runs tbody tr {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      gap: var(--_space-xs) var(--_space-m);
      padding: var(--_space-s) 0;
      border-bottom: 1px solid var(--_border-subtle);
    }
    .runs tbody th,
    .runs tbody td {
      padding: 0;
      border: 0;
      text-align: start;
    }
    .runs tbody .col-name,
    .runs tbody .col-needs {
      grid-column: 1 / -1;
    }
    .runs tbody .col-count,
    .runs tbody .col-total {
      text-align: start;
    }
    .amounts {
      justify-items: start;
    }
    .cell-label {
      display: block;
      color: var(--_muted);
      font-size: var(--_font-size-s);
    }
    .runs tbody td:empty,
    .runs tbody td.col-tag:not(:has(span:not(.cell-label):not(:empty))) {
      display: none;
    }
  }
`;
