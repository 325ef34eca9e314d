import { css } from 'lit';
import { rowStyles } from './row.styles.js';

/**
 * The builder sizes itself from its own box, never from the viewport: `.root` is the `builder`
 * container, and the rules below and in `row.styles.ts` query its inline size in `em`, so a
 * larger text size (200 % zoom) reaches the narrow layouts sooner. The padding is a percentage of
 * the host's width (narrower in a narrow host). An error's icon hangs, so a message's second line
 * starts under its first word. (Comments stay out of the CSS text, which ships as written.) What
 * is shown after a submit has its styles in `feedback.styles.ts`, loaded with it.
 */
const formStyles = css`
  .root {
    --_error: var(--pr-builder-error-color, var(--_danger));
    --_line: var(--pr-builder-border-color, var(--_border-subtle));
    container: builder / inline-size;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-m);
    padding: var(--pr-builder-padding, clamp(var(--_space-s), 3%, var(--_space-m)));
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    overflow-wrap: break-word;
  }
  .root.dragging {
    outline: 2px dashed var(--_accent);
  }
  form,
  .done {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-m);
  }
  h2 {
    margin: 0;
    font-size: var(--_font-size-l);
  }
  p {
    margin: 0;
  }
  .toolbar,
  .actions,
  .footer,
  .undo {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: center;
  }
  label:not(.button),
  .hint,
  .muted {
    font-size: var(--_font-size-s);
    color: var(--_muted);
  }
  input:where(:not([type='checkbox'], [type='radio'])),
  select {
    box-sizing: border-box;
    width: 100%;
    min-width: 0;
  }
  [aria-invalid='true'] {
    border: 2px solid var(--_error);
  }
  .load-error {
    display: grid;
    gap: var(--_space-s);
    justify-items: start;
    padding: var(--_space-m);
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
    background: var(--_danger-bg);
  }
  .load-error p {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .error {
    --_icon: calc(1.1em + var(--_space-xs));
    padding-inline-start: var(--_icon);
    text-indent: calc(-1 * var(--_icon));
    color: var(--_error);
    font-size: var(--_font-size-s);
    overflow-wrap: anywhere;
  }
  .error::before {
    content: '!';
    display: inline-block;
    width: 1.1em;
    margin-inline-end: var(--_space-xs);
    text-indent: 0;
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
  [hidden] {
    display: none !important;
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

export const styles = [formStyles, rowStyles];
