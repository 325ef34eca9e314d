import { css } from 'lit';

/** The accounts of the "choose" stage; adopted with their part (see `parts.ts`). */
export const choiceStyles = css`
  .warning::before {
    content: '⚠ ' / '';
  }
  .warning {
    background: var(--_warning-bg);
    color: var(--_warning);
    border-radius: var(--_radius);
    padding: var(--_space-xs) var(--_space-s);
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
    grid-template-columns: auto var(--_f-logo-size) minmax(0, 1fr);
    gap: var(--_space-s) var(--_space-m);
    align-items: start;
    padding: var(--_space-s);
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
  }
  .account.other {
    grid-template-columns: var(--_f-logo-size) minmax(0, 1fr);
  }
  fieldset {
    min-width: 0;
  }
  @container (width < 24rem) {
    fieldset {
      padding: var(--_space-s);
    }
    .account {
      gap: var(--_space-xs) var(--_space-s);
    }
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
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-xs);
  }
  .account-name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .facts > li {
    min-width: 0;
    overflow-wrap: anywhere;
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
`;
