import { css } from 'lit';

/**
 * The fields (run fields, payment lines, their details), the payment lines and the sticky footer.
 * A field is a subgrid of label / control / messages (hint, error), so the controls of a band line up
 * even when one label wraps. A payment line is one line of columns in a wide builder, two bands in a
 * medium one and a compact form of one or two columns in a narrow one.
 */
const fields = css`
  .fields,
  .run {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12em), 1fr));
    gap: var(--_space-s);
  }
  .field {
    display: grid;
    grid-row: span 3;
    grid-template-rows: subgrid;
    grid-template-columns: minmax(0, 1fr);
    row-gap: var(--_space-xs);
    min-width: 0;
  }
  .field > label {
    align-self: end;
  }
  .field > .error,
  .field > .notes {
    align-self: start;
  }
  .notes {
    display: grid;
    gap: var(--_space-xs);
  }
  [data-field='amount'] {
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
`;

const rows = css`
  .rows {
    display: block;
    width: 100%;
  }
  .row {
    box-sizing: border-box;
    display: grid;
    grid-template-columns: 1.5em minmax(0, 1fr);
    gap: var(--_space-s);
    min-width: 0;
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
    color: var(--_muted);
    text-align: end;
  }
`;

// Narrow: a compact form, name and reference on their own line, the rest in pairs (one column
// when very narrow). Medium: the supplier on the first band, the bank details and amount on the
// second. Wide: one line per payment, the name widest, amounts and codes compact. (Comments stay
// out of the CSS text, which ships as written.)
const bands = css`
  .main {
    grid-template-columns: repeat(2, minmax(0, 1fr));
  }
  .main > .f-name,
  .main > .f-reference,
  .sepa > .f-type,
  .sepa > .f-iban {
    grid-column: span 2;
  }
  @container builder (max-width: 21em) {
    .main {
      grid-template-columns: minmax(0, 1fr);
    }
    .main > .field {
      grid-column: auto;
    }
  }
  @container builder (min-width: 34em) {
    .row {
      grid-template-columns: 2em minmax(0, 1fr);
    }
    .main {
      grid-template-columns: repeat(12, minmax(0, 1fr));
    }
    .main > .field {
      grid-column: span 3;
    }
    .main > .f-name {
      grid-column: span 8;
    }
    .main > .f-type {
      grid-column: span 4;
    }
    .sepa > .f-iban,
    .sepa > .f-reference {
      grid-column: span 7;
    }
    .sepa > .f-bic,
    .sepa > .f-amount {
      grid-column: span 5;
    }
  }
  @container builder (min-width: 56em) {
    .main.fps {
      grid-template-columns:
        minmax(0, 2.6fr) minmax(0, 1.4fr) minmax(0, 1.2fr) minmax(0, 1fr)
        minmax(0, 1.1fr) minmax(0, 1.3fr);
    }
    .main.sepa {
      grid-template-columns:
        minmax(0, 2.2fr) minmax(0, 1.3fr) minmax(0, 2.3fr) minmax(0, 1.2fr)
        minmax(0, 1.1fr) minmax(0, 1.3fr);
    }
    .main > .field {
      grid-column: auto;
    }
  }
`;

// The totals and the submit button stay in view at the bottom of the page. A field focused below
// them scrolls up far enough not to be hidden (WCAG 2.2, 2.4.11): its scroll margin is the
// footer's height, measured into --_footer-size (footer-size.ts).
const footer = css`
  .footer {
    position: sticky;
    bottom: 0;
    z-index: 1;
    justify-content: space-between;
    padding-block: var(--_space-s);
    background: var(--_bg);
    border-top: 1px solid var(--_line);
  }
  form :is(input, select, textarea, button, label.button, [tabindex]) {
    scroll-margin-block-end: calc(var(--_footer-size, 7em) + var(--_space-s));
  }
  .footer :is(button) {
    scroll-margin-block-end: 0;
  }
  .totals {
    flex: 1 1 12em;
  }
  .footer > .button {
    margin-inline-start: auto;
  }
  @container builder (max-width: 34em) {
    .footer {
      gap: var(--_space-xs) var(--_space-s);
      padding-block: var(--_space-xs);
    }
    .totals {
      flex-basis: 9em;
      font-size: var(--_font-size-s);
    }
  }
`;

export const rowStyles = [fields, rows, bands, footer];
