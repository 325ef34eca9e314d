import { css } from 'lit';

/**
 * The design tokens every element resolves once, on its inner `.root` wrapper:
 * `--pr-*` set by the host (on the page or the element) win; otherwise the built-in light or
 * dark palette applies (`prefers-color-scheme`, or forced with `theme="light|dark"`).
 * Elements use only the private `--_*` variables below.
 */
const light = css`
  --_fg: var(--pr-color-text, #1b1f24);
  --_muted: var(--pr-color-text-muted, #545b64);
  --_bg: var(--pr-color-surface, #ffffff);
  --_bg-subtle: var(--pr-color-surface-subtle, #f3f4f6);
  --_border: var(--pr-color-border, #8c949e);
  --_border-subtle: var(--pr-color-border-subtle, #d5d9de);
  --_accent: var(--pr-color-accent, #0b5cad);
  --_on-accent: var(--pr-color-on-accent, #ffffff);
  --_danger: var(--pr-color-danger, #b3261e);
  --_danger-bg: var(--pr-color-danger-surface, #fdecea);
  --_success: var(--pr-color-success, #1b6e2d);
  --_success-bg: var(--pr-color-success-surface, #e7f4ea);
  --_warning: var(--pr-color-warning, #8a4b00);
  --_warning-bg: var(--pr-color-warning-surface, #fff4e0);
  --_info-bg: var(--pr-color-info-surface, #e8f1fb);
`;

const dark = css`
  --_fg: var(--pr-color-text, #e8eaed);
  --_muted: var(--pr-color-text-muted, #aab1ba);
  --_bg: var(--pr-color-surface, #16191d);
  --_bg-subtle: var(--pr-color-surface-subtle, #22262b);
  --_border: var(--pr-color-border, #7d8590);
  --_border-subtle: var(--pr-color-border-subtle, #3a4048);
  --_accent: var(--pr-color-accent, #7cb7ff);
  --_on-accent: var(--pr-color-on-accent, #0b1a2b);
  --_danger: var(--pr-color-danger, #ff8a80);
  --_danger-bg: var(--pr-color-danger-surface, #3b1614);
  --_success: var(--pr-color-success, #7ed492);
  --_success-bg: var(--pr-color-success-surface, #142b1a);
  --_warning: var(--pr-color-warning, #ffc266);
  --_warning-bg: var(--pr-color-warning-surface, #33240b);
  --_info-bg: var(--pr-color-info-surface, #132538);
`;

export const theme = css`
  :host {
    display: block;
    font: inherit;
    color-scheme: light dark;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  .root {
    ${light}
    --_radius: var(--pr-radius, 6px);
    --_space-xs: var(--pr-space-xs, 0.25rem);
    --_space-s: var(--pr-space-s, 0.5rem);
    --_space-m: var(--pr-space-m, 1rem);
    --_space-l: var(--pr-space-l, 1.5rem);
    --_font-size-s: var(--pr-font-size-s, 0.875em);
    --_font-size-l: var(--pr-font-size-l, 1.25em);
    --_focus-ring: var(--pr-focus-ring, 0 0 0 2px var(--_bg), 0 0 0 4px var(--_accent));
    color: var(--_fg);
    background: var(--_bg);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) .root {
      ${dark}
    }
  }
  :host([theme='dark']) .root {
    ${dark}
  }
  :focus-visible {
    outline: none;
    box-shadow: var(--_focus-ring);
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0, 0, 0, 0);
    white-space: nowrap;
    border: 0;
  }
`;

/** Buttons shared by the elements: `.button` (secondary), `.button.primary`, `.button.danger`. */
export const buttons = css`
  .button {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    min-height: 2.25rem;
    padding: 0 var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    cursor: pointer;
  }
  .button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  .button.danger {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  .button[aria-disabled='true'],
  .button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
`;

/** Text fields and selects shared by the elements (checkboxes and radios keep the browser's). */
export const fields = css`
  input:where(:not([type='checkbox'], [type='radio'])),
  select {
    min-height: 2.25rem;
    padding: 0 var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
  }
`;

/** The loading skeleton: `.skeleton` holding `.bone`s that pulse (still with reduced motion). */
export const skeleton = css`
  .skeleton {
    display: grid;
    gap: var(--_space-s);
  }
  .bone {
    height: 1rem;
    border-radius: var(--_radius);
    background: var(--_bg-subtle);
    animation: pulse 1.4s ease-in-out infinite;
  }
  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .bone {
      animation: none;
    }
  }
`;
