import { css } from 'lit';

/** The step timeline of `<payment-run-status>`; queries the `run-status` container (its .root). */
export const timelineStyles = css`
  /*
   * The timeline is a vertical list until the element is wide enough for all six steps side by
   * side: 46em holds the longest words of each step in German, the longest language (733 px of
   * text, icons and gaps at 16 px), so no step wraps alone onto a second row.
   */
  .timeline {
    display: grid;
    gap: var(--_space-xs) var(--_space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .step {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space-xs);
    min-width: 0;
    padding: var(--_space-xs) var(--_space-s);
    border-inline-start: 4px solid var(--_border-subtle);
    overflow-wrap: anywhere;
  }
  .step-icon {
    font-weight: 700;
  }
  @container run-status (min-width: 46em) {
    .timeline {
      grid-template-columns: repeat(6, minmax(0, auto));
    }
    .step {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr);
      align-content: start;
      padding: var(--_space-s) 0 0;
      border-inline-start: none;
      border-top: 4px solid var(--_border-subtle);
    }
    .step-icon {
      grid-row: span 2;
    }
  }
  .step[data-state='done'] {
    border-color: var(--_success);
  }
  .step[data-state='current'] {
    border-color: var(--_accent);
    font-weight: 600;
  }
  .step[data-state='failed'],
  .step[data-state='cancelled'] {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  .step[data-state='warning'] {
    border-color: var(--_warning);
    color: var(--_warning);
  }
`;
