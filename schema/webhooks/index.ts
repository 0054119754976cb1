// The webhooks module (issue 14): sync clients' signed webhooks (Standard Webhooks) of their feed events, with
// retries, a dead-letter list, replays and delivery logs. Signing, delivery, fan-out and URL safety are in api/webhooks;
// the jobs run on the durable queue (api/jobs/queue.ts).
import './errors.js';
import './subscription.js';
import './manage.js';
import './replay.js';
import './reads.js';
import './jobs.js';

export { WebhookDelivery, WebhookSubscription } from './subscription.js';
