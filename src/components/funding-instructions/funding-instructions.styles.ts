import { css } from 'lit';

/**
 * `--pr-funding-*` properties fall back to the shared `--_*` tokens of `theme`, which fall back
 * to the built-in palette. The styles of the parts loaded on demand come with them
 * (`choice-part.styles.ts`, `groups-part.styles.ts`). `.root` is the container of the container
 * queries: the element's own width, not the viewport's, decides its layout.
 */
export const styles = css`
  .root {
    --_f-gap: var(--pr-funding-gap, var(--_space-m));
    --_f-card-bg: var(--pr-funding-card-background, var(--_bg));
    --_f-card-border: var(--pr-funding-card-border, 1px solid var(--_border-subtle));
    --_f-progress-color: var(--pr-funding-progress-color, var(--_accent));
    --_f-logo-size: var(--pr-funding-logo-size, 2rem);
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_f-gap);
    padding: var(--pr-funding-padding, 0);
    container-type: inline-size;
    overflow-wrap: break-word;
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
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-s);
    min-width: 0;
  }
  .toolbar > * {
    min-width: 0;
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
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-s);
  }
  @container (width < 24rem) {
    .card,
    .notice {
      padding: var(--_space-s);
    }
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
  .alert::before {
    content: '⚠ ' / '';
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
  .bone.wide {
    height: 3.5rem;
  }
`;
