import type { RowValues } from './rows.js';

/**
 * The draft of a run in `sessionStorage` (this tab only), for hosts that set `draft-key`. It holds
 * what the user typed and nothing else: never the token, never anything from the API.
 */
export interface Draft {
  currency: string;
  run: Record<string, string>;
  rows: Partial<RowValues>[];
}

const timers = new Map<string, ReturnType<typeof setTimeout>>();

/** The draft kept under `key`, if there is a readable one with rows. */
export function readDraft(key: string): Draft | undefined {
  try {
    const draft = JSON.parse(sessionStorage.getItem(key) ?? 'null') as Draft | null;
    return draft?.rows?.length ? draft : undefined;
  } catch {
    return undefined; // A draft that cannot be read is dropped, never an error for the user.
  }
}

/** Saves the draft a moment after the last change, so typing stays fast. */
export function writeDraft(key: string, draft: () => Draft): void {
  clearTimeout(timers.get(key));
  timers.set(
    key,
    setTimeout(() => {
      try {
        sessionStorage.setItem(key, JSON.stringify(draft()));
      } catch {
        // Storage full or blocked: the draft stays in memory only.
      }
    }, 300),
  );
}

export function dropDraft(key: string): void {
  clearTimeout(timers.get(key));
  sessionStorage.removeItem(key);
}
