/**
 * The UI that only some stages of `<funding-instructions>` need, loaded with `import()` the first
 * time a stage needs it, so the first paint carries the header, notices and errors only.
 */
import {
  adoptStyles,
  supportsAdoptingStyleSheets,
  type CSSResult,
  type ReactiveController,
  type ReactiveElement,
  type TemplateResult,
} from 'lit';
import type { PaymentRunClient } from '../../api/client.js';
import { NetworkError } from '../../api/errors/network-error.js';
import { OnDemand } from '../shared/on-demand.js';
import type { I18nController } from '../../i18n/i18n-controller.js';
import type { ChoicePart } from './choice-part.js';
import { reportFailure, type FundingAction, type FundingData } from './funding-data.js';
import type { GroupActionsHost } from './group-actions.js';
import type { GroupsPart } from './groups-part.js';
import { errorView, skeletonView, type View } from './views.js';

/**
 * Where the parts come from: plain relative `import()`s, which every build (npm, CDN) turns into
 * files of their own. Tests swap a loader here to make a part fail to load.
 */
export const partLoaders = {
  /** Once the run awaits funding: the accounts of each currency and "Start funding". */
  choice: () => import('./choice-part.js'),
  /** Once funding has started: the groups, their progress, Pay and Cancel, the cancel dialog. */
  groups: () => import('./groups-part.js'),
};

/** What the parts need of the element. */
export interface PartOptions {
  api(): PaymentRunClient;
  data: FundingData;
  i18n: I18nController;
  /** The element's English table: each part's texts join it once the part is loaded. */
  texts: Record<string, string>;
  /** Whether the user may fund, pay and cancel. */
  mayFund(): boolean;
  /** Says an outcome in the element's live region. */
  announce(text: string): void;
  /** Focuses what `selector` finds once the element has rendered. */
  focus(selector: string): Promise<void>;
}

/** How a part shows while it loads, and when it could not be loaded. */
export interface PartStates {
  /** What the skeleton says while the part loads (with what it shows, e.g. the accounts). */
  loading: string;
  onRetry: () => void;
}

/**
 * A part of the element loaded on demand, once: the first update that `needed()` approves starts
 * loading it. A failed load (offline, a dropped connection) is a `NetworkError`, shown with
 * Retry, and is tried again by `retry()` or `load()`.
 */
export class LazyPart<T> implements ReactiveController {
  readonly #part: OnDemand<T>;
  readonly #name: string;
  readonly #needed: () => boolean;
  #started = false;

  /** `action`: what `payment-run-error` says the element was doing when the part failed to load. */
  constructor(
    host: ReactiveElement,
    [name, action]: [string, FundingAction],
    load: () => Promise<T>,
    needed: () => boolean,
  ) {
    this.#name = name;
    this.#needed = needed;
    this.#part = new OnDemand(host, () =>
      load().catch((cause: unknown) => {
        const error = new NetworkError(`The ${name} part could not be loaded.`, { cause });
        reportFailure(host, error, action);
        throw error;
      }),
    );
    host.addController(this);
  }

  /** The part, once loaded. */
  get value(): T | undefined {
    return this.#part.value;
  }

  hostUpdate(): void {
    if (!this.#started && this.#needed()) void this.load();
  }

  /** Loads the part unless it is loaded or loading; resolves with it, `undefined` if it failed. */
  async load(): Promise<T | undefined> {
    this.#started = true;
    return this.#part.load().catch(() => undefined);
  }

  /** Loads the part again if it could not be loaded. */
  async retry(): Promise<void> {
    if (this.#part.error !== undefined) await this.load();
  }

  /** `complete(part)` once loaded; until then a skeleton, or the failure (`#<name>-error`). */
  render(v: View, states: PartStates, complete: (part: T) => TemplateResult): TemplateResult {
    const skeleton = () => skeletonView(states.loading);
    return this.#part.render({
      initial: skeleton,
      pending: skeleton,
      complete,
      error: (error) => errorView(v, error, states.onRetry, `${this.#name}-error`),
    }) as TemplateResult;
  }
}

/** The parts of the element: each loads once its stage shows, with what it needs of the element. */
export class FundingParts {
  readonly choice: LazyPart<ChoicePart>;
  readonly groups: LazyPart<GroupsPart>;

  constructor(host: GroupActionsHost, options: PartOptions) {
    const { data } = options;
    this.choice = new LazyPart(
      host,
      ['choice', 'fund'],
      async () => {
        const { ChoicePart, strings } = await partLoaders.choice();
        Object.assign(options.texts, strings);
        return new ChoicePart(host, { ...options, loadGroups: () => this.groups.load() });
      },
      // In the update that shows the stage, so while the linked accounts are read: the skeleton
      // of the accounts covers both.
      () => data.stage === 'choose' && options.mayFund(),
    );
    this.groups = new LazyPart(
      host,
      ['groups', 'refresh-groups'],
      async () => {
        const { GroupsPart, strings } = await partLoaders.groups();
        Object.assign(options.texts, strings);
        return new GroupsPart(host, options);
      },
      // Groups are read only for a user who may fund; ones read before the roles changed show.
      () => data.stage === 'funding' && (options.mayFund() || data.groups.length > 0),
    );
  }

  /** Starting funding, paying or cancelling a group is under way. */
  get busy(): boolean {
    return !!this.choice.value?.busy || !!this.groups.value?.busy;
  }

  /** Another run: forget what was done with the groups of this one. */
  clear(): void {
    this.groups.value?.actions.clear();
  }

  /** Loads again the parts that could not be loaded. */
  async retry(): Promise<void> {
    await Promise.all([this.choice.retry(), this.groups.retry()]);
  }
}

/** Adds a part's styles after the element's own, as Lit adopts them. */
export function adoptPartStyles(host: ReactiveElement, styles: CSSResult): void {
  const root = host.renderRoot as ShadowRoot;
  const sheet = supportsAdoptingStyleSheets ? styles.styleSheet : undefined;
  if (sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  else adoptStyles(root, [styles]); // without constructable sheets, Lit appends a <style>
}
