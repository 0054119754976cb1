// Certificates through the API and the HTTP routes: issuing completion and excellent-trainee certificates (qualified
// teachers only, never to teachers in remedial study, idempotent), the published key set, verification offline with that
// key set alone, one changed byte, revocation through the status list, key rotation, who sees which certificates, the
// printable HTML and PDF views, and statement counts.
import { createLocalJWKSet, decodeJwt, decodeProtectedHeader, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentIssuerKey, rotateIssuerKey } from '../../api/certificates/keys.js';
import { certificateUrls, DEVELOPMENT_CERTIFICATE_SETTINGS } from '../../api/certificates/settings.js';
import { bitAt, decodeStatusList, STATUS_LIST_SIZE, statusPosition } from '../../api/certificates/status-list.js';
import { statusListBits, verifyCredentialJwt } from '../../api/certificates/verify.js';
import { type AdHoc, type TestApp, testApp } from '../kit/app.js';
import { gid } from '../kit/ids.js';
import type { DistrictWorld, EnrolmentRef, ProgrammeWorld, SchoolWorld } from '../kit/world.js';

const URLS = certificateUrls(DEVELOPMENT_CERTIFICATE_SETTINGS.baseUrl);

let t: TestApp;
let d: DistrictWorld;
let s: SchoolWorld;
let s2: SchoolWorld;
let p: ProgrammeWorld;
/** Qualified, in s (name with markup, to check escaping). */
let qualified: EnrolmentRef;
/** Not qualified yet, in s. */
let failing: EnrolmentRef;
/** Qualified, in s2. */
let elsewhere: EnrolmentRef;
/** Qualified, a confirmed nominee, but in remedial study. */
let remedial: EnrolmentRef;
let other: DistrictWorld;

const ISSUE = `mutation($input: IssueCertificatesInput!) { issueCertificates(input: $input) {
  __typename
  ... on IssueCertificatesPayload { kind issued alreadyIssued skipped
    rows { enrolmentId teacherName outcome reasons certificate { id kind credential verificationUrl } } }
  ... on Error { message code } } }`;
const REVOKE = `mutation($input: RevokeCertificateInput!) { revokeCertificate(input: $input) {
  __typename ... on RevokeCertificatePayload { certificate { id revoked revocationReason } }
  ... on Error { message code } } }`;
const VERIFY = `query($credential: String!) { verifyCredential(credential: $credential) {
  valid status kind subjectName achievementName issuedAt expiresAt issuer { id name } credentialId errors } }`;

async function passSchoolStudy(enrolment: EnrolmentRef) {
  await t.db.prisma.schoolStudyReview.create({
    data: { enrolmentId: enrolment.id, result: 'PASSED', decidedById: s.admin.id, orgPath: enrolment.orgPath },
  });
}

async function issue(input: Record<string, unknown>, as = d.admin): Promise<AdHoc> {
  const res = await t.gql(ISSUE, { input }, { as });
  expect(res.errors).toBeUndefined();
  return res.data.issueCertificates;
}

beforeAll(async () => {
  t = await testApp();
  d = await t.world.district();
  s = await d.school();
  s2 = await d.school();
  p = await d.programme({ status: 'RUNNING', schools: [s, s2] });
  const stored = await t.db.prisma.programme.findUniqueOrThrow({ where: { id: p.id }, select: { rules: true } });
  await t.db.prisma.programme.update({
    where: { id: p.id },
    data: {
      rules: {
        ...(stored.rules as object),
        completion: { requireScore: false, requireHours: false, requireSchoolStudy: true },
        certificates: { validYears: 5 },
      },
    },
  });
  qualified = await p.teacher(s);
  failing = await p.teacher(s);
  elsewhere = await p.teacher(s2);
  remedial = await p.teacher(s);
  await t.db.prisma.user.update({
    where: { id: qualified.teacher.id },
    data: { displayName: '张<script>alert(1)</script>三' },
  });
  for (const enrolment of [qualified, elsewhere, remedial]) await passSchoolStudy(enrolment);
  other = await t.world.district();
}, 120_000);
afterAll(() => t.close());

describe('issuing', () => {
  let first: AdHoc;
  beforeAll(async () => {
    first = await issue({ programmeId: p.gid, kind: 'COMPLETION' });
  });

  it('COMPLETION goes to every qualified teacher; the others get the reasons', () => {
    expect(first).toMatchObject({ __typename: 'IssueCertificatesPayload', kind: 'COMPLETION', issued: 3, skipped: 1 });
    const byEnrolment = new Map(first.rows.map((row: AdHoc) => [row.enrolmentId, row]));
    expect(byEnrolment.get(qualified.gid)).toMatchObject({ outcome: 'ISSUED', reasons: [] });
    expect(byEnrolment.get(elsewhere.gid)).toMatchObject({ outcome: 'ISSUED' });
    expect(byEnrolment.get(failing.gid)).toMatchObject({
      outcome: 'NOT_QUALIFIED',
      certificate: null,
      reasons: [expect.stringMatching(/School-based study review not passed yet/)],
    });
  });

  it('is idempotent: a second run issues nothing new, one for a school only its teachers', async () => {
    const again = await issue({ programmeId: p.gid, kind: 'COMPLETION' });
    expect(again).toMatchObject({ issued: 0, alreadyIssued: 3, skipped: 1 });
    const one = await issue({ programmeId: p.gid, schoolId: s2.school.gid, kind: 'COMPLETION' });
    expect(one.rows.map((row: AdHoc) => [row.enrolmentId, row.outcome])).toEqual([[elsewhere.gid, 'ALREADY_ISSUED']]);
    expect(await t.db.prisma.certificate.count({ where: { programmeId: p.id } })).toBe(3);
    // The teacher who qualifies later gets theirs on the next run.
    await passSchoolStudy(failing);
    const late = await issue({ programmeId: p.gid, schoolId: s.school.gid, kind: 'COMPLETION' });
    expect(late).toMatchObject({ issued: 1, alreadyIssued: 2, skipped: 0 });
  });

  it('EXCELLENT_TRAINEE goes to confirmed nominees, never to teachers in remedial study', async () => {
    for (const enrolment of [qualified, remedial, failing]) {
      const row = await t.db.prisma.enrolment.findUniqueOrThrow({
        where: { id: enrolment.id },
        select: { classId: true },
      });
      await t.db.prisma.excellentNomination.create({
        data: {
          programmeId: p.id,
          enrolmentId: enrolment.id,
          classId: row.classId ?? s.class.id,
          orgPath: s.class.path,
          nominatedById: s.tutor.id,
          status: enrolment === failing ? 'WITHDRAWN' : 'CONFIRMED',
        },
      });
    }
    await t.db.prisma.remedialRound.create({
      data: {
        failedEnrolmentId: remedial.id,
        enrolmentId: remedial.id,
        round: 1,
        orgPath: remedial.orgPath,
        createdById: s.admin.id,
      },
    });
    const result = await issue({ programmeId: p.gid, kind: 'EXCELLENT_TRAINEE' }, d.admin);
    expect(result).toMatchObject({ kind: 'EXCELLENT_TRAINEE', issued: 1, skipped: 1 });
    const rows = new Map(result.rows.map((row: AdHoc) => [row.enrolmentId, row]));
    expect(rows.size).toBe(2);
    expect(rows.get(qualified.gid)).toMatchObject({ outcome: 'ISSUED', certificate: { kind: 'EXCELLENT_TRAINEE' } });
    expect(rows.get(remedial.gid)).toMatchObject({
      outcome: 'IN_REMEDIATION',
      certificate: null,
      reasons: [expect.stringMatching(/remedial study/)],
    });
  });

  it('only the district admin issues; another district’s finds the programme missing; refused input changes nothing', async () => {
    const before = await t.db.prisma.certificate.count();
    const school = await t.gql(ISSUE, { input: { programmeId: p.gid, kind: 'COMPLETION' } }, { as: s.admin });
    expect(school.data.issueCertificates).toMatchObject({ __typename: 'ForbiddenActionError' });
    const stranger = await t.gql(ISSUE, { input: { programmeId: p.gid, kind: 'COMPLETION' } }, { as: other.admin });
    expect(stranger.data.issueCertificates).toMatchObject({ __typename: 'NotFoundError' });
    const teacher = await t.gql(
      ISSUE,
      { input: { programmeId: p.gid, kind: 'COMPLETION' } },
      { as: qualified.teacher },
    );
    expect(teacher.data.issueCertificates.__typename).toMatch(/NotFoundError|ForbiddenActionError/);
    const outside = await issue({
      programmeId: p.gid,
      schoolId: (await other.school()).school.gid,
      kind: 'COMPLETION',
    });
    expect(outside.__typename).toMatch(/NotFoundError|InvalidStateError/);
    // A programme whose rules issue no excellent-trainee certificates.
    const plain = await d.programme({ status: 'RUNNING', schools: [s] });
    const stored = await t.db.prisma.programme.findUniqueOrThrow({ where: { id: plain.id }, select: { rules: true } });
    await t.db.prisma.programme.update({
      where: { id: plain.id },
      data: { rules: { ...(stored.rules as object), certificates: { excellentTrainee: false } } },
    });
    const refused = await issue({ programmeId: plain.gid, kind: 'EXCELLENT_TRAINEE' });
    expect(refused).toMatchObject({ __typename: 'InvalidStateError', code: 'INVALID_STATE' });
    expect(await t.db.prisma.certificate.count()).toBe(before);
  });
});

async function certificateOf(enrolment: EnrolmentRef, kind = 'COMPLETION') {
  return t.db.prisma.certificate.findUniqueOrThrow({
    where: { enrolmentId_kind: { enrolmentId: enrolment.id, kind: kind as 'COMPLETION' } },
  });
}

describe('verification', () => {
  it('the credential is an OB 3.0 OpenBadgeCredential VC-JWT with a status entry', async () => {
    const cert = await certificateOf(qualified);
    const header = decodeProtectedHeader(cert.credential);
    expect(header).toMatchObject({ typ: 'vc+jwt', alg: 'ES256', kid: cert.keyId });
    const payload = decodeJwt(cert.credential) as AdHoc;
    expect(payload.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(payload.id).toBe(URLS.credential(cert.id));
    expect(payload.issuer.id).toBe(URLS.issuer);
    expect(payload.credentialSubject.identifier[0].identityHash).toBe('张<script>alert(1)</script>三');
    const { list, index } = statusPosition(cert.statusIndex);
    expect(payload.credentialStatus).toMatchObject({
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(index),
      statusListCredential: URLS.statusList(list),
    });
    expect(cert.expiresAt?.getUTCFullYear()).toBe(cert.issuedAt.getUTCFullYear() + 5);
  });

  it('verifies offline with the published JWKS alone (fetched once, no server afterwards); one changed byte fails', async () => {
    const cert = await certificateOf(elsewhere);
    const jwksResponse = await t.fetch('/.well-known/jwks.json');
    expect(jwksResponse.status).toBe(200);
    expect(jwksResponse.headers.get('access-control-allow-origin')).toBe('*');
    const jwks = (await jwksResponse.json()) as { keys: JWK[] };
    expect(jwks.keys.every((key) => !('d' in key))).toBe(true);
    const { list } = statusPosition(cert.statusIndex);
    const statusJwt = await (await t.fetch(`/credentials/status/${list}`)).text();
    // From here on: no app, no database.
    const keys = createLocalJWKSet(jwks);
    const bits = await statusListBits(statusJwt, { keys, issuerId: URLS.issuer });
    const offline = (credential: string) =>
      verifyCredentialJwt(credential, { keys, issuerId: URLS.issuer, statusList: async () => bits });
    expect(await offline(cert.credential)).toMatchObject({ valid: true, status: 'VALID', statusChecked: true });
    const at = cert.credential.length - 5;
    const changed =
      cert.credential.slice(0, at) + (cert.credential[at] === 'x' ? 'y' : 'x') + cert.credential.slice(at + 1);
    expect(await offline(changed)).toMatchObject({ valid: false, status: 'INVALID_SIGNATURE' });
  });

  it('verifyCredential (GraphQL, public) and POST /credentials/verify reveal only what the credential carries', async () => {
    const cert = await certificateOf(elsewhere);
    const res = await t.gql(VERIFY, { credential: cert.credential }, { as: null });
    expect(res.errors).toBeUndefined();
    expect(res.data.verifyCredential).toMatchObject({
      valid: true,
      status: 'VALID',
      kind: 'COMPLETION',
      subjectName: elsewhere.teacher.displayName,
      issuer: { id: URLS.issuer },
      credentialId: URLS.credential(cert.id),
      errors: [],
    });
    expect(Object.keys(res.data.verifyCredential).sort()).toEqual(
      [
        'achievementName',
        'credentialId',
        'errors',
        'expiresAt',
        'issuedAt',
        'issuer',
        'kind',
        'status',
        'subjectName',
        'valid',
      ].sort(),
    );
    const http = await t.fetch('/credentials/verify', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: cert.credential,
    });
    expect(http.status).toBe(200);
    const body = (await http.json()) as AdHoc;
    expect(body).toMatchObject({ valid: true, status: 'VALID', subjectName: elsewhere.teacher.displayName });
    const json = await t.fetch('/credentials/verify', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ credential: 'garbage' }),
    });
    expect(await json.json()).toMatchObject({ valid: false, status: 'MALFORMED' });
    expect((await t.fetch('/credentials/verify')).status).toBe(405);
    const huge = await t.fetch('/credentials/verify', { method: 'POST', body: 'x'.repeat(200_000) });
    expect(huge.status).toBe(413);
  });

  it('a revoked certificate reports REVOKED through the status list, to every verifier', async () => {
    const cert = await certificateOf(elsewhere);
    const denied = await t.gql(
      REVOKE,
      { input: { certificateId: gid('Certificate', cert.id), reason: '材料造假' } },
      { as: s2.admin },
    );
    expect(denied.data.revokeCertificate.__typename).toBe('ForbiddenActionError');
    const noReason = await t.gql(
      REVOKE,
      { input: { certificateId: gid('Certificate', cert.id), reason: '  ' } },
      { as: d.admin },
    );
    expect(noReason.data.revokeCertificate.__typename).toBe('ValidationError');
    const done = await t.gql(
      REVOKE,
      { input: { certificateId: gid('Certificate', cert.id), reason: '材料造假' } },
      { as: d.admin },
    );
    expect(done.data.revokeCertificate).toMatchObject({ certificate: { revoked: true, revocationReason: '材料造假' } });
    const twice = await t.gql(
      REVOKE,
      { input: { certificateId: gid('Certificate', cert.id), reason: 'again' } },
      { as: d.admin },
    );
    expect(twice.data.revokeCertificate.__typename).toBe('InvalidStateError');

    const res = await t.gql(VERIFY, { credential: cert.credential });
    expect(res.data.verifyCredential).toMatchObject({ valid: false, status: 'REVOKED' });
    expect(JSON.stringify(res.data)).not.toContain('材料造假');
    // The status list: a signed VC-JWT of at least 16 KiB of bits, this one set.
    const { list, index } = statusPosition(cert.statusIndex);
    const listResponse = await t.fetch(`/credentials/status/${list}`);
    expect(listResponse.headers.get('content-type')).toBe('application/vc+jwt');
    const statusJwt = await listResponse.text();
    const payload = decodeJwt(statusJwt) as AdHoc;
    expect(payload.type).toEqual(['VerifiableCredential', 'BitstringStatusListCredential']);
    expect(payload.credentialSubject).toMatchObject({ type: 'BitstringStatusList', statusPurpose: 'revocation' });
    const bits = decodeStatusList(payload.credentialSubject.encodedList);
    expect(bits.length * 8).toBeGreaterThanOrEqual(STATUS_LIST_SIZE);
    expect(bitAt(bits, index)).toBe(true);
    expect(bitAt(bits, statusPosition((await certificateOf(qualified)).statusIndex).index)).toBe(false);
    // Offline, with the fresh list.
    const keys = createLocalJWKSet((await (await t.fetch('/.well-known/jwks.json')).json()) as { keys: JWK[] });
    const offline = await verifyCredentialJwt(cert.credential, {
      keys,
      issuerId: URLS.issuer,
      statusList: async () => statusListBits(statusJwt, { keys, issuerId: URLS.issuer }),
    });
    expect(offline).toMatchObject({ valid: false, status: 'REVOKED' });
  });

  it('a rotated key still verifies old credentials; new ones are signed with the new key; instances agree on it', async () => {
    const old = await certificateOf(qualified);
    const before = await currentIssuerKey(t.db.prisma, DEVELOPMENT_CERTIFICATE_SETTINGS.keySecret);
    const { kid, retired } = await rotateIssuerKey(t.db.prisma, DEVELOPMENT_CERTIFICATE_SETTINGS.keySecret);
    expect(retired).toEqual([before.kid]);
    // Another API instance on the same database reads the same current key.
    const second = t.variant({});
    expect((await currentIssuerKey(second.db.prisma, DEVELOPMENT_CERTIFICATE_SETTINGS.keySecret)).kid).toBe(kid);
    const jwks = (await (await t.fetch('/.well-known/jwks.json')).json()) as { keys: JWK[] };
    expect(jwks.keys.map((key) => key.kid)).toEqual([before.kid, kid]);
    const keys = createLocalJWKSet(jwks);
    expect(await verifyCredentialJwt(old.credential, { keys, issuerId: URLS.issuer })).toMatchObject({
      status: 'VALID',
    });
    expect((await t.gql(VERIFY, { credential: old.credential })).data.verifyCredential.status).toBe('VALID');
    // A new certificate (the failing teacher's excellent one is not due; issue for a newly qualified teacher).
    const late = await p.teacher(s2);
    await passSchoolStudy(late);
    const result = await issue({ programmeId: p.gid, schoolId: s2.school.gid, kind: 'COMPLETION' });
    expect(result.issued).toBe(1);
    const fresh = await certificateOf(late);
    expect(fresh.keyId).toBe(kid);
    expect(decodeProtectedHeader(fresh.credential).kid).toBe(kid);
    expect(await verifyCredentialJwt(fresh.credential, { keys, issuerId: URLS.issuer })).toMatchObject({
      status: 'VALID',
    });
    // The status list is now signed with the new key and still verifies.
    const statusJwt = await (await t.fetch('/credentials/status/0')).text();
    expect(decodeProtectedHeader(statusJwt).kid).toBe(kid);
    expect(await statusListBits(statusJwt, { keys, issuerId: URLS.issuer })).not.toBeNull();
  });
});

describe('concurrency', () => {
  it('two simultaneous runs issue each certificate once (one waits for the other)', async () => {
    const newcomer = await p.teacher(s2);
    await passSchoolStudy(newcomer);
    const input = { programmeId: p.gid, schoolId: s2.school.gid, kind: 'COMPLETION' };
    const second = t.variant({});
    const [a, b] = await Promise.all([
      issue(input),
      second.gql(ISSUE, { input }, { as: d.admin }).then((res) => res.data.issueCertificates),
    ]);
    expect([a.issued, b.issued].sort()).toEqual([0, 1]);
    expect(await t.db.prisma.certificate.count({ where: { enrolmentId: newcomer.id } })).toBe(1);
  });
});

const LIST = `query($programmeId: ID!, $schoolId: ID, $first: Int) { certificates(programmeId: $programmeId, schoolId: $schoolId, first: $first) {
  totalCount nodes { id kind enrolment { id } } } }`;
const NODE = `query($id: ID!) { node(id: $id) { ... on Certificate { id kind credential verificationUrl pdfUrl } } }`;
const MINE = `{ myCertificates { id kind programme { id } revoked } }`;
const ON_ENROLMENT = `query($id: ID!) { node(id: $id) { ... on Enrolment { certificates { id kind } } } }`;

describe('who sees certificates', () => {
  it('a teacher sees their own; schools their teachers’; districts theirs; nobody else (denied looks missing)', async () => {
    const cert = await certificateOf(qualified);
    const id = gid('Certificate', cert.id);
    const node = async (as: AdHoc) => (await t.gql(NODE, { id }, { as })).data?.node ?? null;
    expect(await node(qualified.teacher)).toMatchObject({ id, verificationUrl: URLS.credential(cert.id) });
    expect(await node(s.admin)).toMatchObject({ id });
    expect(await node(d.admin)).toMatchObject({ id });
    expect(await node(d.provinceAdmin)).toMatchObject({ id });
    for (const stranger of [null, failing.teacher, s.tutor, s2.admin, other.admin])
      expect(await node(stranger)).toBeNull();

    const mine = (await t.gql(MINE, {}, { as: qualified.teacher })).data.myCertificates;
    expect(mine.map((c: AdHoc) => c.kind).sort()).toEqual(['COMPLETION', 'EXCELLENT_TRAINEE']);
    expect((await t.gql(MINE, {}, { as: null })).data.myCertificates).toEqual([]);

    const onEnrolment = async (as: AdHoc) =>
      (await t.gql(ON_ENROLMENT, { id: qualified.gid }, { as })).data?.node?.certificates ?? null;
    expect(await onEnrolment(qualified.teacher)).toHaveLength(2);
    expect(await onEnrolment(s.admin)).toHaveLength(2);
    expect(await onEnrolment(s2.admin)).toBeNull();

    const listed = async (as: AdHoc, schoolId?: string) =>
      (await t.gql(LIST, { programmeId: p.gid, schoolId, first: 100 }, { as })).data.certificates;
    const all = await t.db.prisma.certificate.count({ where: { programmeId: p.id } });
    expect((await listed(d.admin)).totalCount).toBe(all);
    const inS = await t.db.prisma.certificate.count({ where: { programmeId: p.id, orgPath: s.school.path } });
    expect((await listed(s.admin)).totalCount).toBe(inS);
    expect((await listed(d.admin, s.school.gid)).totalCount).toBe(inS);
    expect((await listed(s2.admin, s.school.gid)).totalCount).toBe(0);
    expect((await listed(other.admin)).totalCount).toBe(0);
    expect((await listed(qualified.teacher)).nodes.map((c: AdHoc) => c.enrolment.id)).toEqual([
      qualified.gid,
      qualified.gid,
    ]);
    expect((await listed(null)).totalCount).toBe(0);
  });

  it('the list costs the same statements for 1 or 100 a page', async () => {
    const query = `query($programmeId: ID!, $first: Int) { certificates(programmeId: $programmeId, first: $first) {
      totalCount nodes { id kind issuedAt revoked verificationUrl programme { id name } enrolment { id } } } }`;
    const one = await t.statementsFor(query, { programmeId: p.gid, first: 1 }, { as: d.admin });
    const many = await t.statementsFor(query, { programmeId: p.gid, first: 100 }, { as: d.admin });
    expect(many.data.certificates.nodes.length).toBeGreaterThan(3);
    expect(many.count).toBe(one.count);
  });
});

describe('the printable views', () => {
  it('GET /credentials/<id> is an HTML page, escaped, with an inline SVG QR code of its URL and its status', async () => {
    const cert = await certificateOf(qualified);
    const res = await t.fetch(`/credentials/${cert.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await res.text();
    expect(html).not.toContain('<script>');
    expect(html).toContain('张&lt;script&gt;alert(1)&lt;/script&gt;三');
    expect(html).toContain('结业证书');
    expect(html).toMatch(/<svg[^>]*>/);
    expect(html).toContain(URLS.credential(cert.id));
    expect(html).toContain('有效');
    const revoked = await certificateOf(elsewhere);
    expect(await (await t.fetch(`/credentials/${revoked.id}`)).text()).toContain('已撤销');
    // Nothing stored beyond the credential leaks: not the revocation reason.
    expect(await (await t.fetch(`/credentials/${revoked.id}`)).text()).not.toContain('材料造假');
  });

  it('GET /credentials/<id>.pdf is a PDF with the CJK font embedded; .jwt is the credential', async () => {
    const cert = await certificateOf(qualified, 'EXCELLENT_TRAINEE');
    const res = await t.fetch(`/credentials/${cert.id}.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.toString('latin1')).toMatch(/NotoSansSC/);
    const jwt = await t.fetch(`/credentials/${cert.id}.jwt`);
    expect(await jwt.text()).toBe(cert.credential);
  });

  it('unknown ids, bad paths and other methods are refused', async () => {
    expect((await t.fetch('/credentials/019ad0c2-0000-7000-8000-000000000000')).status).toBe(404);
    expect((await t.fetch('/credentials/not-an-id')).status).toBe(404);
    expect((await t.fetch('/credentials/status/abc')).status).toBe(404);
    expect((await t.fetch('/credentials/status/99999999')).status).toBe(404);
    expect((await t.fetch('/.well-known/jwks.json', { method: 'POST' })).status).toBe(405);
    const issuer = await (await t.fetch('/credentials/issuer')).json();
    expect(issuer).toMatchObject({ id: URLS.issuer, type: ['Profile'] });
  });
});
