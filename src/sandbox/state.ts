/** Everything one sandbox holds, passed to handlers and the life-cycle functions. */
import type { TokenStore } from './auth.js';
import type { Clock } from './clock.js';
import type { SandboxConfig } from './config.js';
import type { Ids } from './ids.js';
import type {
  BuyerRecord,
  Institution,
  LinkedAccountRecord,
  RunRecord,
  UserRecord,
} from './model.js';
import type { Webhooks } from './webhooks.js';

export interface SandboxState {
  readonly config: SandboxConfig;
  readonly clock: Clock;
  readonly ids: Ids;
  readonly webhooks: Webhooks;
  readonly tokens: TokenStore;
  readonly buyer: BuyerRecord;
  readonly users: UserRecord[];
  readonly runs: Map<string, RunRecord>;
  readonly linkedAccounts: Map<string, LinkedAccountRecord>;
  readonly institutions: readonly Institution[];
}
