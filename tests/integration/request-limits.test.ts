import { complexityFromQuery } from '@pothos/plugin-complexity';
import {
  type DocumentNode,
  type FieldNode,
  getNamedType,
  isEnumType,
  Kind,
  type OperationDefinitionNode,
  type TypeNode,
} from 'graphql';
import { type CryptoKey, importJWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_REQUEST_LIMITS } from '../../api/http/request-limits.js';
import { schema } from '../../schema/index.js';
import * as sdk from '../../sdk/src/generated/graphql.js';
import { OrganisationsDocument } from '../../sdk/src/generated/graphql.js';
import { type GraphQLResponse, TEST_POLICY, type TestApp, testApp } from '../kit/app.js';
import { gid } from '../kit/ids.js';
import type { UserRef } from '../kit/world.js';

const PRODUCTION_SECURITY = {
  corsOrigins: [] as string[],
  introspection: 'authenticated' as const,
  hideSuggestions: true,
};

let t: TestApp;
/** The same app with production's browser security, over the same database. */
let prod: TestApp;
let teacher: UserRef;
beforeAll(async () => {
  t = await testApp();
  prod = t.variant({ security: PRODUCTION_SECURITY });
  teacher = await t.world.district().school().teacher({ class: null });
});
afterAll(() => t?.close());

type Body = Omit<GraphQLResponse<unknown>, 'status'>;

/** Posts raw JSON (anonymous unless a token is given) and counts the SQL statements the request ran. */
async function post(app: TestApp, body: unknown, headers: Record<string, string> = {}) {
  app.db.statements.reset();
  const started = performance.now();
  const response = await app.fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: JSON.parse(text) as Body,
    text,
    ms: performance.now() - started,
    statements: app.db.statements.count,
    headers: response.headers,
  };
}

/** Which object type an ID variable names, by the variable's name (`$id`: the root field's type). */
const ID_TYPES: Record<string, string> = {
  classId: 'Organisation',
  schoolId: 'Organisation',
  districtId: 'Organisation',
  programmeId: 'Programme',
  batchId: 'Batch',
  catalogueId: 'Catalogue',
  organisationId: 'Organisation',
  userId: 'User',
  groupId: 'Organisation',
  enrolmentId: 'Enrolment',
  assignmentId: 'Assignment',
  activityId: 'WorkshopActivity',
  workshopId: 'Workshop',
  competencyId: 'Competency',
  tutorId: 'User',
  rubricId: 'Rubric',
  evidenceId: 'Evidence',
  peerReviewId: 'PeerReview',
  teacherId: 'User',
  surveyId: 'Survey',
  questionId: 'SurveyQuestion',
};

/** Variables to measure an SDK query with: well-formed IDs, the outer `first`/`last` at 100, everything else at its default. */
function sampleVariables(document: DocumentNode): Record<string, unknown> {
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const rootField = operation.selectionSet.selections.find((s): s is FieldNode => s.kind === Kind.FIELD)!.name.value;
  const rootType = getNamedType(schema.getQueryType()!.getFields()[rootField]!.type).name;
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    let type: TypeNode = definition.type;
    while (type.kind !== Kind.NAMED_TYPE) type = type.type;
    if (name === 'first' || name === 'last') variables[name] = 100;
    else if (type.name.value === 'ID')
      variables[name] = gid(ID_TYPES[name] ?? rootType, '0190a1b2-0000-7000-8000-000000000000');
    else if (definition.type.kind === Kind.NON_NULL_TYPE) {
      // A required enum (e.g. the reviewer queue's stage): its first value.
      const named = schema.getType(type.name.value);
      if (isEnumType(named)) variables[name] = named.getValues()[0]!.value;
      // A required text (e.g. a credential to verify): any.
      else if (type.name.value === 'String') variables[name] = 'x';
      // A required input object (the rule preview's proposal): its smallest valid value.
      else if (type.name.value === 'RulesProposalInput') variables[name] = { passThreshold: 85 };
    }
  }
  return variables;
}

const codeOf = (body: Body) => body.errors?.[0]?.extensions?.code;

describe('inputs that used to give a 500', () => {
  it('a correctly signed token whose subject is a number → 401 UNAUTHENTICATED', async () => {
    const key = (await importJWK(t.key.privateJwk, 'ES256')) as CryptoKey;
    const token = await new SignJWT({ sub: 12345 } as unknown as Record<string, unknown>)
      .setProtectedHeader({ alg: 'ES256', kid: t.key.publicJwk.kid! })
      .setIssuer(TEST_POLICY.issuer)
      .setAudience(TEST_POLICY.audience)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(key);
    const res = await post(t, { query: '{ viewer { user { login } } }' }, { authorization: `Bearer ${token}` });
    expect(res.status).toBe(401);
    expect(codeOf(res.body)).toBe('UNAUTHENTICATED');
    expect(res.statements).toBe(0);
  });

  it('a NUL byte inside a global ID → BAD_USER_INPUT, no SQL', async () => {
    const id = Buffer.from('Organisation:0190a1b2-0000-7000-8000-00000000\u000000').toString('base64');
    const res = await post(t, {
      query: 'query($id: ID!) { organisation(id: $id) { name } node(id: $id) { id } }',
      variables: { id },
    });
    expect(res.status).toBe(200);
    expect(res.body.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(res.text).not.toMatch(/invalid byte sequence|Unexpected error/);
    expect(res.statements).toBe(0);
  });

  it.each([
    ['a JSON object inside a cursor', Buffer.from('GPC:J:{"id":{"not":null}}').toString('base64')],
    ['a number inside a cursor', Buffer.from('GPC:N:5').toString('base64')],
    ['raw JSON', '{"id":1}'],
    ['a bare number', '12'],
  ])('a forged pagination cursor (%s) → BAD_USER_INPUT, no SQL', async (_what, cursor) => {
    const res = await post(t, {
      query: 'query($c: String) { catalogues(first: 2, after: $c) { nodes { id } } }',
      variables: { c: cursor },
    });
    expect(codeOf(res.body)).toBe('BAD_USER_INPUT');
    expect(res.text).not.toMatch(/Unexpected error/);
    expect(res.statements).toBe(0);
  });

  it('a cursor the API issued still pages', async () => {
    const first = await t.request(OrganisationsDocument, { kind: 'SCHOOL', first: 1 }, { as: teacher });
    expect(first.errors).toBeUndefined();
    const next = await t.request(
      OrganisationsDocument,
      { kind: 'SCHOOL', first: 1, after: first.data!.organisations.pageInfo.endCursor ?? null },
      { as: teacher },
    );
    expect(next.errors).toBeUndefined();
  });
});

describe('request limits, enforced before execution', () => {
  it('40,000 repeated fields (≈430 KB, anonymous) are refused in milliseconds while /healthz keeps answering', async () => {
    const query = `{ ${'__typename '.repeat(40_000)}}`;
    expect(query.length).toBeGreaterThan(430_000);
    const [res, health] = await Promise.all([post(t, { query }), t.fetch('/healthz')]);
    expect(health.status).toBe(200);
    expect(codeOf(res.body)).toBe('QUERY_TOO_LARGE');
    expect(res.body.errors?.[0]?.message).toBe(
      'The query is too long: at most 2000 tokens (names, punctuation, values).',
    );
    expect(res.statements).toBe(0);
    // The fastest of three: a pause of the shared test machine (GC, the other test worker) is no parse of 430 KB.
    const times = [res.ms, (await post(t, { query })).ms, (await post(t, { query })).ms];
    console.log(`[limits] 40,000-field request refused in ${times.map((ms) => ms.toFixed(1)).join(', ')} ms`);
    expect(Math.min(...times)).toBeLessThan(500);
  });

  it('more than 15 aliases are refused; 99 aliased programmes(first: 100) { totalCount } run no SQL', async () => {
    const query = `{ ${Array.from({ length: 99 }, (_, i) => `p${i}: programmes(first: 100) { totalCount }`).join(' ')} }`;
    const res = await post(t, { query }, { authorization: `Bearer ${await t.tokenFor(teacher)}` });
    expect(codeOf(res.body)).toBe('QUERY_TOO_LARGE');
    expect(res.body.errors?.[0]?.message).toBe('The query uses too many aliases: at most 15.');
    console.log(
      `[limits] 99-alias request: ${res.statements} SQL statements (the viewer's token is checked, nothing else runs)`,
    );
    expect(res.statements).toBeLessThanOrEqual(1);
  });

  it('depth and directives are limited', async () => {
    const deep = `{ organisations { nodes { ${'children { nodes { '.repeat(6)}id${' } }'.repeat(6)} } } }`;
    expect(codeOf((await post(t, { query: deep })).body)).toBe('QUERY_TOO_DEEP');
    const directives = `{ ${Array.from({ length: 11 }, () => '__typename @include(if: true)').join(' ')} }`;
    expect(codeOf((await post(t, { query: directives })).body)).toBe('QUERY_TOO_LARGE');
  });

  it('a connection costs its page size: 100 × 100 × 100 × 100 nested members are refused with the cost, before any SQL', async () => {
    const query =
      '{ organisations(first: 100) { nodes { children(first: 100) { nodes { children(first: 100) { nodes { members(first: 100) { nodes { role } } } } } } } } }';
    const res = await post(t, { query });
    expect(codeOf(res.body)).toBe('QUERY_TOO_COSTLY');
    expect(res.body.extensions?.cost).toMatchObject({ limit: DEFAULT_REQUEST_LIMITS.maxCost });
    expect(res.body.extensions?.cost?.requested).toBeGreaterThan(100_000_000);
    expect(res.statements).toBe(0);
  });

  it('reports every request’s cost in extensions.cost; a smaller page costs less', async () => {
    const cost = async (first: number) =>
      (
        await post(t, {
          query: `{ catalogues(first: ${first}) { nodes { code competencies(first: 30) { nodes { code } } } } }`,
        })
      ).body.extensions?.cost;
    expect(await cost(1)).toEqual({
      requested: 1 + 1 * (1 + 1 + 30 * 1),
      limit: DEFAULT_REQUEST_LIMITS.maxCost,
      depth: expect.any(Number),
      breadth: expect.any(Number),
    });
    expect((await cost(10))?.requested).toBe(1 + 10 * (1 + 1 + 30));
  });

  it('every SDK query stays within every limit with its outer page at 100 (nested pages at their defaults)', () => {
    const documents = Object.entries(sdk).filter(([name]) => name.endsWith('Document')) as Array<
      [string, DocumentNode]
    >;
    const queries = documents.filter(([, document]) =>
      document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'query'),
    );
    expect(queries.length).toBeGreaterThan(15);
    const costs = queries.map(([name, document]) => {
      const { complexity, depth } = complexityFromQuery(document, { schema, variables: sampleVariables(document) });
      return { name, complexity, depth };
    });
    console.log(
      `[limits] SDK query costs: ${costs.map((c) => `${c.name.replace(/Document$/, '')} ${c.complexity}`).join(', ')}`,
    );
    for (const cost of costs) {
      expect({
        name: cost.name,
        withinCost: cost.complexity <= DEFAULT_REQUEST_LIMITS.maxCost,
        withinDepth: cost.depth <= DEFAULT_REQUEST_LIMITS.maxDepth,
      }).toEqual({
        name: cost.name,
        withinCost: true,
        withinDepth: true,
      });
    }
  });

  it('a JSON body over 1 MB is refused with 413, declared or streamed without a length', async () => {
    const big = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(1024 * 1024) } });
    const declared = await t.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(big.length) },
      body: big,
    });
    expect(declared.status).toBe(413);
    const bytes = new TextEncoder().encode(big);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 64 * 1024) controller.enqueue(bytes.slice(at, at + 64 * 1024));
        controller.close();
      },
    });
    const chunked = await t.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(((await chunked.json()) as Body).errors?.[0]?.extensions?.code).toBe('REQUEST_ENTITY_TOO_LARGE');
  });
});

describe('browser-facing defaults', () => {
  const preflight = (app: TestApp, origin: string) =>
    app.fetch('/graphql', {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,authorization',
      },
    });

  it('development allows localhost origins with credentials, and no other origin', async () => {
    const local = await preflight(t, 'http://localhost:5173');
    expect(local.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(local.headers.get('access-control-allow-credentials')).toBe('true');
    const evil = await preflight(t, 'https://evil.example');
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('production allows no origin unless CORS_ORIGINS lists it; a listed origin is echoed, never reflected otherwise', async () => {
    expect((await preflight(prod, 'http://localhost:5173')).headers.get('access-control-allow-origin')).toBeNull();
    const listed = t.variant({ security: { ...PRODUCTION_SECURITY, corsOrigins: ['https://portal.example.cn'] } });
    expect((await preflight(listed, 'https://portal.example.cn')).headers.get('access-control-allow-origin')).toBe(
      'https://portal.example.cn',
    );
    expect((await preflight(listed, 'https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it.each([
    ['form-urlencoded', 'application/x-www-form-urlencoded', 'query=%7B__typename%7D'],
    [
      'multipart',
      'multipart/form-data; boundary=x',
      '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"{__typename}"}\r\n--x--\r\n',
    ],
    ['text/plain', 'text/plain', '{"query":"{__typename}"}'],
  ])('a %s request without the CSRF header is refused with 403 before any SQL', async (_kind, contentType, body) => {
    t.db.statements.reset();
    const token = await t.tokenFor(teacher);
    const res = await t.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': contentType, authorization: `Bearer ${token}` },
      body,
    });
    expect(res.status).toBe(403);
    expect(t.db.statements.count).toBe(0);
  });
});

describe('production mode', () => {
  const introspection = { query: '{ __schema { queryType { name } } }' };

  it('introspection: refused for anonymous callers, allowed for signed-in ones (INTROSPECTION=authenticated)', async () => {
    const anonymous = await post(prod, introspection);
    expect(anonymous.body.errors?.[0]?.message).toMatch(/introspection/i);
    const user = await prod.world.user((await prod.world.district().school()).school, []);
    const signedIn = await post(prod, introspection, { authorization: `Bearer ${await prod.tokenFor(user)}` });
    expect(signedIn.body).toEqual({
      data: { __schema: { queryType: { name: 'Query' } } },
      extensions: expect.anything(),
    });
  });

  it('introspection can be switched off entirely (INTROSPECTION=off)', async () => {
    const off = t.variant({ security: { ...PRODUCTION_SECURITY, introspection: 'off' } });
    const user = await off.world.user((await off.world.district().school()).school, []);
    const res = await post(off, introspection, { authorization: `Bearer ${await off.tokenFor(user)}` });
    expect(res.body.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('hides field suggestions', async () => {
    const res = await post(prod, { query: '{ viewr { user { login } } }' });
    expect(res.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
    expect((await post(t, { query: '{ viewr { user { login } } }' })).body.errors?.[0]?.message).toMatch(
      /Did you mean "viewer"/,
    );
  });

  it('never sends extensions.originalError, even with NODE_ENV=development', async () => {
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'development';
    // The app created while NODE_ENV says development, over a database whose Catalogue table is gone (put back after).
    const dev = t.variant({});
    await t.db.sql.query('ALTER TABLE "Catalogue" RENAME TO "CatalogueHidden"');
    try {
      const res = await post(dev, { query: '{ catalogues(first: 1) { nodes { code } } }' });
      expect(res.body.errors?.[0]).toEqual(expect.objectContaining({ message: 'Unexpected error.' }));
      expect(res.text).not.toMatch(/originalError|CatalogueHidden|prisma|stack/i);
    } finally {
      process.env.NODE_ENV = previous;
      await t.db.sql.query('ALTER TABLE "CatalogueHidden" RENAME TO "Catalogue"');
    }
  });
});
