import { css } from 'lit';

/** Styles of the import panel, adopted by the builder when the panel loads. */
export const importStyles = css`
  textarea {
    box-sizing: border-box;
    width: 100%;
    min-height: 8rem;
    padding: var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    font-family: monospace;
  }
  .import {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-s);
    padding: var(--_space-m);
    border-radius: var(--_radius);
    background: var(--_bg-subtle);
  }
  .import .check {
    display: flex;
    gap: var(--_space-s);
    align-items: center;
  }
  .import table {
    border-collapse: collapse;
    font-size: var(--_font-size-s);
  }
  .import th,
  .import td {
    padding: var(--_space-xs) var(--_space-s);
    border-bottom: 1px solid var(--_line);
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
`;
