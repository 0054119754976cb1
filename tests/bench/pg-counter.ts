/**
 * A TCP proxy in front of PostgreSQL that counts the SQL statements its clients send: every frontend Query ('Q',
 * simple protocol: one per round trip, however many statements it holds) and Execute ('E', extended protocol: one
 * per prepared statement run) message. A server under test connects through it during the counting pass only, so
 * the measured runs carry no proxy. Transaction control (BEGIN, COMMIT) counts too: it costs a round trip.
 */
import { createConnection, createServer, type Server, type Socket } from 'node:net';

const SSL_REQUEST = 80_877_103;
const GSSENC_REQUEST = 80_877_104;
const CANCEL_REQUEST = 80_877_102;

export interface StatementCounter {
  port: number;
  /** Statements (Q + E messages) since the last reset. */
  readonly count: number;
  reset(): void;
  close(): Promise<void>;
}

export async function startStatementCounter(upstream: { host: string; port: number }): Promise<StatementCounter> {
  let count = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const backend = createConnection(upstream);
    sockets.add(client);
    sockets.add(backend);
    let startup = true;
    let pending: Buffer = Buffer.alloc(0);
    client.on('data', (chunk: Buffer) => {
      backend.write(chunk);
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      // Walk the complete messages; keep a partial one for the next chunk.
      let offset = 0;
      for (;;) {
        if (startup) {
          if (pending.length - offset < 8) break;
          const length = pending.readInt32BE(offset);
          if (pending.length - offset < length) break;
          const code = pending.readInt32BE(offset + 4);
          offset += length;
          // After an SSL or GSS request the client sends its startup message next; after that, typed messages.
          if (code !== SSL_REQUEST && code !== GSSENC_REQUEST && code !== CANCEL_REQUEST) startup = false;
          continue;
        }
        if (pending.length - offset < 5) break;
        const type = pending[offset];
        const length = pending.readInt32BE(offset + 1);
        if (pending.length - offset < length + 1) break;
        if (type === 0x51 /* Q */ || type === 0x45 /* E */) count += 1;
        offset += length + 1;
      }
      pending = offset === pending.length ? Buffer.alloc(0) : pending.subarray(offset);
    });
    backend.on('data', (chunk) => client.write(chunk));
    const close = () => {
      client.destroy();
      backend.destroy();
      sockets.delete(client);
      sockets.delete(backend);
    };
    client.on('error', close);
    backend.on('error', close);
    client.on('close', close);
    backend.on('close', close);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    get count() {
      return count;
    },
    reset() {
      count = 0;
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
