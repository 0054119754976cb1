// Responses carry their JSON as UTF-8 bytes, encoded once (api/http/utf8-response.ts): the declared length is the
// bytes' length and the Chinese text arrives intact, in-process (`yoga.fetch`) and over a socket (Node's adapter).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Utf8Response } from '../../api/http/utf8-response.js';
import { type TestApp, testApp } from '../kit/app.js';
import type { CatalogueRef } from '../kit/world.js';

let t: TestApp;
let national: CatalogueRef;
let server: Server;
let origin: string;

beforeAll(async () => {
  t = await testApp();
  national = await t.world.catalogue();
  server = createServer(t.app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await t.close();
});

const request = () => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify({
    query: 'query($id: ID!) { catalogue(id: $id) { competencies(first: 30) { nodes { code nameZh } } } }',
    variables: { id: national.gid },
  }),
});

/** The response's bytes: their declared length, their count, and the JSON they decode to. */
async function read(response: Response) {
  const bytes = Buffer.from(await response.arrayBuffer());
  return {
    declared: Number(response.headers.get('content-length')),
    length: bytes.length,
    type: response.headers.get('content-type'),
    body: JSON.parse(bytes.toString('utf8')) as {
      data: { catalogue: { competencies: { nodes: Array<{ code: string; nameZh: string }> } } };
    },
  };
}

describe('a response with Chinese text', () => {
  it('declares the length of its UTF-8 bytes and decodes to the same names, in-process and over a socket', async () => {
    const inProcess = await read(await t.fetch('/graphql', request()));
    const overSocket = await read(await fetch(`${origin}/graphql`, request()));
    for (const response of [inProcess, overSocket]) {
      expect(response.type).toBe('application/graphql-response+json; charset=utf-8');
      expect(response.declared).toBe(response.length);
      const names = response.body.data.catalogue.competencies.nodes.map((node) => node.nameZh);
      expect(names).toHaveLength(30);
      // Every name is Chinese (several bytes a character): a length counted in characters would fall short.
      expect(names.every((name) => /\p{Script=Han}/u.test(name))).toBe(true);
      expect(response.length).toBeGreaterThan(JSON.stringify(response.body).length);
    }
    expect(overSocket.body).toEqual(inProcess.body);
    // Built as bytes: the server's Response class is the one that encodes once.
    expect(t.app.fetchAPI.Response).toBe(Utf8Response);
    expect((await t.fetch('/graphql', request())) instanceof Utf8Response).toBe(true);
  });
});
