import type { RowValues } from './rows.js';
import type { PendingIntent } from './submit-controller.js';

/**
 * The draft of a run in `sessionStorage` (this tab only), for hosts that set `draft-key`. It holds
 * what the user typed, and the `idempotency-ref` of a submit whose outcome is not known yet (so a
 * retry after a reload is the same intent); never the token, never anything from the API.
 */
export interface Draft {
  currency: string;
  run: Record<string, string>;
  rows: Partial<RowValues>[];
  intent?: PendingIntent;
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

/**
 * Saves the draft a moment after the last change, so typing stays fast; at once with `now` (a
 * request is about to go: its ref must be kept before any answer can be lost).
 */
export function writeDraft(key: string, draft: () => Draft, now = false): void {
  clearTimeout(timers.get(key));
  const write = () => {
    try {
      sessionStorage.setItem(key, JSON.stringify(draft()));
    } catch {
      // Storage full or blocked: the draft stays in memory only.
    }
  };
  if (now) write();
  else timers.set(key, setTimeout(write, 300));
}

export function dropDraft(key: string): void {
  clearTimeout(timers.get(key));
  sessionStorage.removeItem(key);
}
