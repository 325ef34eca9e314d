import { css } from 'lit';

/**
 * `--pr-funding-*` properties fall back to the shared `--_*` tokens of `theme`, which fall back
 * to the built-in palette.
 */
export const styles = css`
  .root {
    --_f-gap: var(--pr-funding-gap, var(--_space-m));
    --_f-card-bg: var(--pr-funding-card-background, var(--_bg));
    --_f-card-border: var(--pr-funding-card-border, 1px solid var(--_border-subtle));
    --_f-progress-color: var(--pr-funding-progress-color, var(--_accent));
    --_f-logo-size: var(--pr-funding-logo-size, 2rem);
    display: grid;
    gap: var(--_f-gap);
    padding: var(--pr-funding-padding, 0);
  }
  h2,
  h3,
  h4,
  p {
    margin: 0;
  }
  h2 {
    font-size: var(--_font-size-l);
  }
  h3 {
    font-size: 1.1em;
  }
  h4 {
    font-size: 1em;
  }
  .muted {
    color: var(--_muted);
  }
  .small {
    font-size: var(--_font-size-s);
  }
  header,
  section,
  [role='group'] {
    display: grid;
    gap: var(--_space-s);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: center;
  }
  .card {
    background: var(--_f-card-bg);
    border: var(--_f-card-border);
    border-radius: var(--_radius);
    padding: var(--_space-m);
    display: grid;
    gap: var(--_space-s);
  }
  .reason {
    color: var(--_muted);
    font-size: var(--_font-size-s);
  }
  .notice {
    background: var(--_info-bg);
    border-radius: var(--_radius);
    padding: var(--_space-m);
    display: grid;
    gap: var(--_space-s);
  }
  .alert {
    background: var(--_danger-bg);
    color: var(--_danger);
    border-radius: var(--_radius);
    padding: var(--_space-s) var(--_space-m);
    display: grid;
    gap: var(--_space-s);
    justify-items: start;
  }
  .alert:empty {
    display: none;
  }
  .alert::before,
  .warning::before {
    content: '⚠ ' / '';
  }
  .warning {
    background: var(--_warning-bg);
    color: var(--_warning);
    border-radius: var(--_radius);
    padding: var(--_space-xs) var(--_space-s);
  }
  .steps {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-l);
    padding: 0;
    margin: 0;
    list-style: none;
  }
  .steps li::before {
    content: '○ ' / '';
  }
  .steps li.done::before {
    content: '✓ ' / '';
    color: var(--_success);
  }
  .steps li[aria-current='step'] {
    font-weight: 600;
  }
  .steps li[aria-current='step']::before {
    content: '● ' / '';
    color: var(--_accent);
  }
  fieldset {
    border: var(--_f-card-border);
    border-radius: var(--_radius);
    margin: 0;
    padding: var(--_space-m);
    display: grid;
    gap: var(--_space-s);
  }
  legend {
    font-weight: 600;
    padding: 0 var(--_space-xs);
  }
  .accounts {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-s);
  }
  .account {
    display: grid;
    grid-template-columns: auto var(--_f-logo-size) 1fr;
    gap: var(--_space-s) var(--_space-m);
    align-items: start;
    padding: var(--_space-s);
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
  }
  .account.other {
    grid-template-columns: var(--_f-logo-size) 1fr;
  }
  .account:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .account.unusable {
    background: var(--_bg-subtle);
  }
  .account input {
    margin: 0.3em 0 0;
    width: 1.1rem;
    height: 1.1rem;
    accent-color: var(--_accent);
  }
  .logo {
    width: var(--_f-logo-size);
    height: var(--_f-logo-size);
    border-radius: calc(var(--_radius) / 2);
    object-fit: contain;
  }
  .account-body {
    display: grid;
    gap: var(--_space-xs);
  }
  .account-name {
    font-weight: 600;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-m);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: var(--_font-size-s);
    color: var(--_muted);
  }
  .groups {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-m);
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
    grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
    gap: var(--_space-s) var(--_space-m);
    margin: 0;
  }
  dt {
    font-size: var(--_font-size-s);
    color: var(--_muted);
  }
  dd {
    margin: 0;
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
  .bone.wide {
    height: 3.5rem;
  }
`;
