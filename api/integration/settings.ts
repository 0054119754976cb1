/**
 * Provincial integration settings (config `integration`): sync clients' assertions, idempotency keys, webhooks and
 * exports. The app passes them to the context (`context.integration`) and to the job workers.
 */
import { type Config, DEVELOPMENT_CREDENTIAL_KEY_SECRET } from '../config.js';

/** See Config['integration'] (api/config.ts) for each setting. */
export type IntegrationSettings = Config['integration'];

/** Outside production, without configuration (tests shorten the webhook delays themselves). */
export const DEVELOPMENT_INTEGRATION_SETTINGS: IntegrationSettings = {
  assertionMaxSeconds: 3600,
  idempotencyTtlHours: 24,
  webhookMaxAttempts: 8,
  webhookBackoffSeconds: 10,
  webhookTimeoutSeconds: 10,
  webhookAllowPrivateUrls: true,
  exportKeepHours: 24,
  secretKey: DEVELOPMENT_CREDENTIAL_KEY_SECRET,
};
