// Certificates without a server: the Open Badges 3.0 credential, the Bitstring Status List, VC-JWT verification outcomes
// (valid, one changed byte, revoked, expired, unknown issuer or key, malformed), key sealing, issuing rules, escaping.
import { createLocalJWKSet, decodeProtectedHeader, exportJWK, generateKeyPair, type JWK } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCredential, type CredentialInput, signCredential } from '../../api/certificates/credential.js';
import { IssuerKeyUnreadableError, newKeyRow, openPrivateJwk, sealPrivateJwk } from '../../api/certificates/keys.js';
import { statusListCredential } from '../../api/certificates/service.js';
import { certificateUrls } from '../../api/certificates/settings.js';
import {
  bitAt,
  bitstringOf,
  decodeStatusList,
  encodeStatusList,
  STATUS_LIST_SIZE,
  statusPosition,
} from '../../api/certificates/status-list.js';
import { statusListBits, verifyCredentialJwt } from '../../api/certificates/verify.js';
import { escapeHtml, renderCertificateHtml } from '../../api/certificates/view.js';
import { DEVELOPMENT_CREDENTIAL_KEY_SECRET, loadConfig } from '../../api/config.js';
import { expiryOf, issueOutcome } from '../../schema/certificates/rules.js';

const SETTINGS = { baseUrl: 'https://tisheng.example.cn', issuerName: '某省教师发展中心', keySecret: 's'.repeat(32) };
const URLS = certificateUrls(SETTINGS.baseUrl);
const NOW = new Date('2026-12-02T09:00:00Z');

const INPUT: CredentialInput = {
  certificateId: '019ad0c2-0000-7000-8000-000000000001',
  kind: 'COMPLETION',
  teacherName: '张三',
  programme: { id: 'p-1', name: '2026年信息技术应用能力提升工程2.0' },
  districtName: '某区',
  statusIndex: 131_072 + 5,
  issuedAt: NOW,
  expiresAt: new Date('2031-12-02T09:00:00Z'),
};

let signer: { kid: string; alg: string; privateKey: CryptoKey };
let jwks: { keys: JWK[] };

async function keyPair(kid: string) {
  const pair = await generateKeyPair('ES256', { extractable: true });
  return {
    signer: { kid, alg: 'ES256', privateKey: pair.privateKey },
    jwk: { ...(await exportJWK(pair.publicKey)), kid, alg: 'ES256', use: 'sig' },
  };
}

beforeAll(async () => {
  const made = await keyPair('k1');
  signer = made.signer;
  jwks = { keys: [made.jwk] };
});

const verify = (jwt: unknown, extra: { revoked?: number[]; now?: Date; keys?: { keys: JWK[] } } = {}) =>
  verifyCredentialJwt(jwt, {
    keys: createLocalJWKSet(extra.keys ?? jwks),
    issuerId: URLS.issuer,
    now: extra.now ?? NOW,
    statusList: async (url) => (url === URLS.statusList(1) ? bitstringOf(extra.revoked ?? []) : null),
  });

describe('the OpenBadgeCredential', () => {
  it('has the VC 2.0 and OB 3.0 contexts, types, issuer Profile, validity, AchievementSubject and status entry', () => {
    const credential = buildCredential(INPUT, SETTINGS);
    expect(credential['@context']).toEqual([
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ]);
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential.id).toBe(`https://tisheng.example.cn/credentials/${INPUT.certificateId}`);
    expect(credential.issuer).toEqual({
      id: 'https://tisheng.example.cn/credentials/issuer',
      type: ['Profile'],
      name: '某省教师发展中心',
    });
    expect(credential.validFrom).toBe('2026-12-02T09:00:00Z');
    expect(credential.validUntil).toBe('2031-12-02T09:00:00Z');
    expect(credential.credentialSubject.type).toEqual(['AchievementSubject']);
    expect(credential.credentialSubject.identifier).toEqual([
      { type: 'IdentityObject', identityHash: '张三', identityType: 'name', hashed: false },
    ]);
    expect(credential.credentialSubject.achievement).toMatchObject({
      type: ['Achievement'],
      achievementType: 'CertificateOfCompletion',
      name: '2026年信息技术应用能力提升工程2.0 结业证书',
      criteria: { narrative: expect.stringContaining('完成全部研修任务') },
    });
    // Status index 131,077 is entry 5 of list 1.
    expect(credential.credentialStatus).toEqual({
      id: 'https://tisheng.example.cn/credentials/status/1#5',
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: '5',
      statusListCredential: 'https://tisheng.example.cn/credentials/status/1',
    });
  });

  it('an excellent-trainee certificate is an Award; without validYears there is no validUntil', () => {
    const credential = buildCredential({ ...INPUT, kind: 'EXCELLENT_TRAINEE', expiresAt: null }, SETTINGS);
    expect(credential.credentialSubject.achievement.achievementType).toBe('Award');
    expect(credential.name).toContain('优秀学员证书');
    expect(credential).not.toHaveProperty('validUntil');
  });

  it('is signed as a VC-JWT: typ vc+jwt, cty vc, the kid and alg; the payload is the credential itself', async () => {
    const credential = buildCredential(INPUT, SETTINGS);
    const jwt = await signCredential(credential, signer);
    expect(decodeProtectedHeader(jwt)).toEqual({ alg: 'ES256', kid: 'k1', typ: 'vc+jwt', cty: 'vc' });
    expect(JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString())).toEqual(credential);
  });
});

describe('the Bitstring Status List', () => {
  it('puts entry i at bit i from the most significant bit of the first byte', () => {
    const bits = bitstringOf([0, 9, STATUS_LIST_SIZE - 1]);
    expect(bits.length).toBe(16 * 1024);
    expect(bits[0]).toBe(0x80);
    expect(bits[1]).toBe(0x40);
    expect(bits[bits.length - 1]).toBe(0x01);
    expect([0, 1, 8, 9].map((i) => bitAt(bits, i))).toEqual([true, false, false, true]);
    expect(() => bitstringOf([STATUS_LIST_SIZE])).toThrow(RangeError);
  });

  it('encodes as multibase "u" + base64url of GZIP and decodes back to the same 16 KiB', () => {
    const bits = bitstringOf([3, 94_567]);
    const encoded = encodeStatusList(bits);
    expect(encoded).toMatch(/^uH4sI[A-Za-z0-9_-]+$/);
    expect(encoded.length).toBeLessThan(200);
    const decoded = decodeStatusList(encoded);
    expect(decoded.length).toBe(16 * 1024);
    expect(Buffer.from(decoded).equals(Buffer.from(bits))).toBe(true);
    expect(bitAt(decoded, 94_567)).toBe(true);
    expect(bitAt(decoded, 94_568)).toBe(false);
    expect(() => decodeStatusList('u!!')).toThrow();
  });

  it('places a global status index in its list', () => {
    expect(statusPosition(1)).toEqual({ list: 0, index: 1 });
    expect(statusPosition(STATUS_LIST_SIZE)).toEqual({ list: 1, index: 0 });
    expect(() => statusPosition(-1)).toThrow(RangeError);
  });

  it('the status list credential verifies with the key set and gives its bits; another issuer’s does not', async () => {
    const listJwt = await signCredential(statusListCredential(SETTINGS, 1, [5], NOW), signer);
    const bits = await statusListBits(listJwt, { keys: createLocalJWKSet(jwks), issuerId: URLS.issuer, now: NOW });
    expect(bits && bitAt(bits, 5)).toBe(true);
    expect(bits && bitAt(bits, 6)).toBe(false);
    expect(await statusListBits(listJwt, { keys: createLocalJWKSet(jwks), issuerId: 'https://other', now: NOW })).toBe(
      null,
    );
    // Stale: a day later it must be fetched again.
    const later = new Date(NOW.getTime() + 25 * 3600_000);
    expect(await statusListBits(listJwt, { keys: createLocalJWKSet(jwks), issuerId: URLS.issuer, now: later })).toBe(
      null,
    );
  });
});

describe('verification', () => {
  let jwt: string;
  beforeAll(async () => {
    jwt = await signCredential(buildCredential(INPUT, SETTINGS), signer);
  });

  it('VALID with the key set alone, reporting only what the credential carries', async () => {
    const result = await verify(jwt);
    expect(result).toMatchObject({
      valid: true,
      status: 'VALID',
      kind: 'COMPLETION',
      subjectName: '张三',
      achievementName: '2026年信息技术应用能力提升工程2.0 结业证书',
      issuer: { id: URLS.issuer, name: '某省教师发展中心' },
      statusChecked: true,
      errors: [],
    });
    expect(result.issuedAt?.toISOString()).toBe('2026-12-02T09:00:00.000Z');
  });

  it('one changed byte anywhere fails (signature, payload or header)', async () => {
    const flip = (at: number) => {
      const c = jwt[at] === 'A' ? 'B' : 'A';
      return jwt.slice(0, at) + c + jwt.slice(at + 1);
    };
    const [header = '', payload = ''] = jwt.split('.');
    const positions = [
      5, // header
      header.length + 1 + 40, // payload
      header.length + 1 + Math.floor(payload.length / 2),
      jwt.length - 10, // signature
    ];
    for (const at of positions) {
      const result = await verify(flip(at));
      expect(result.valid, `byte ${at}`).toBe(false);
      expect(['INVALID_SIGNATURE', 'MALFORMED']).toContain(result.status);
    }
    // A well-formed forgery: another name, same signature.
    const forged = JSON.parse(Buffer.from(payload, 'base64url').toString());
    forged.credentialSubject.identifier[0].identityHash = '李四';
    const tampered = [header, Buffer.from(JSON.stringify(forged)).toString('base64url'), jwt.split('.')[2]].join('.');
    expect(await verify(tampered)).toMatchObject({ valid: false, status: 'INVALID_SIGNATURE' });
  });

  it('REVOKED when its bit is set in the status list', async () => {
    expect(await verify(jwt, { revoked: [5] })).toMatchObject({ valid: false, status: 'REVOKED' });
    expect(await verify(jwt, { revoked: [4, 6] })).toMatchObject({ valid: true, status: 'VALID' });
  });

  it('EXPIRED after validUntil; NOT_YET_VALID before validFrom', async () => {
    expect(await verify(jwt, { now: new Date('2031-12-03T00:00:00Z') })).toMatchObject({ status: 'EXPIRED' });
    expect(await verify(jwt, { now: new Date('2026-01-01T00:00:00Z') })).toMatchObject({ status: 'NOT_YET_VALID' });
  });

  it('UNKNOWN_ISSUER for another issuer or a key not in the set; a retired key still in the set verifies', async () => {
    const other = await signCredential(
      buildCredential(INPUT, { ...SETTINGS, baseUrl: 'https://evil.example' }),
      signer,
    );
    expect(await verify(other)).toMatchObject({ valid: false, status: 'UNKNOWN_ISSUER' });
    const stranger = await keyPair('k-stranger');
    const unknownKey = await signCredential(buildCredential(INPUT, SETTINGS), stranger.signer);
    expect(await verify(unknownKey)).toMatchObject({ valid: false, status: 'UNKNOWN_ISSUER' });
    // The same kid with another key: the signature fails.
    const impostor = await signCredential(buildCredential(INPUT, SETTINGS), { ...stranger.signer, kid: 'k1' });
    expect(await verify(impostor)).toMatchObject({ valid: false, status: 'INVALID_SIGNATURE' });
    // Rotation: a new key joins the set, the old one stays: both verify.
    const rotated = await keyPair('k2');
    const both = { keys: [...jwks.keys, rotated.jwk] };
    const fresh = await signCredential(buildCredential(INPUT, SETTINGS), rotated.signer);
    expect(await verify(jwt, { keys: both })).toMatchObject({ status: 'VALID' });
    expect(await verify(fresh, { keys: both })).toMatchObject({ status: 'VALID' });
  });

  it('MALFORMED for anything that is not a VC-JWT of an OpenBadgeCredential', async () => {
    expect(await verify(42)).toMatchObject({ status: 'MALFORMED', subjectName: null });
    expect(await verify('not.a.jwt!')).toMatchObject({ status: 'MALFORMED' });
    expect(await verify('x'.repeat(70_000))).toMatchObject({ status: 'MALFORMED' });
    const plainJwt = await signCredential({ hello: 'world' }, signer);
    expect(await verify(plainJwt)).toMatchObject({ status: 'MALFORMED' });
  });

  it('without a status list the signature still verifies, and says the status was not checked', async () => {
    const result = await verifyCredentialJwt(jwt, { keys: createLocalJWKSet(jwks), issuerId: URLS.issuer, now: NOW });
    expect(result).toMatchObject({ valid: true, status: 'VALID', statusChecked: false });
  });
});

describe('issuer keys at rest', () => {
  it('seals the private JWK with AES-256-GCM: the right secret and kid open it, anything else does not', async () => {
    const row = await newKeyRow(SETTINGS.keySecret);
    expect(row.kid).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(row.privateJwk).not.toContain('"d"');
    expect(row.publicJwk).not.toHaveProperty('d');
    const jwk = openPrivateJwk(row.privateJwk, SETTINGS.keySecret, row.kid);
    expect(jwk).toMatchObject({ kty: 'EC', crv: 'P-256', kid: row.kid });
    expect(jwk.d).toBeTypeOf('string');
    expect(() => openPrivateJwk(row.privateJwk, 'w'.repeat(32), row.kid)).toThrow(IssuerKeyUnreadableError);
    expect(() => openPrivateJwk(row.privateJwk, SETTINGS.keySecret, 'another-kid')).toThrow(IssuerKeyUnreadableError);
    const sealed = sealPrivateJwk({ kty: 'oct', k: 'AA' }, 'x'.repeat(32), 'a');
    expect(sealed.split('.')[0]).toBe('v1');
    // One ciphertext character changed (the third from the end: all of its bits are data, unlike the last one's).
    const at = sealed.length - 3;
    const tampered = `${sealed.slice(0, at)}${sealed[at] === 'A' ? 'B' : 'A'}${sealed.slice(at + 1)}`;
    expect(() => openPrivateJwk(tampered, 'x'.repeat(32), 'a')).toThrow(IssuerKeyUnreadableError);
  });
});

describe('issuing rules', () => {
  it('never twice; COMPLETION only when qualified; EXCELLENT_TRAINEE never in remedial study', () => {
    const facts = { issued: false, qualified: true, inRemediation: false };
    expect(issueOutcome('COMPLETION', facts)).toBe('ISSUED');
    expect(issueOutcome('COMPLETION', { ...facts, qualified: false })).toBe('NOT_QUALIFIED');
    expect(issueOutcome('COMPLETION', { ...facts, issued: true })).toBe('ALREADY_ISSUED');
    expect(issueOutcome('EXCELLENT_TRAINEE', facts)).toBe('ISSUED');
    expect(issueOutcome('EXCELLENT_TRAINEE', { ...facts, inRemediation: true })).toBe('IN_REMEDIATION');
    expect(issueOutcome('EXCELLENT_TRAINEE', { ...facts, inRemediation: true, issued: true })).toBe('ALREADY_ISSUED');
  });

  it('expires validYears later (29 February → 28 February), or never', () => {
    expect(expiryOf(new Date('2026-12-02T09:00:00Z'), 5)?.toISOString()).toBe('2031-12-02T09:00:00.000Z');
    expect(expiryOf(new Date('2028-02-29T00:00:00Z'), 1)?.toISOString()).toBe('2029-02-28T00:00:00.000Z');
    expect(expiryOf(new Date('2026-12-02T09:00:00Z'), undefined)).toBeNull();
  });
});

describe('the printable page', () => {
  it('escapes everything the credential says and carries the QR code as inline SVG', async () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&`)).toBe(
      '&lt;a href&#61;&quot;x&quot; onclick&#61;&#39;y&#39;&gt;&amp;',
    );
    const html = await renderCertificateHtml({
      url: 'https://tisheng.example.cn/credentials/abc',
      pdfUrl: 'https://tisheng.example.cn/credentials/abc.pdf',
      jwtUrl: 'https://tisheng.example.cn/credentials/abc.jwt',
      jwksUrl: URLS.jwks,
      kind: 'EXCELLENT_TRAINEE',
      subjectName: '<script>alert(1)</script>',
      achievementName: 'A & B',
      description: '"quoted"',
      issuerName: 'Issuer',
      issuedAt: NOW,
      expiresAt: null,
      status: 'REVOKED',
    });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('A &amp; B');
    expect(html).toMatch(/<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(html).toContain('优秀学员证书');
    expect(html).toContain('已撤销');
  });
});

describe('configuration', () => {
  const production = {
    NODE_ENV: 'production',
    AUTH_JWKS_URL: 'https://idp/jwks',
    AUTH_ISSUER: 'idp',
    NATIONAL_ID_KEY: 'k'.repeat(32),
    FILE_LINK_SECRET: 'f'.repeat(32),
  };
  const problem = (env: Record<string, string>) => {
    try {
      loadConfig(env);
      return null;
    } catch (error) {
      return (error as Error).message;
    }
  };

  it('has development defaults, clearly named, outside production', () => {
    const config = loadConfig({ PORT: '4100' });
    expect(config.certificates).toEqual({
      keySecret: DEVELOPMENT_CREDENTIAL_KEY_SECRET,
      baseUrl: 'http://localhost:4100',
      issuerName: expect.any(String),
    });
    expect(DEVELOPMENT_CREDENTIAL_KEY_SECRET).toMatch(/development.*not-secret/);
  });

  it('refuses production without CREDENTIAL_KEY_SECRET or PUBLIC_BASE_URL, and bad values anywhere', () => {
    expect(problem(production)).toMatch(/^CREDENTIAL_KEY_SECRET: is required in production/);
    expect(problem({ ...production, CREDENTIAL_KEY_SECRET: 'c'.repeat(32) })).toMatch(
      /^PUBLIC_BASE_URL: is required in production/,
    );
    const ok = loadConfig({
      ...production,
      CREDENTIAL_KEY_SECRET: 'c'.repeat(32),
      PUBLIC_BASE_URL: 'https://tisheng.example.cn/',
      CREDENTIAL_ISSUER_NAME: '某省教师发展中心',
    });
    expect(ok.certificates).toEqual({
      keySecret: 'c'.repeat(32),
      baseUrl: 'https://tisheng.example.cn',
      issuerName: '某省教师发展中心',
    });
    expect(problem({ CREDENTIAL_KEY_SECRET: 'short' })).toMatch(/^CREDENTIAL_KEY_SECRET: must be at least 32/);
    expect(problem({ PUBLIC_BASE_URL: 'ftp://x' })).toMatch(/^PUBLIC_BASE_URL: must be an http/);
    expect(problem({ PUBLIC_BASE_URL: 'https://x/?q=1' })).toMatch(/^PUBLIC_BASE_URL: must be an http/);
  });
});
