import { css } from 'lit';

export const styles = css`
  .root {
    --_error: var(--pr-builder-error-color, var(--_danger));
    --_line: var(--pr-builder-border-color, var(--_border-subtle));
    display: grid;
    gap: var(--_space-m);
    padding: var(--pr-builder-padding, var(--_space-m));
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
  }
  .root.dragging {
    outline: 2px dashed var(--_accent);
  }
  form,
  .done {
    display: grid;
    gap: var(--_space-m);
  }
  h2 {
    margin: 0;
    font-size: var(--_font-size-l);
  }
  p {
    margin: 0;
  }
  .run,
  .fields,
  .toolbar,
  .actions,
  .footer,
  .undo {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: center;
  }
  .run,
  .fields {
    align-items: start;
  }
  .field {
    display: grid;
    gap: var(--_space-xs);
    flex: 1 1 var(--pr-builder-field-width, 9rem);
    min-width: 0;
  }
  .f-name,
  .f-iban,
  .f-address,
  .f-description {
    flex-grow: 2;
  }
  label:not(.button),
  .hint,
  .muted {
    font-size: var(--_font-size-s);
    color: var(--_muted);
  }
  input,
  select {
    box-sizing: border-box;
    width: 100%;
  }
  [aria-invalid='true'] {
    border: 2px solid var(--_error);
  }
  .error {
    color: var(--_error);
    font-size: var(--_font-size-s);
  }
  .error::before {
    content: '!';
    display: inline-block;
    width: 1.1em;
    margin-inline-end: var(--_space-xs);
    border-radius: 50%;
    background: var(--_error);
    color: var(--_bg);
    text-align: center;
    font-weight: bold;
  }
  .link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
    text-align: start;
  }
  .rows {
    display: block;
    width: 100%;
  }
  .row {
    box-sizing: border-box;
    display: grid;
    grid-template-columns: 2rem 1fr;
    gap: var(--_space-s);
    width: 100%;
    margin: 0;
    padding: var(--_space-s) 0;
    border: 0;
    border-top: 1px solid var(--_line);
    background: var(--pr-builder-row-background, transparent);
  }
  .row > .actions,
  .row > .details {
    grid-column: 2;
  }
  .n {
    padding-top: 1.6em;
    color: var(--_muted);
    text-align: end;
  }
  [hidden] {
    display: none !important;
  }
  .summary,
  .banner {
    display: grid;
    gap: var(--_space-s);
    padding: var(--_space-m);
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
    background: var(--_danger-bg);
  }
  .summary ul {
    margin: 0;
    padding-inline-start: var(--_space-l);
  }
  .footer {
    position: sticky;
    bottom: 0;
    justify-content: space-between;
    padding-block: var(--_space-s);
    background: var(--_bg);
    border-top: 1px solid var(--_line);
  }
  input[type='file']:focus-visible + label {
    box-shadow: var(--_focus-ring);
  }
  .spinner {
    width: 1em;
    height: 1em;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
`;
