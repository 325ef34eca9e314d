/**
 * Fault rules: the first rule matching a call decides its fault; a rule with `times` is used up
 * after that many calls.
 */
import type { FaultRule, SandboxFaults } from './types.js';

interface Entry {
  rule: FaultRule;
  remaining: number | undefined;
}

export class Faults implements SandboxFaults {
  #entries: Entry[] = [];

  add(rule: FaultRule): () => void {
    const entry: Entry = { rule, remaining: rule.times };
    this.#entries.push(entry);
    return () => {
      this.#entries = this.#entries.filter((e) => e !== entry);
    };
  }

  clear(): void {
    this.#entries = [];
  }

  /** The rule for this call, counting it against the rule's `times`. */
  take(method: string, path: string): FaultRule | undefined {
    const entry = this.#entries.find(({ rule }) => matches(rule, method, path));
    if (!entry) return undefined;
    if (entry.remaining !== undefined) {
      entry.remaining -= 1;
      if (entry.remaining <= 0) this.#entries = this.#entries.filter((e) => e !== entry);
    }
    return entry.rule;
  }
}

function matches(rule: FaultRule, method: string, path: string): boolean {
  if (rule.times !== undefined && rule.times <= 0) return false;
  if (rule.method && rule.method.toUpperCase() !== method.toUpperCase()) return false;
  if (rule.path === undefined) return true;
  if (typeof rule.path === 'string') return rule.path === path;
  rule.path.lastIndex = 0; // a /g RegExp would otherwise remember the last match
  return rule.path.test(path);
}
