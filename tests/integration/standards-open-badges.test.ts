/**
 * Open Badges 3.0 API routes through the real server: the signed-in teacher's own credentials as compact JWS strings
 * (GetOpenBadgeCredentialsResponse), paged with X-Total-Count and Link, and their Profile; validated against
 * tests/schemas/ob-v3p0-api.json (each JWS payload as an AchievementCredential); never anyone else's credentials.
 */
import { decodeJwt } from 'jose';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildCredential, signCredential } from '../../api/certificates/credential.js';
import { currentIssuerKey } from '../../api/certificates/keys.js';
import { DEVELOPMENT_CERTIFICATE_SETTINGS } from '../../api/certificates/settings.js';
import { type TestApp, testApp } from '../kit/app.js';
import type { EnrolmentRef, ProgrammeWorld, UserRef } from '../kit/world.js';
import { expectValid } from '../schemas/validate.js';
import { matrix, type Tenant, tenant, VIEWERS, type Viewer, viewerIn } from './matrix/kit.js';

const BASE = '/ims/ob/v3p0';
let t: TestApp;
let A: Tenant;
let B: Tenant;
/** Credentials issued to each tenant's teacher, oldest first. */
const issued = new Map<string, string[]>();

interface Answer {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

async function get(path: string, as: UserRef | null, token?: string): Promise<Answer> {
  const bearer = token ?? (as ? await t.tokenFor(as) : null);
  const response = await t.fetch(path, { headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Record<string, unknown>,
  };
}

/** Issues a certificate of `kind` for an enrolment (signed with the issuer key, as the certificates module does). */
async function issue(
  p: ProgrammeWorld,
  enrolment: EnrolmentRef,
  kind: 'COMPLETION' | 'EXCELLENT_TRAINEE',
  issuedAt: Date,
) {
  const prisma = t.db.prisma;
  const key = await currentIssuerKey(prisma, DEVELOPMENT_CERTIFICATE_SETTINGS.keySecret);
  const id = uuidv7();
  const [row] = await prisma.$queryRaw<Array<{ index: number }>>`
    SELECT nextval(pg_get_serial_sequence('"Certificate"', 'statusIndex'))::int AS index`;
  const index = Number(row?.index);
  const credential = await signCredential(
    buildCredential(
      {
        certificateId: id,
        kind,
        teacherName: enrolment.teacher.displayName,
        programme: { id: p.id, name: p.name },
        districtName: 'District',
        statusIndex: index,
        issuedAt,
        expiresAt: null,
      },
      DEVELOPMENT_CERTIFICATE_SETTINGS,
    ),
    key,
  );
  await prisma.certificate.create({
    data: {
      id,
      kind,
      programmeId: p.id,
      enrolmentId: enrolment.id,
      teacherId: enrolment.teacher.id,
      orgPath: enrolment.orgPath,
      keyId: key.kid,
      statusIndex: index,
      credential,
      issuedAt,
    },
  });
  issued.set(enrolment.teacher.id, [...(issued.get(enrolment.teacher.id) ?? []), credential]);
  return credential;
}

beforeAll(async () => {
  t = await testApp();
  matrix.t = t;
  A = await tenant();
  B = await tenant();
  for (const x of [A, B]) {
    await issue(x.p, x.enrolment, 'COMPLETION', new Date('2026-11-01T00:00:00Z'));
    await issue(x.p, x.enrolment, 'EXCELLENT_TRAINEE', new Date('2026-11-20T00:00:00Z'));
  }
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('GET /credentials: the teacher’s own credentials as compact JWS', () => {
  test('newest first, valid against the schema, each payload an AchievementCredential of the teacher', async () => {
    const answer = await get(`${BASE}/credentials`, A.enrolment.teacher);
    expect(answer.status).toBe(200);
    expectValid('ob-v3p0-api.json', 'GetOpenBadgeCredentialsResponse', answer.body);
    const jws = answer.body.compactJwsString as string[];
    expect(jws).toEqual([...(issued.get(A.enrolment.teacher.id) ?? [])].reverse());
    expect(answer.headers.get('x-total-count')).toBe('2');
    for (const token of jws) {
      const payload = decodeJwt(token);
      expectValid('ob-v3p0-api.json', 'AchievementCredential', payload);
    }
  });

  test('limit/offset with X-Total-Count and Link; since; bad parameters are invalid_query_parameter', async () => {
    const first = await get(`${BASE}/credentials?limit=1`, A.enrolment.teacher);
    expect(first.body.compactJwsString).toEqual([issued.get(A.enrolment.teacher.id)?.[1]]);
    expect(first.headers.get('x-total-count')).toBe('2');
    expect(first.headers.get('link')).toContain('offset=1>; rel="next"');
    const second = await get(`${BASE}/credentials?limit=1&offset=1`, A.enrolment.teacher);
    expect(second.body.compactJwsString).toEqual([issued.get(A.enrolment.teacher.id)?.[0]]);
    const since = await get(`${BASE}/credentials?since=2026-11-10T00:00:00Z`, A.enrolment.teacher);
    expect(since.body.compactJwsString).toEqual([issued.get(A.enrolment.teacher.id)?.[1]]);
    expect(since.headers.get('x-total-count')).toBe('1');
    for (const query of ['limit=0', 'offset=-1', 'since=yesterday']) {
      const refused = await get(`${BASE}/credentials?${query}`, A.enrolment.teacher);
      expect(refused.status, query).toBe(400);
      expectValid('imsx-status-info.json', 'OpenBadges', refused.body);
      expect(JSON.stringify(refused.body)).toContain('invalid_query_parameter');
    }
  });

  test('the statement count does not depend on limit', async () => {
    const one = (await t.measure(() => get(`${BASE}/credentials?limit=1`, A.enrolment.teacher))).statements;
    const many = (await t.measure(() => get(`${BASE}/credentials?limit=100`, A.enrolment.teacher))).statements;
    expect(many).toBe(one);
  });

  test('GET /profile: the signed-in person’s Profile', async () => {
    const answer = await get(`${BASE}/profile`, A.enrolment.teacher);
    expect(answer.status).toBe(200);
    expectValid('ob-v3p0-api.json', 'Profile', answer.body);
    expect(answer.body).toMatchObject({
      id: `urn:uuid:${A.enrolment.teacher.id}`,
      name: A.enrolment.teacher.displayName,
    });
  });

  test('anonymous and a bad token are 401, other routes 404, other methods 405 (imsx bodies)', async () => {
    for (const path of ['/credentials', '/profile']) {
      const anonymous = await get(`${BASE}${path}`, null);
      expect(anonymous.status).toBe(401);
      expectValid('imsx-status-info.json', 'OpenBadges', anonymous.body);
      expect(JSON.stringify(anonymous.body)).toContain('unauthorizedrequest');
      const bad = await get(`${BASE}${path}`, null, 'x.y.z');
      expect(bad.status).toBe(401);
    }
    const unknown = await get(`${BASE}/discovery`, A.enrolment.teacher);
    expect(unknown.status).toBe(404);
    expectValid('imsx-status-info.json', 'OpenBadges', unknown.body);
    const post = await t.fetch(`${BASE}/credentials`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await t.tokenFor(A.enrolment.teacher)}` },
    });
    expect(post.status).toBe(405);
    expectValid('imsx-status-info.json', 'OpenBadges', await post.json());
  });
});

describe('authorization: only one’s own credentials, for every role in both districts', () => {
  const expected = (v: Viewer): number => (v === 'anonymous' ? 401 : v === 'syncClient' ? 403 : 200);

  test('every viewer lists exactly their own credentials (none for staff), never another teacher’s', async () => {
    for (const x of [A, B]) {
      for (const v of VIEWERS) {
        const as = viewerIn(x, v);
        const answer = await get(`${BASE}/credentials`, as);
        expect(answer.status, v).toBe(expected(v));
        if (answer.status !== 200) {
          expectValid('imsx-status-info.json', 'OpenBadges', answer.body);
          continue;
        }
        expectValid('ob-v3p0-api.json', 'GetOpenBadgeCredentialsResponse', answer.body);
        const own = [...(issued.get(as?.id ?? '') ?? [])].reverse();
        expect(answer.body.compactJwsString, v).toEqual(own);
        const profile = await get(`${BASE}/profile`, as);
        expect(profile.status).toBe(200);
        expect(profile.body.id).toBe(`urn:uuid:${as?.id}`);
      }
    }
    // Admins over the teacher's school do not see the teacher's credentials here either.
    const admin = await get(`${BASE}/credentials`, A.d.admin);
    expect(admin.body.compactJwsString).toEqual([]);
  });
});
