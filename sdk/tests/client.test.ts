import { encodeGlobalID } from '@pothos/plugin-relay';
import { parse } from 'graphql';
import { createSchema, createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { listen, type RunningServer } from '../../api/server/listen.js';
import { seed } from '../../prisma/seed/seed.js';
import { type TestApp, testApp } from '../../tests/kit/app.js';
import {
  CatalogueCompetenciesDocument,
  type CatalogueCompetenciesQueryVariables,
  CataloguesDocument,
  type CataloguesQuery,
  CompetencyDocument,
  type CompetencyQuery,
  createClient,
  ERROR_TYPENAMES,
  type ErrorMember,
  isError,
  matchResult,
  OrganisationDocument,
  OrganisationMembersDocument,
  OrganisationsDocument,
  type PayloadMember,
  type ResultOf,
  Role,
  type TishengClient,
  TishengRequestError,
  type TypedDocumentNode,
  type VariablesOf,
  ViewerDocument,
  type ViewerQuery,
} from '../src/index.js';

let t: TestApp;
let server: RunningServer;
let url: string;

beforeAll(async () => {
  t = await testApp();
  await seed(t.db.prisma);
  server = await listen(t.app, '127.0.0.1', 0);
  url = `${server.url}/graphql`;
});

afterAll(async () => {
  await server?.close(1_000);
  await t?.close();
});

/** A `fetch` that counts requests and remembers their authorization headers. */
function recordingFetch() {
  const calls: Array<{
    authorization: string | null;
    body: { operationName?: string; variables?: Record<string, unknown> };
  }> = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    calls.push({
      authorization: new Headers(init?.headers).get('authorization'),
      body: JSON.parse(String(init?.body)),
    });
    return fetch(input, init);
  };
  return { calls, fetch: fetchImpl };
}

describe('catalogues (anonymous)', () => {
  it('lists the catalogues with their first page of competencies and the distribution', async () => {
    const client = createClient({ url });
    const { catalogues } = await client.request(CataloguesDocument, { kind: 'TEACHER_COMPETENCY' });
    const national = catalogues.nodes.find((catalogue) => catalogue.code === 'national-2019');
    expect(national).toMatchObject({
      kind: 'TEACHER_COMPETENCY',
      status: 'PUBLISHED',
      version: '2019',
      totalCredits: 194,
    });
    expect(national!.competencies.totalCount).toBe(30);
    expect(national!.competencies.nodes).toHaveLength(30);
    expect(national!.competencies.nodes[0]).toMatchObject({ code: 'A1', dimension: { code: expect.any(String) } });
    expect(national!.distribution.reduce((sum, cell) => sum + cell.competencyCount, 0)).toBe(30);
    expect(national!.dimensions).toHaveLength(4);
    expect(national!.environments.map((environment) => environment.code)).toEqual(['MULTIMEDIA', 'BLENDED', 'SMART']);
  });

  it('paginates all 30 competencies 7 at a time, in catalogue order', async () => {
    const recorder = recordingFetch();
    const client = createClient({ url, fetch: recorder.fetch });
    const { catalogues } = await client.request(CataloguesDocument, { code: 'national-2019' });
    const national = catalogues.nodes[0]!;

    const codes: string[] = [];
    for await (const competency of client.paginate(
      CatalogueCompetenciesDocument,
      { id: national.id },
      (data) => data.catalogue?.competencies,
      { pageSize: 7 },
    )) {
      expectTypeOf(competency.code).toEqualTypeOf<string>();
      codes.push(competency.code);
    }
    expect(codes).toHaveLength(30);
    expect(new Set(codes).size).toBe(30);
    expect(codes).toEqual(national.competencies.nodes.map((competency) => competency.code));

    const pages = recorder.calls.filter((call) => call.body.operationName === 'CatalogueCompetencies');
    expect(pages).toHaveLength(5); // 7 + 7 + 7 + 7 + 2
    expect(pages.map((page) => page.body.variables?.first)).toEqual([7, 7, 7, 7, 7]);
    expect(pages[0]!.body.variables?.after).toBeNull();
    expect(pages[1]!.body.variables?.after).toEqual(expect.any(String));
  });

  it('paginates a filtered connection and caps the page size at 100', async () => {
    const recorder = recordingFetch();
    const client = createClient({ url, fetch: recorder.fetch });
    const { catalogues } = await client.request(CataloguesDocument, { code: 'national-2019', competenciesFirst: 0 });
    const smart = [];
    for await (const competency of client.paginate(
      CatalogueCompetenciesDocument,
      { id: catalogues.nodes[0]!.id, environment: 'SMART' },
      (data) => data.catalogue?.competencies,
      { pageSize: 1_000 },
    )) {
      smart.push(competency);
    }
    expect(smart).toHaveLength(7);
    expect(smart.every((competency) => competency.environment?.code === 'SMART')).toBe(true);
    expect(recorder.calls.at(-1)!.body.variables?.first).toBe(100);
  });

  it('fetches a competency by its node ID and narrows the node on __typename', async () => {
    const client = createClient({ url });
    const { catalogues } = await client.request(CataloguesDocument, { code: 'national-2019', competenciesFirst: 1 });
    const a1 = catalogues.nodes[0]!.competencies.nodes[0]!;

    const { node } = await client.request(CompetencyDocument, { id: a1.id });
    expect(node?.__typename).toBe('Competency');
    if (node?.__typename !== 'Competency') throw new Error('expected a competency');
    expectTypeOf(node.catalogue.code).toEqualTypeOf<string>();
    expect(node).toMatchObject({ id: a1.id, code: 'A1', catalogue: { code: 'national-2019' } });

    const missing = await client.request(CompetencyDocument, {
      id: encodeGlobalID('Competency', '00000000-0000-4000-8000-000000000000'),
    });
    expect(missing.node).toBeNull();
  });
});

describe('viewer and tokens', () => {
  it('reads the viewer with a fixed token', async () => {
    const client = createClient({ url, token: await t.tokenFor('school.admin') });
    const { viewer } = await client.request(ViewerDocument);
    expect(viewer?.user).toMatchObject({
      login: 'school.admin',
      organisation: { code: 'demo-school-1', kind: 'SCHOOL' },
    });
    expect(viewer?.roleAssignments.map((assignment) => [assignment.role, assignment.organisation.code])).toEqual([
      [Role.SCHOOL_ADMIN, 'demo-school-1'],
    ]);
    expect(viewer?.can).toMatchObject({
      manageSchool: true,
      reviewSelections: true,
      manageProgrammes: false,
    });
  });

  it('asks getToken (async) before every request', async () => {
    let asked = 0;
    const recorder = recordingFetch();
    const client = createClient({
      url,
      fetch: recorder.fetch,
      getToken: async () => {
        asked += 1;
        return t.tokenFor('district.admin');
      },
    });
    const first = await client.request(ViewerDocument);
    const second = await client.request(ViewerDocument);
    expect(first.viewer?.user.login).toBe('district.admin');
    expect(second.viewer?.can.manageProgrammes).toBe(true);
    expect(asked).toBe(2);
    expect(recorder.calls.every((call) => call.authorization?.startsWith('Bearer '))).toBe(true);
  });

  it('is anonymous without a token (viewer null), or when getToken gives nothing', async () => {
    expect((await createClient({ url }).request(ViewerDocument)).viewer).toBeNull();
    expect((await createClient({ url, getToken: () => null }).request(ViewerDocument)).viewer).toBeNull();
  });

  it('rejects an invalid token with a TishengRequestError: 401, isUnauthenticated', async () => {
    const client = createClient({ url, token: 'not-a-jwt' });
    const error = await client.request(ViewerDocument).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TishengRequestError);
    if (!(error instanceof TishengRequestError)) return;
    expect(error.status).toBe(401);
    expect(error.isUnauthenticated).toBe(true);
    expect(error.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(error.operationName).toBe('Viewer');
    expect(error.message).toMatch(/^Viewer failed \(HTTP 401\): Unauthenticated/);
  });

  it('rejects an operation the server refuses with its errors (not as unauthenticated)', async () => {
    const broken = parse('query Broken { noSuchField }') as TypedDocumentNode<
      { noSuchField: string },
      Record<string, never>
    >;
    const error = await createClient({ url })
      .request(broken)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TishengRequestError);
    if (!(error instanceof TishengRequestError)) return;
    expect(error.status).toBe(400);
    expect(error.isUnauthenticated).toBe(false);
    expect(error.codes).toContain('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses both token and getToken', () => {
    expect(() => createClient({ url: 'http://localhost/graphql', token: 'a', getToken: () => 'b' })).toThrow(TypeError);
  });
});

describe('uploads', () => {
  it('sends File variables as a GraphQL multipart request', async () => {
    // A stand-alone Yoga with an Upload input, until the Tisheng schema has a field taking one.
    const yoga = createYoga({
      logging: false,
      schema: createSchema({
        typeDefs: /* GraphQL */ `
          scalar Upload
          input DescribeInput { label: String!, files: [Upload!]!, cover: Upload }
          type Query { ok: Boolean }
          type Mutation { describe(input: DescribeInput!): String! }
        `,
        resolvers: {
          Mutation: {
            describe: async (_: unknown, { input }: { input: { label: string; files: File[]; cover: File | null } }) =>
              `${input.label}: ${(await Promise.all([...input.files, ...(input.cover ? [input.cover] : [])].map(async (file) => `${file.name}=${await file.text()}`))).join(', ')}`,
          },
        },
      }),
    });
    const Describe = parse(
      'mutation Describe($input: DescribeInput!) { describe(input: $input) }',
    ) as TypedDocumentNode<{ describe: string }, { input: { label: string; files: Blob[]; cover?: Blob | null } }>;
    const client = createClient({
      url: 'http://yoga/graphql',
      fetch: async (input, init) => yoga.fetch(new Request(input, init)),
    });
    const a = new File(['alpha'], 'a.txt', { type: 'text/plain' });
    const b = new File(['beta'], 'b.txt', { type: 'text/plain' });
    expect(await client.request(Describe, { input: { label: 'two', files: [a, b], cover: a } })).toEqual({
      describe: 'two: a.txt=alpha, b.txt=beta, a.txt=alpha',
    });
    expect(await client.request(Describe, { input: { label: 'none', files: [] } })).toEqual({ describe: 'none: ' });
  });
});

describe('organisations (district.admin)', () => {
  let client: TishengClient;
  beforeAll(async () => {
    client = createClient({ url, token: await t.tokenFor('district.admin') });
  });

  it('paginates the organisations of a kind, with their children and members by role', async () => {
    const schools = [];
    for await (const school of client.paginate(
      OrganisationsDocument,
      { kind: 'SCHOOL', role: 'SCHOOL_ADMIN' },
      (data) => data.organisations,
      { pageSize: 1 },
    )) {
      schools.push(school);
    }
    expect(schools.map((school) => school.code).sort()).toEqual(['demo-school-1', 'demo-school-2']);
    for (const school of schools) {
      expect(school.parent?.code).toBe('demo-district');
      expect(school.children.nodes.map((child) => child.kind).sort()).toEqual(['CLASS', 'GROUP']);
      expect(school.members.nodes.map((member) => member.role)).toEqual(['SCHOOL_ADMIN']);
    }
    expect(schools.find((school) => school.code === 'demo-school-1')!.members.nodes[0]!.user.login).toBe(
      'school.admin',
    );
  });

  it('without kind: the top of the viewer’s subtree', async () => {
    const tops = [];
    for await (const organisation of client.paginate(OrganisationsDocument, {}, (data) => data.organisations))
      tops.push(organisation.code);
    expect(tops).toEqual(['demo-district']);
  });

  it('reads one organisation and pages its members', async () => {
    const { organisations } = await client.request(OrganisationsDocument, { kind: 'SCHOOL' });
    const school1 = organisations.nodes.find((school) => school.code === 'demo-school-1')!;

    const { organisation } = await client.request(OrganisationDocument, { id: school1.id });
    expect(organisation).toMatchObject({
      code: 'demo-school-1',
      parent: { code: 'demo-district' },
      children: { totalCount: 2 },
    });

    const logins = [];
    for await (const member of client.paginate(
      OrganisationMembersDocument,
      { id: school1.id },
      (data) => data.organisation?.members,
      { pageSize: 1 },
    )) {
      logins.push(`${member.role}:${member.user.login}`);
    }
    // The demo teacher, and the rule-preview demo's six teachers there (prisma/seed/rules-preview.ts).
    const preview = ['01', '02', '03', '04', '05', '06'].map((n) => `TEACHER:rp.s1.t${n}`);
    expect(logins.sort()).toEqual(['SCHOOL_ADMIN:school.admin', ...preview, 'TEACHER:teacher']);

    const teachers = [];
    for await (const member of client.paginate(
      OrganisationMembersDocument,
      { id: school1.id, role: Role.TEACHER },
      (data) => data.organisation?.members,
    ))
      teachers.push(member.user.login);
    expect(teachers.sort()).toEqual([...preview.map((member) => member.slice('TEACHER:'.length)), 'teacher']);
  });

  it('shows nothing to anonymous viewers', async () => {
    const anonymous = createClient({ url });
    const { organisations } = await anonymous.request(OrganisationsDocument, { kind: 'SCHOOL' });
    expect(organisations.nodes).toEqual([]);
  });
});

// A result union as mutations will return it: a payload and error types implementing `Error { code message }`.
type CreateThingResult =
  | { __typename: 'CreateThingPayload'; thing: { id: string } }
  | { __typename: 'NotFoundError'; code: 'NOT_FOUND'; message: string }
  | {
      __typename: 'ValidationError';
      code: 'INVALID_INPUT';
      message: string;
      issues: Array<{ path: string[]; message: string }>;
    }
  | { __typename: 'ConflictError'; code: 'CONFLICT'; message: string };

describe('result unions', () => {
  // `as`, so that the constants keep the whole union type (a typed declaration would narrow them to one member).
  const payload = { __typename: 'CreateThingPayload', thing: { id: 'T1' } } as CreateThingResult;
  const notFound = {
    __typename: 'NotFoundError',
    code: 'NOT_FOUND',
    message: 'Programme was not found.',
  } as CreateThingResult;
  const invalid = {
    __typename: 'ValidationError',
    code: 'INVALID_INPUT',
    message: 'Invalid input.',
    issues: [{ path: ['input', 'name'], message: 'Required' }],
  } as CreateThingResult;

  it('knows every type implementing Error', () => {
    expect(ERROR_TYPENAMES).toEqual(
      expect.arrayContaining([
        'BaseError',
        'ConflictError',
        'ForbiddenActionError',
        'InvalidStateError',
        'NotFoundError',
        'ValidationError',
      ]),
    );
    expect([...ERROR_TYPENAMES]).toEqual([...ERROR_TYPENAMES].sort());
  });

  it('isError narrows to the error members, and its negation to the payload', () => {
    const describeResult = (result: CreateThingResult) => {
      if (isError(result)) {
        expectTypeOf(result).toEqualTypeOf<ErrorMember<CreateThingResult>>();
        return `${result.code}: ${result.message}`;
      }
      expectTypeOf(result).toEqualTypeOf<PayloadMember<CreateThingResult>>();
      return result.thing.id;
    };
    expect([payload, notFound, invalid].map(describeResult)).toEqual([
      'T1',
      'NOT_FOUND: Programme was not found.',
      'INVALID_INPUT: Invalid input.',
    ]);
  });

  it('matchResult dispatches on __typename, with Error as the fallback for the other errors', () => {
    const handle = (result: CreateThingResult) =>
      matchResult(result, {
        CreateThingPayload: ({ thing }) => ({ ok: true as const, id: thing.id }),
        ValidationError: ({ issues }) => ({ ok: false as const, issues: issues.map((issue) => issue.path.join('.')) }),
        Error: (error) => {
          expectTypeOf(error.__typename).toEqualTypeOf<'NotFoundError' | 'ValidationError' | 'ConflictError'>();
          return { ok: false as const, code: error.code };
        },
      });
    expect(handle(payload)).toEqual({ ok: true, id: 'T1' });
    expect(handle(invalid)).toEqual({ ok: false, issues: ['input.name'] });
    expect(handle(notFound)).toEqual({ ok: false, code: 'NOT_FOUND' });
    expectTypeOf(handle).returns.toEqualTypeOf<
      | { ok: true; id: string }
      | { ok: false; issues: string[] }
      | { ok: false; code: 'NOT_FOUND' | 'INVALID_INPUT' | 'CONFLICT' }
    >();
  });

  it('matchResult needs a handler for every payload member and for every error (or Error)', () => {
    // @ts-expect-error: CreateThingPayload has no handler
    expect(() => matchResult(payload, { Error: () => 0 })).toThrow(TypeError);
    // @ts-expect-error: ConflictError is neither handled nor covered by an Error fallback
    matchResult(notFound, { CreateThingPayload: () => 0, NotFoundError: () => 1, ValidationError: () => 2 });
    // Every member handled: no fallback needed.
    expect(
      matchResult(notFound, {
        CreateThingPayload: () => 0,
        NotFoundError: () => 1,
        ValidationError: () => 2,
        ConflictError: () => 3,
      }),
    ).toBe(1);
  });

  it('sends an error type the SDK does not know yet to Error', () => {
    const future = {
      __typename: 'SomeFutureError',
      code: 'SOME_FUTURE_CODE',
      message: 'Something new.',
    } as unknown as CreateThingResult;
    expect(isError(future)).toBe(false); // not in ERROR_TYPENAMES
    expect(matchResult(future, { CreateThingPayload: () => 'ok', Error: (error) => error.message })).toBe(
      'Something new.',
    );
    expect(() =>
      matchResult({ __typename: 'SomethingElse' } as unknown as CreateThingResult, {
        CreateThingPayload: () => 'ok',
        Error: () => 'error',
      }),
    ).toThrow(/no handler/);
  });
});

describe('types', () => {
  it('documents carry their result and variables types', () => {
    expectTypeOf<ResultOf<typeof ViewerDocument>>().toEqualTypeOf<ViewerQuery>();
    expectTypeOf<ViewerQuery['viewer']>().toBeNullable();
    expectTypeOf<NonNullable<ViewerQuery['viewer']>['can']['manageSchool']>().toEqualTypeOf<boolean>();
    expectTypeOf<NonNullable<ViewerQuery['viewer']>['roleAssignments'][number]['role']>().toEqualTypeOf<Role>();
    expectTypeOf<Role>().toEqualTypeOf<
      | 'CLASS_TUTOR'
      | 'DISTRICT_ADMIN'
      | 'EXPERT'
      | 'GROUP_LEADER'
      | 'PROVINCE_ADMIN'
      | 'SCHOOL_ADMIN'
      | 'SYNC_CLIENT'
      | 'TEACHER'
    >();
    expectTypeOf<CataloguesQuery['catalogues']['nodes'][number]['publishedAt']>().toEqualTypeOf<string | null>();
    expectTypeOf<
      CataloguesQuery['catalogues']['nodes'][number]['competencies']['nodes'][number]['credits']
    >().toEqualTypeOf<number | null>();
    expectTypeOf<
      VariablesOf<typeof CatalogueCompetenciesDocument>
    >().toEqualTypeOf<CatalogueCompetenciesQueryVariables>();
    expectTypeOf<CatalogueCompetenciesQueryVariables['id']>().toEqualTypeOf<string>();
    expectTypeOf<
      Extract<NonNullable<CompetencyQuery['node']>, { __typename: 'Competency' }>['code']
    >().toEqualTypeOf<string>();
  });

  it('request takes variables exactly when the operation needs them', () => {
    const client = createClient({ url: 'http://localhost/graphql', fetch: async () => new Response('{"data":{}}') });
    // Type-level only (never awaited against a server):
    const checks = () => {
      void client.request(ViewerDocument);
      void client.request(CataloguesDocument);
      // @ts-expect-error: Competency needs an id
      void client.request(CompetencyDocument);
      // @ts-expect-error: unknown variable
      void client.request(CompetencyDocument, { id: 'x', nope: 1 });
      // @ts-expect-error: kind is an enum
      void client.request(OrganisationsDocument, { kind: 'VILLAGE' });
      // @ts-expect-error: same for paginate's variables
      void client.paginate(OrganisationsDocument, { kind: 'VILLAGE' }, (data) => data.organisations);
      // @ts-expect-error: OrganisationMembers needs an id
      void client.paginate(OrganisationMembersDocument, {}, (data) => data.organisation?.members);
      // @ts-expect-error: Competency has no $first/$after: it cannot be paginated
      void client.paginate(CompetencyDocument, { id: 'x' }, () => null);
    };
    expect(checks).toBeTypeOf('function');
    expectTypeOf(client.request(ViewerDocument)).resolves.toEqualTypeOf<ViewerQuery>();
  });
});
