/**
 * The life of a run as six steps, and where a status puts it. Terminal states say which step
 * ended the run: INVALID at validation, SCA_FAILED at authorisation, CANCELLED wherever the run
 * was when it was cancelled, COMPLETED_WITH_ERRORS at execution.
 */
export const STEPS = [
  'created',
  'validated',
  'confirmed',
  'authorised',
  'funded',
  'executed',
] as const;
export type Step = (typeof STEPS)[number];

/** `done`, `current` (in progress), `todo`, or how the step ended the run. */
export type StepState =
  'done' | 'current' | 'todo' | 'failed' | 'warning' | 'cancelled' | 'skipped';

/** The step a run is at while it is in progress. */
const CURRENT_STEP: Record<string, number> = {
  QUEUED: 1,
  PENDING_CONFIRMATION: 2,
  PENDING_CHALLENGE: 3,
  SCA_FAILED: 3,
  PENDING_FUNDING: 4,
  EXECUTING: 5,
};

/**
 * The state of each step for `status`. `before` is the status the run had before it was
 * cancelled, when known (the API does not say; the element remembers what it saw).
 */
export function timeline(status: string, before?: string): StepState[] {
  const upTo = (index: number, at: StepState, after: StepState) =>
    STEPS.map((_, i) => (i < index ? 'done' : i === index ? at : after));
  switch (status) {
    case 'COMPLETED':
      return STEPS.map(() => 'done');
    case 'COMPLETED_WITH_ERRORS':
      return upTo(5, 'warning', 'todo');
    case 'INVALID':
      return upTo(1, 'failed', 'skipped');
    case 'SCA_FAILED':
      return upTo(3, 'failed', 'todo');
    case 'CANCELLED':
      return upTo((before && CURRENT_STEP[before]) || 1, 'cancelled', 'skipped');
    default:
      // A status this library does not know: only "created" is certain.
      return upTo(CURRENT_STEP[status] ?? 1, status in CURRENT_STEP ? 'current' : 'todo', 'todo');
  }
}
