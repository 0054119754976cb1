/**
 * The SDK client's trusted documents (`createClient({ persistedDocuments: true })`) against the real API over HTTP
 * with PERSISTED_DOCUMENTS=only: requests, pages and multipart uploads go by id, and a document the SDK did not
 * generate goes as text (which that API refuses to a person).
 */
import { createHash } from 'node:crypto';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type RunningServer } from '../../api/server/listen.js';
import { type TestApp, testApp } from '../../tests/kit/app.js';
import { pdf } from '../../tests/kit/office-files.js';
import type { DistrictWorld } from '../../tests/kit/world.js';
import {
  createClient,
  OrganisationsDocument,
  SchoolPlanDocument,
  TishengRequestError,
  type TypedDocumentNode,
  UploadSchoolPlanDocument,
} from '../src/index.js';

let t: TestApp;
let server: RunningServer;
let url: string;
let A: DistrictWorld;

beforeAll(async () => {
  t = await testApp();
  A = await t.world.district();
  server = await listen(t.variant({ persistedDocuments: 'only' }).app, '127.0.0.1', 0);
  url = `${server.url}/graphql`;
});

afterAll(async () => {
  await server?.close(1_000);
  await t?.close();
});

/** A client sending trusted documents, and what it sent: the document id, or `text`. */
async function persistedClient() {
  const sent: string[] = [];
  const client = createClient({
    url,
    token: await t.tokenFor(A.admin),
    persistedDocuments: true,
    fetch: async (input, init) => {
      const body = init?.body;
      const operation = JSON.parse(body instanceof FormData ? String(body.get('operations')) : String(body));
      sent.push(operation.query ? 'text' : operation.extensions.persistedQuery.sha256Hash);
      return fetch(input, init);
    },
  });
  return { client, sent };
}

const idOf = (document: object) => (document as { __meta__: { hash: string } }).__meta__.hash;

describe('persistedDocuments: true against an API accepting only trusted documents', () => {
  it('pages through a connection by id', async () => {
    const { client, sent } = await persistedClient();
    const schools: string[] = [];
    await A.school();
    await A.school();
    for await (const school of client.paginate(
      OrganisationsDocument,
      { kind: 'SCHOOL' },
      (data) => data.organisations,
      {
        pageSize: 1,
      },
    )) {
      schools.push(school.name);
    }
    expect(schools.length).toBeGreaterThanOrEqual(2);
    expect(new Set(sent)).toEqual(new Set([idOf(OrganisationsDocument)]));
    expect(idOf(OrganisationsDocument)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('uploads a file by id (multipart)', async () => {
    const school = await A.school();
    const p = await A.programme({ schools: [school] });
    const sdk = createClient({ url, token: await t.tokenFor(school.admin), persistedDocuments: true });
    const bytes = pdf(20_000, '天长市实验小学');
    const { uploadSchoolPlan } = await sdk.request(UploadSchoolPlanDocument, {
      input: {
        programmeId: p.gid,
        schoolId: school.school.gid,
        file: new File([bytes], 'plan.pdf', { type: 'application/pdf' }),
      },
    });
    expect(uploadSchoolPlan.__typename).toBe('UploadSchoolPlanPayload');
    const { schoolPlan } = await sdk.request(SchoolPlanDocument, { programmeId: p.gid, schoolId: school.school.gid });
    expect(schoolPlan?.file.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('sends a document it did not generate as text, which that API refuses to a person', async () => {
    const { client, sent } = await persistedClient();
    const own = parse('query Mine { viewer { user { login } } }') as TypedDocumentNode<unknown, Record<never, never>>;
    const error = await client.request(own).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TishengRequestError);
    expect((error as TishengRequestError).codes).toEqual(['PERSISTED_DOCUMENT_REQUIRED']);
    expect(sent).toEqual(['text']);
  });
});
