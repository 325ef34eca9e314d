import { css } from 'lit';

/**
 * Styles of what the builder shows after a submit (error summary, banner, the created run),
 * adopted with `feedback.ts` on the first submit, not at first paint. The summary's buttons are
 * inline blocks aligned to the top: on the baseline, their list marker would sit on their last
 * line.
 */
export const feedbackStyles = css`
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
    display: grid;
    gap: var(--_space-xs);
    margin: 0;
    padding-inline-start: var(--_space-l);
  }
  .summary li > .link {
    vertical-align: top;
  }
  .done > .button {
    justify-self: start;
  }
  .done dl {
    display: grid;
    grid-template-columns: fit-content(50%) minmax(0, 1fr);
    gap: var(--_space-xs) var(--_space-m);
    margin: 0;
  }
  .done dt {
    color: var(--_muted);
  }
  .done dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
`;
