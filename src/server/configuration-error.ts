/**
 * A host-side helper was created with an option that cannot work (`toleranceMs: NaN` from an
 * unset environment variable, a negative limit, a missing key). Thrown at creation, never later,
 * so a misconfigured server fails on start instead of silently turning a check off.
 * A `TypeError`, so code that caught those before still does.
 */
export class ServerConfigurationError extends TypeError {
  override readonly name = 'ServerConfigurationError';
  /** The option at fault, e.g. `toleranceMs`. */
  readonly option: string;

  constructor(option: string, message: string) {
    super(`${option}: ${message}`);
    this.option = option;
  }
}

/** `value`, or `fallback` when undefined; anything but a whole number in `[min, max]` throws. */
export function wholeNumberOption(
  option: string,
  value: number | undefined,
  fallback: number,
  min = 0,
  max = Number.MAX_SAFE_INTEGER,
): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new ServerConfigurationError(
      option,
      `expected a whole number from ${min} to ${max}, got ${String(value)}`,
    );
  }
  return value;
}
