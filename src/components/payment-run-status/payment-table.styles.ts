import { css } from 'lit';

/**
 * The payments table of `<payment-run-status>`: its own scroll region in a wide container, one
 * card per payment below 46rem. Measured: with the checkbox, Status and Edit columns the table's
 * narrowest is 760 px in English and German, 779 px in French; from 46rem (736 px) the region
 * scrolls sideways by at most a few dozen pixels, below that cards read better than scrolling.
 */
export const tableStyles = css`
  .payments {
    display: grid;
    gap: var(--_space-s);
    min-width: 0;
    container: payments / inline-size;
  }
  .table-wrap {
    /* The containing block of the rows' visually hidden text, which would else escape it. */
    position: relative;
    min-width: 0;
    /* What changes inside (rows coming into view) lays out and paints nothing outside. */
    contain: layout paint;
    overflow: auto;
    max-height: var(--pr-payment-run-status-list-height, 32rem);
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
  }
  .table-wrap:focus-visible {
    outline: none;
    box-shadow: var(--_focus-ring);
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    padding: var(--_space-xs) var(--_space-s);
    border-bottom: 1px solid var(--_border-subtle);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--_bg-subtle);
    font-size: var(--_font-size-s);
  }
  tbody th {
    font-weight: 400;
  }
  tr.spacer td {
    padding: 0;
    border: 0;
  }
  .supplier .muted {
    display: block;
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .account {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .sort {
    all: unset;
    display: inline-flex;
    gap: 0.25em;
    align-items: baseline;
    white-space: nowrap;
    cursor: pointer;
    font-weight: 600;
  }
  .sort:focus-visible {
    box-shadow: var(--_focus-ring);
  }

  @container payments (width < 46rem) {
    table,
    tbody,
    tr.spacer,
    tr.spacer td {
      display: block;
    }
    thead {
      display: block;
      position: sticky;
      top: 0;
      z-index: 1;
      background: var(--_bg-subtle);
    }
    thead tr {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-xs) var(--_space-m);
      align-items: center;
      padding: var(--_space-xs) var(--_space-s);
      border-bottom: 1px solid var(--_border-subtle);
    }
    thead th {
      position: static;
      padding: 0;
      border: 0;
      background: none;
    }
    thead th.plain {
      display: none;
    }
    tbody tr[data-id] {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr) auto;
      gap: var(--_space-xs) var(--_space-s);
      padding: var(--_space-s);
      border-bottom: 1px solid var(--_border-subtle);
    }
    tbody tr[data-id] > * {
      display: block;
      padding: 0;
      border: 0;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    tbody cop-result-badge {
      overflow-wrap: normal;
    }
    tbody .select {
      grid-area: 1 / 1;
    }
    tbody .supplier {
      grid-area: 1 / 2;
      font-weight: 600;
    }
    tbody .num {
      grid-area: 1 / 3;
    }
    tbody .reference {
      grid-area: 2 / 2;
    }
    tbody .account {
      grid-area: 2 / 3;
      text-align: end;
    }
    tbody .status,
    tbody .cop {
      grid-column: 2;
    }
    tbody .edit {
      grid-column: 3;
      align-self: end;
      text-align: end;
    }
  }
`;
