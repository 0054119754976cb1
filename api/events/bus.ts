import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub, type PubSub } from 'graphql-yoga';
import { Redis } from 'ioredis';
import { rootLogger } from '../observability/logger.js';
import type { Topics } from './topics.js';

/**
 * The event bus behind subscriptions: publish after a write commits, subscribe from a subscription field. In-process by
 * default (one API instance); through Redis channels when a Redis URL is given, so every instance sharing the Redis
 * server sees every instance's events.
 */
export interface EventBus {
  pubsub: PubSub<Topics>;
  /** Where events travel: `memory` (this process only) or `redis`. */
  kind: 'memory' | 'redis';
  /** Closes the Redis connections (nothing to do in-process). */
  close(): Promise<void>;
}

/** An event bus in this process only. */
export function memoryEventBus(): EventBus {
  return { pubsub: createPubSub<Topics>(), kind: 'memory', close: async () => {} };
}

/**
 * An event bus over Redis (REDIS_URL): two connections, one publishing and one subscribed to the channels in use.
 * Resolves once both are connected, so a bad URL fails at start-up rather than on the first event.
 */
export async function redisEventBus(url: string): Promise<EventBus> {
  const options = { lazyConnect: true, maxRetriesPerRequest: 3 } as const;
  const publishClient = new Redis(url, options);
  const subscribeClient = new Redis(url, options);
  // ioredis reports connection trouble as 'error' events (and reconnects by itself): warn once per outage, and keep the
  // first failure to say why the start-up connection failed.
  let failure: Error | null = null;
  for (const client of [publishClient, subscribeClient]) {
    client.on('error', (error: Error) => {
      if (!failure) rootLogger().warn({ err: error }, 'live events: Redis connection failed');
      failure ??= error;
    });
    client.on('ready', () => {
      failure = null;
    });
  }
  try {
    await Promise.all([publishClient.connect(), subscribeClient.connect()]);
  } catch (error) {
    publishClient.disconnect();
    subscribeClient.disconnect();
    throw failure ?? error;
  }
  // The event target neither awaits nor catches its PUBLISH and SUBSCRIBE commands: a Redis outage would reject them
  // unhandled (and stop the process). A lost live event is only a late refresh for a console, so it is reported instead.
  guard(publishClient, 'publish');
  guard(subscribeClient, 'subscribe');
  guard(subscribeClient, 'unsubscribe');
  const eventTarget = createRedisEventTarget<CustomEvent>({ publishClient, subscribeClient });
  return {
    pubsub: createPubSub<Topics>({ eventTarget }),
    kind: 'redis',
    async close() {
      await Promise.allSettled([publishClient.quit(), subscribeClient.quit()]);
    },
  };
}

/** The configured event bus: over Redis when `redisUrl` is set, in-process otherwise. */
export function openEventBus(redisUrl: string | undefined): Promise<EventBus> {
  return redisUrl ? redisEventBus(redisUrl) : Promise.resolve(memoryEventBus());
}

/** Makes a client's command report its failure (a warning) instead of rejecting a promise nobody awaits. */
function guard(client: Redis, command: 'publish' | 'subscribe' | 'unsubscribe') {
  const send = client[command].bind(client) as (...args: unknown[]) => Promise<unknown>;
  const guarded = (...args: unknown[]) =>
    send(...args).catch((error: Error) =>
      rootLogger().warn({ err: error, command }, 'live events: a Redis command failed'),
    );
  Object.assign(client, { [command]: guarded });
}
