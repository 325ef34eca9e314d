/** Every route the sandbox serves. */
import type { Route } from '../router.js';
import { authRoutes } from './auth.js';
import { fundingRoutes } from './funding.js';
import { institutionRoutes } from './institutions.js';
import { linkedAccountRoutes } from './linked-accounts.js';
import { paymentRunRoutes } from './payment-runs.js';
import { runActionRoutes } from './run-actions.js';
import { simulateRoutes } from './simulate.js';

export const ROUTES: readonly Route[] = [
  ...paymentRunRoutes,
  ...runActionRoutes,
  ...fundingRoutes,
  ...linkedAccountRoutes,
  ...institutionRoutes,
  ...authRoutes,
  ...simulateRoutes,
];
