import { css, unsafeCSS } from 'lit';

/**
 * The part of the shared palette (`styles/theme.ts`) the badge uses, with the same `--pr-*` names
 * and defaults: the whole theme would not fit the badge's 9 KB budget. A test keeps the two equal.
 */
export const palette = {
  light: {
    fg: ['text', '#1b1f24'],
    muted: ['text-muted', '#545b64'],
    bg: ['surface', '#ffffff'],
    'bg-subtle': ['surface-subtle', '#f3f4f6'],
    accent: ['accent', '#0b5cad'],
    danger: ['danger', '#b3261e'],
    'danger-bg': ['danger-surface', '#fdecea'],
    success: ['success', '#1b6e2d'],
    'success-bg': ['success-surface', '#e7f4ea'],
    warning: ['warning', '#8a4b00'],
    'warning-bg': ['warning-surface', '#fff4e0'],
    'info-bg': ['info-surface', '#e8f1fb'],
  },
  dark: {
    fg: ['text', '#e8eaed'],
    muted: ['text-muted', '#aab1ba'],
    bg: ['surface', '#16191d'],
    'bg-subtle': ['surface-subtle', '#22262b'],
    accent: ['accent', '#7cb7ff'],
    danger: ['danger', '#ff8a80'],
    'danger-bg': ['danger-surface', '#3b1614'],
    success: ['success', '#7ed492'],
    'success-bg': ['success-surface', '#142b1a'],
    warning: ['warning', '#ffc266'],
    'warning-bg': ['warning-surface', '#33240b'],
    'info-bg': ['info-surface', '#132538'],
  },
} as const;

const tokens = (scheme: keyof typeof palette) =>
  unsafeCSS(
    Object.entries(palette[scheme])
      .map(([name, [token, value]]) => `--_${name}:var(--pr-color-${token},${value});`)
      .join(''),
  );

// The host's box sets the width (`max-width: 100%`): long reasons and names wrap inside it.
export const styles = css`
  :host {
    display: inline-block;
    max-width: 100%;
    vertical-align: top;
    font: inherit;
    color-scheme: light dark;
  }
  :host([hidden]) {
    display: none;
  }
  .root {
    ${tokens('light')}
    --_tone: var(--_muted);
    --_tone-bg: var(--_bg-subtle);
    font-size: var(--pr-cop-result-badge-font-size, inherit);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) .root {
      ${tokens('dark')}
    }
  }
  :host([theme='dark']) .root {
    ${tokens('dark')}
  }
  .match {
    --_tone: var(--_success);
    --_tone-bg: var(--_success-bg);
  }
  .close {
    --_tone: var(--_warning);
    --_tone-bg: var(--_warning-bg);
  }
  .no-match {
    --_tone: var(--_danger);
    --_tone-bg: var(--_danger-bg);
  }
  .not-checked {
    --_tone-bg: var(--_info-bg);
  }
  .label,
  .use {
    display: inline-flex;
    align-items: center;
    gap: var(--pr-space-xs, 0.25rem);
    min-height: 1.5rem;
    padding: 0 var(--pr-space-s, 0.5rem);
    border: 1px solid var(--_tone);
    border-radius: var(--pr-cop-result-badge-radius, var(--pr-radius, 6px));
    background: var(--_tone-bg);
    color: var(--_tone);
    max-width: 100%;
    box-sizing: border-box;
    font: inherit;
    font-weight: 600;
    text-align: start;
  }
  button {
    cursor: pointer;
  }
  :focus-visible {
    outline: none;
    box-shadow: var(--pr-focus-ring, 0 0 0 2px var(--_bg), 0 0 0 4px var(--_accent));
  }
  svg {
    flex: none;
    width: 1em;
    height: 1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  [aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }
  .details {
    max-width: 40ch;
    color: var(--_fg);
    overflow-wrap: break-word;
  }
  .name {
    overflow-wrap: anywhere;
  }
  p {
    margin: var(--pr-space-xs, 0.25rem) 0;
  }
  .code {
    color: var(--_muted);
    font-size: var(--pr-font-size-s, 0.875em);
  }
`;
