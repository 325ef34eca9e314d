import { css } from 'lit';

export const styles = css`
  .root {
    --_gap: var(--pr-payment-run-status-gap, var(--_space-m));
    display: grid;
    gap: var(--_gap);
    padding: var(--pr-payment-run-status-padding, 0);
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
  .chip {
    display: inline-block;
    padding: 0 var(--_space-s);
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    background: var(--_bg-subtle);
    font-size: var(--_font-size-s);
    font-weight: 600;
    white-space: nowrap;
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
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-l);
    margin: 0;
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
  .timeline {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .step {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: var(--_space-xs);
    flex: 1 1 7rem;
    padding: var(--_space-s);
    border-top: 4px solid var(--_border-subtle);
  }
  .step-icon {
    grid-row: span 2;
    font-weight: 700;
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
