import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/**
 * What a subscriber to a PostgreSQL notification channel (LISTEN) hears: each notification, and whether it is
 * listening at all. While `listening` is false notifications may be missed, so a cache built on them must not
 * be trusted until it is true again.
 */
export interface ChannelHandlers {
  notified(payload: string): void;
  listening(on: boolean): void;
}

/** Stops listening. */
export type Unlisten = () => Promise<void>;

/** LISTEN on the embedded database: one process, one connection, nothing to lose. */
export async function listenPglite(pglite: PGlite, channel: string, handlers: ChannelHandlers): Promise<Unlisten> {
  const unlisten = await pglite.listen(channel, (payload) => handlers.notified(payload));
  handlers.listening(true);
  return async () => {
    handlers.listening(false);
    await unlisten();
  };
}

/**
 * LISTEN on PostgreSQL over a dedicated connection (a pool's connections come and go). When the connection is
 * lost (server restart, failover, network) the subscriber hears `listening(false)` at once, and it reconnects
 * every `retryMs` until it can listen again.
 */
export function listenPostgres(
  url: string,
  channel: string,
  handlers: ChannelHandlers,
  { retryMs = 1000 }: { retryMs?: number } = {},
): Unlisten {
  let client: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | null = null;

  const lost = () => {
    handlers.listening(false);
    client?.removeAllListeners();
    client?.end().catch(() => {});
    client = null;
    if (!stopped && !retry) retry = setTimeout(connect, retryMs);
  };

  async function connect() {
    retry = null;
    const next = new pg.Client({ connectionString: url });
    next.on('error', lost);
    next.on('end', lost);
    next.on('notification', (message) => handlers.notified(message.payload ?? ''));
    client = next;
    try {
      await next.connect();
      // The channel is our constant; identifiers cannot be bound as parameters.
      await next.query(`LISTEN "${channel}"`);
      if (stopped) return void next.end().catch(() => {});
      handlers.listening(true);
    } catch {
      if (client === next) lost();
    }
  }

  void connect();
  return async () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    handlers.listening(false);
    const last = client;
    client = null;
    last?.removeAllListeners();
    await last?.end().catch(() => {});
  };
}
