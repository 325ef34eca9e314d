/**
 * Deterministic identifiers in the API's formats: the same options and the same calls give the
 * same ids, so tests and stories can rely on them.
 */

const HEX_MACHINE = '5a4db0c0'; // a fixed middle part, so sandbox ids are recognisable
const NUMERIC_BASE = 110747174434373000n; // numeric ids are longer than 2^53, like the real ones

export class Ids {
  #counters = new Map<string, number>();

  constructor(private readonly clock: { now(): number }) {}

  /** A 24-hex id like a Mongo ObjectId: seconds of the sandbox clock, machine part, counter. */
  hex24(): string {
    const seconds = Math.floor(this.clock.now() / 1000) >>> 0;
    return (
      seconds.toString(16).padStart(8, '0') +
      HEX_MACHINE +
      this.#next('hex').toString(16).padStart(8, '0')
    );
  }

  /** A numeric id string (users, buyers). */
  numeric(): string {
    return (NUMERIC_BASE + BigInt(this.#next('numeric'))).toString();
  }

  /** An opaque string with a prefix, e.g. a funding reference or a request-ref. */
  opaque(prefix: string): string {
    return `${prefix}${this.#next(prefix).toString(36).toUpperCase().padStart(6, '0')}`;
  }

  #next(kind: string): number {
    const n = (this.#counters.get(kind) ?? 0) + 1;
    this.#counters.set(kind, n);
    return n;
  }
}
