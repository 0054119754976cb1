import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { listen, type RunningServer } from '../../api/server/listen.js';
import { type TestApp, testApp } from '../../tests/kit/app.js';
import { learningProgramme } from '../../tests/kit/assignments.js';
import type { ProgrammeWorld, SchoolWorld } from '../../tests/kit/world.js';
import {
  ClassProgressChangedDocument,
  type ClassProgressChangedSubscription,
  createClient,
  ProgressChangeKind,
  TishengRequestError,
} from '../src/index.js';

let t: TestApp;
let server: RunningServer;
let url: string;
let s: SchoolWorld;
let p: ProgrammeWorld;

beforeAll(async () => {
  t = await testApp();
  const d = await t.world.district();
  s = await d.school();
  p = await learningProgramme(d, [s]);
  server = await listen(t.app, '127.0.0.1', 0);
  url = `${server.url}/graphql`;
});

afterAll(async () => {
  await server?.close(1_000);
  await t?.close();
});

const SHARE = /* GraphQL */ `
  mutation ($input: ShareResourceInput!) { shareResource(input: $input) { __typename } }`;

describe('client.subscribe', () => {
  it('yields each event of a subscription over server-sent events, typed by its document, until left', async () => {
    const tutor = createClient({ url, getToken: () => t.tokenFor(s.tutor) });
    const e = await p.teacher(s);
    const events = tutor.subscribe(ClassProgressChangedDocument, { classId: s.class.gid, programmeId: p.gid });
    expectTypeOf(events).toEqualTypeOf<AsyncIterable<ClassProgressChangedSubscription>>();
    const iterator = events[Symbol.asyncIterator]();
    const first = iterator.next();
    let received = false;
    void first.finally(() => {
      received = true;
    });
    // Shares until the event arrives: the stream may still be opening when the first share commits.
    for (let attempt = 0; attempt < 10 && !received; attempt += 1) {
      const shared = await t.gql(
        SHARE,
        { input: { enrolmentId: e.gid, kind: 'RESOURCE', title: '教学设计', url: 'https://example.cn/a' } },
        { as: e.teacher },
      );
      expect(shared.data?.shareResource.__typename).toBe('ShareResourcePayload');
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    const { value, done } = await first;
    expect(done).toBe(false);
    expect(value.classProgressChanged).toMatchObject({ enrolmentId: e.gid, kind: ProgressChangeKind.SHARE });
    expect(await iterator.return?.()).toEqual({ done: true, value: undefined });
  });

  it('rejects with the server’s error when the subscription is refused', async () => {
    const anonymous = createClient({ url });
    const refused = (async () => {
      for await (const _ of anonymous.subscribe(ClassProgressChangedDocument, {
        classId: s.class.gid,
        programmeId: p.gid,
      })) {
        throw new Error('no event was expected');
      }
    })();
    const error = await refused.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TishengRequestError);
    expect((error as TishengRequestError).codes).toEqual(['NOT_FOUND']);
  });
});
