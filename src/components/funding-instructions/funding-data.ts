import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveElement } from 'lit';
import type { PaymentRunClient } from '../../api/client.js';
import type {
  FundingInstruction,
  FundingInstructions as Instructions,
} from '../../api/schemas/funding.js';
import type { LinkedAccount } from '../../api/schemas/linked-account.js';
import type { PaymentRun } from '../../api/schemas/payment-run.js';
import { emit } from '../shared/emit.js';
import { AccountChoice, accountFor } from './account-choice.js';
import { accountsForExistingGroups } from './accounts.js';
import type { FundingErrorDetail } from './events.js';
import {
  fundingStage,
  isFinalGroup,
  isTerminalRun,
  runCurrencies,
  type FundingStage,
} from './run-state.js';

export type FundingAction = FundingErrorDetail['action'];

export interface FundingDataOptions {
  api(): PaymentRunClient;
  /** Id of the run to read. */
  runId(): string;
  /** What else reading the run depends on (client, API base, token endpoint): a change reads it again. */
  clientConfig(): readonly unknown[];
  /** Whether the user may fund: the linked accounts and groups are read only then. */
  mayFund(): boolean;
}

type RunArgs = readonly [string, ...unknown[]];

/** Fires `payment-run-error` for a failed call, unless it was aborted or the element left the page. */
export function reportFailure(host: HTMLElement, error: unknown, action: FundingAction): void {
  if (!host.isConnected || (error as { name?: string } | undefined)?.name === 'AbortError') return;
  emit(host, 'payment-run-error', { error, action });
}

/** Whether a failure says the run, an account or a parallel request moved on (409). */
export const isConflict = (error: unknown) =>
  (error as { kind?: string } | undefined)?.kind === 'conflict';

/** The reason every call is aborted with when the element leaves the page. */
export const leftThePage = () => new DOMException('The element left the page.', 'AbortError');

/**
 * Reads the run, then what funding it needs: the linked accounts once it can be funded, its
 * funding groups once funding has started. The run is read again when its id or the client
 * changes; every read is aborted when the host leaves the page.
 */
export class FundingData implements ReactiveController {
  /** The account the user chose per currency. */
  readonly choice: AccountChoice;
  /** Reads the run. */
  readonly runTask: Task<RunArgs, PaymentRun | undefined>;
  /** Reads the linked accounts. */
  readonly accountsTask: Task<readonly [], LinkedAccount[]>;
  /** Reads the funding groups (through `/fund`, with the accounts funding started with). */
  readonly groupsTask: Task<readonly [string, string[]], Instructions>;
  /** What the run is at, as of the host's last update. */
  stage?: FundingStage;
  #run?: PaymentRun;
  #accounts?: LinkedAccount[];
  #groups: FundingInstruction[] = [];
  /** The accounts funding was started with here; otherwise derived from the linked accounts. */
  #fundedWith?: string[];
  readonly #host: ReactiveElement;
  readonly #options: FundingDataOptions;

  constructor(host: ReactiveElement, options: FundingDataOptions) {
    this.#host = host;
    this.#options = options;
    this.choice = new AccountChoice(host);
    this.runTask = new Task(host, {
      args: (): RunArgs => [options.runId(), ...options.clientConfig()],
      task: async ([id], { signal }) =>
        id ? options.api().getPaymentRun(id, { signal }) : undefined,
      onComplete: (run) => {
        if (run) this.accept(run);
      },
      onError: (error) => reportFailure(host, error, 'load'),
    });
    this.accountsTask = new Task(host, {
      autoRun: false,
      task: async (_: readonly [], { signal }) =>
        (await options.api().listLinkedAccounts({ signal })).linkedAccounts,
      onComplete: (accounts) => this.#acceptAccounts(accounts),
      onError: (error) => reportFailure(host, error, 'list-linked-accounts'),
    });
    this.groupsTask = new Task(host, {
      autoRun: false,
      task: ([id, ids]: readonly [string, string[]], { signal }) =>
        options.api().fundPaymentRun(id, ids, { signal }),
      onComplete: (answer: Instructions) => this.#setGroups(answer.fundingInstructions ?? []),
      onError: (error) => reportFailure(host, error, 'refresh-groups'),
    });
    host.addController(this);
  }

  get run(): PaymentRun | undefined {
    return this.#run;
  }

  get accounts(): LinkedAccount[] | undefined {
    return this.#accounts;
  }

  get groups(): FundingInstruction[] {
    return this.#groups;
  }

  hostUpdate(): void {
    this.stage = this.#run ? fundingStage(this.#run, this.#groups) : undefined;
  }

  hostDisconnected(): void {
    const reason = leftThePage();
    for (const task of [this.runTask, this.accountsTask, this.groupsTask]) task.abort(reason);
  }

  /** Reads the run again, and its linked accounts and funding groups where they matter. */
  async refresh(): Promise<void> {
    await this.runTask.run();
    await this.loadDependents();
  }

  /** Shows `run` and reads what it now needs. */
  accept(run: PaymentRun): void {
    this.#run = run;
    this.#host.requestUpdate();
    void this.loadDependents();
  }

  /** Another run: forget everything read about this one. */
  clear(): void {
    this.#run = undefined;
    this.#accounts = undefined;
    this.#groups = [];
    this.#fundedWith = undefined;
    this.choice.clear();
  }

  /** The linked accounts may have changed (a refused start): read them again on the next refresh. */
  forgetAccounts(): void {
    this.#accounts = undefined;
    this.#host.requestUpdate();
  }

  /** Funding started here with `ids` and answered with `groups`. */
  started(ids: string[], groups: FundingInstruction[]): void {
    this.#fundedWith = ids;
    this.#setGroups(groups);
  }

  /** Linked accounts once the run can be funded; its groups once funding has started. */
  async loadDependents(): Promise<void> {
    const run = this.#run;
    if (!run) return;
    const stage = fundingStage(run, this.#groups);
    if (stage !== 'choose' && stage !== 'funding') return;
    if (!this.#options.mayFund()) return;
    if (!this.#accounts) {
      if (this.accountsTask.status !== TaskStatus.PENDING) await this.accountsTask.run([]);
      else await this.accountsTask.taskComplete.catch(() => undefined);
    }
    if (fundingStage(run, this.#groups) === 'funding') await this.#refreshGroups();
  }

  /** The accounts to ask `/fund` for the run's groups: those funding was started with here, else guessed. */
  fundingIds(): string[] {
    if (this.#fundedWith) return this.#fundedWith;
    if (!this.#run || !this.#accounts) return [];
    return accountsForExistingGroups(this.#accounts, runCurrencies(this.#run));
  }

  /** The linked account a group in `currency` is paid from. */
  accountFor(currency: string): string {
    const ids = this.#fundedWith ?? [...Object.values(this.choice.selection), ...this.fundingIds()];
    return accountFor(currency, ids, this.#accounts);
  }

  /** Whether polling can find something new: the run is not ready yet, or is being funded. */
  get changing(): boolean {
    const run = this.#run;
    if (!run || !this.#host.isConnected) return false;
    if (this.stage === 'waiting') return true;
    if (this.stage !== 'funding') return false;
    return !isTerminalRun(run) || !this.#groups.every(isFinalGroup);
  }

  /** One check; a failed read shows itself and counts as nothing new. */
  async poll(): Promise<'changed' | 'same'> {
    const before = this.#signature();
    await this.refresh();
    return this.#signature() !== before ? 'changed' : 'same';
  }

  #signature(): string {
    const run = this.#run;
    return JSON.stringify([
      run?.status,
      run?.payments.map((p) => p.status),
      this.#groups.map((g) => [g.status, g.fundingDate]),
    ]);
  }

  #setGroups(groups: FundingInstruction[]): void {
    this.#groups = groups;
    this.#host.requestUpdate();
  }

  #acceptAccounts(accounts: LinkedAccount[]): void {
    this.#accounts = accounts;
    this.choice.accountsRead(accounts, this.#run ? runCurrencies(this.#run) : []);
  }

  async #refreshGroups(): Promise<void> {
    // One /fund call at a time: the API refuses concurrent ones (FUNDING_REQUEST_IN_PROGRESS).
    if (this.groupsTask.status === TaskStatus.PENDING) {
      await this.groupsTask.taskComplete.catch(() => undefined);
      return;
    }
    const ids = this.fundingIds();
    if (!ids.length) return;
    await this.groupsTask.run([this.#options.runId(), ids]);
  }
}
