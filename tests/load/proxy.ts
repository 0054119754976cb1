/**
 * A local round-robin load balancer in front of several API instances (http-proxy, keep-alive to the upstreams), as
 * any load balancer would stand in front of Tisheng: each request goes to the next instance. An upstream that fails
 * answers 502, which the load counts as a failure.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import httpProxy from 'http-proxy';

export interface RoundRobin {
  origin: string;
  /** Requests sent to each upstream, in the order given. */
  counts: number[];
  close(): Promise<void>;
}

export async function startRoundRobin(upstreams: string[], maxSockets: number): Promise<RoundRobin> {
  // An idle upstream connection is dropped after 4 s, before the API's server closes it (Node's keepAliveTimeout,
  // 5 s): otherwise a request may go out on a connection the server is closing and fail with ECONNRESET (502). Load
  // balancers in front of Tisheng need the same: an idle timeout to the instances below 5 s.
  const agent = new http.Agent({ keepAlive: true, maxSockets, timeout: 4000 });
  const proxy = httpProxy.createProxyServer({ agent, xfwd: false });
  const counts = upstreams.map(() => 0);
  let next = 0;
  proxy.on('error', (error, _request, response) => {
    const res = response as http.ServerResponse;
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
    res.end(`proxy: ${error.message}`);
  });
  const server = http.createServer((request, response) => {
    const i = next;
    next = (next + 1) % upstreams.length;
    counts[i] = (counts[i] ?? 0) + 1;
    proxy.web(request, response, { target: upstreams[i] });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    counts,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      proxy.close();
      agent.destroy();
    },
  };
}
