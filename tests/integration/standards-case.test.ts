/**
 * CASE 1.1 routes through the real server: the catalogue as CFDocuments, a CFPackage (items, isChildOf associations,
 * the assessment specs' rubrics) and CFItems, validated against tests/schemas/case-v1p1.json; public for published
 * catalogues, drafts missing for everyone; every role of two districts.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEVELOPMENT_CERTIFICATE_SETTINGS } from '../../api/certificates/settings.js';
import { seedAssessmentSpecs } from '../../prisma/seed/assessment-specs.js';
import { type TestApp, testApp } from '../kit/app.js';
import type { CatalogueRef, UserRef } from '../kit/world.js';
import { expectValid } from '../schemas/validate.js';
import { matrix, type Tenant, tenant, VIEWERS, viewerIn } from './matrix/kit.js';

const BASE = '/ims/case/v1p1';
let t: TestApp;
let A: Tenant;
let B: Tenant;
let catalogue: CatalogueRef;
let draftId: string;
let draftItemId: string;

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

beforeAll(async () => {
  t = await testApp({ certificates: { ...DEVELOPMENT_CERTIFICATE_SETTINGS, baseUrl: 'https://api.tisheng.example' } });
  matrix.t = t;
  catalogue = await t.world.catalogue();
  await seedAssessmentSpecs(t.db.prisma);
  A = await tenant();
  B = await tenant();
  // A draft catalogue of district B: never served.
  const draft = await t.db.prisma.catalogue.create({
    data: {
      code: 'DRAFT-CASE',
      version: '0.1',
      kind: 'TEACHER_COMPETENCY',
      status: 'DRAFT',
      nameZh: '草稿',
      nameEn: 'Draft',
      ownerOrganisationId: B.d.district.id,
      dimensions: { create: [{ code: 'X', nameZh: '维度', nameEn: 'Dimension', position: 1 }] },
    },
    select: { id: true, dimensions: { select: { id: true } } },
  });
  draftId = draft.id;
  draftItemId = draft.dimensions[0]?.id ?? '';
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('CFDocuments, CFPackages, CFItems', () => {
  test('the published catalogue is a CFDocument; drafts are not listed', async () => {
    const answer = await get(`${BASE}/CFDocuments`, null);
    expect(answer.status).toBe(200);
    expectValid('case-v1p1.json', 'CFDocumentSet', answer.body);
    const documents = answer.body.CFDocuments as Array<Record<string, unknown>>;
    expect(documents.map((d) => d.identifier)).toContain(catalogue.id);
    expect(documents.map((d) => d.identifier)).not.toContain(draftId);
    expect(answer.headers.get('x-total-count')).toBe(String(documents.length));
    const document = documents.find((d) => d.identifier === catalogue.id);
    expect(document).toMatchObject({
      uri: `https://api.tisheng.example${BASE}/CFDocuments/${catalogue.id}`,
      caseVersion: '1.1',
      adoptionStatus: 'Adopted',
      CFPackageURI: { identifier: catalogue.id, uri: `https://api.tisheng.example${BASE}/CFPackages/${catalogue.id}` },
    });
    const single = await get(`${BASE}/CFDocuments/${catalogue.id}`, null);
    expectValid('case-v1p1.json', 'CFDocument', single.body);
    const paged = await get(`${BASE}/CFDocuments?limit=1&offset=0`, null);
    expect((paged.body.CFDocuments as unknown[]).length).toBe(1);
  });

  test('the CFPackage: dimensions and competencies as CFItems, isChildOf associations, the specs’ rubrics', async () => {
    const answer = await get(`${BASE}/CFPackages/${catalogue.id}`, null);
    expect(answer.status).toBe(200);
    expectValid('case-v1p1.json', 'CFPackage', answer.body);
    const items = answer.body.CFItems as Array<Record<string, unknown>>;
    const associations = answer.body.CFAssociations as Array<Record<string, unknown>>;
    const rubrics = answer.body.CFRubrics as Array<Record<string, unknown>>;
    const competencies = items.filter((item) => item.CFItemType === 'Competency');
    const dimensions = items.filter((item) => item.CFItemType === 'Dimension');
    expect(competencies).toHaveLength(30);
    expect(dimensions.length).toBeGreaterThan(0);
    const a1 = catalogue.competency('A1');
    expect(competencies.find((item) => item.identifier === a1.id)).toMatchObject({ humanCodingScheme: 'A1' });
    // Every item is the child of something: a dimension of the document, a competency of its dimension.
    expect(associations).toHaveLength(items.length);
    expect(associations.every((a) => a.associationType === 'isChildOf')).toBe(true);
    const ofA1 = associations.find((a) => (a.originNodeURI as { identifier: string }).identifier === a1.id);
    expect(dimensions.map((d) => d.identifier)).toContain(
      (ofA1?.destinationNodeURI as { identifier: string } | undefined)?.identifier,
    );
    const ofDimension = associations.find(
      (a) => (a.originNodeURI as { identifier: string }).identifier === dimensions[0]?.identifier,
    );
    expect((ofDimension?.destinationNodeURI as { identifier: string } | undefined)?.identifier).toBe(catalogue.id);
    // The national rubrics (C1's own and the default) as CFRubrics.
    expect(rubrics).toHaveLength(2);
    expect(rubrics.every((r) => (r.CFRubricCriteria as unknown[]).length > 0)).toBe(true);
    // Stable identifiers between calls.
    const again = await get(`${BASE}/CFPackages/${catalogue.id}`, null);
    expect(again.body).toEqual(answer.body);
  });

  test('a CFItem by id (a competency, a dimension)', async () => {
    const a1 = catalogue.competency('A1');
    const item = await get(`${BASE}/CFItems/${a1.id}`, null);
    expectValid('case-v1p1.json', 'CFItem', item.body);
    expect(item.body).toMatchObject({
      identifier: a1.id,
      CFItemType: 'Competency',
      CFDocumentURI: { identifier: catalogue.id },
    });
    const pkg = await get(`${BASE}/CFPackages/${catalogue.id}`, null);
    const dimension = (pkg.body.CFItems as Array<{ identifier: string; CFItemType: string }>).find(
      (i) => i.CFItemType === 'Dimension',
    );
    const dim = await get(`${BASE}/CFItems/${dimension?.identifier}`, null);
    expectValid('case-v1p1.json', 'CFItem', dim.body);
  });

  test('unknown ids, drafts and bad paths are 404 with the imsx body; a bad token is a 401', async () => {
    for (const path of [
      `${BASE}/CFPackages/${draftId}`,
      `${BASE}/CFDocuments/${draftId}`,
      `${BASE}/CFItems/${draftItemId}`,
      `${BASE}/CFPackages/00000000-0000-4000-8000-000000000000`,
      `${BASE}/CFPackages/not-a-uuid`,
      `${BASE}/CFItems`,
    ]) {
      const answer = await get(path, B.d.admin);
      expect(answer.status, path).toBe(404);
      expectValid('imsx-status-info.json', 'Case', answer.body);
    }
    const bad = await get(`${BASE}/CFDocuments`, null, 'garbage');
    expect(bad.status).toBe(401);
    expectValid('imsx-status-info.json', 'Case', bad.body);
    const post = await t.fetch(`${BASE}/CFDocuments`, { method: 'POST' });
    expect(post.status).toBe(405);
  });

  test('the package costs the same statements whatever its size', async () => {
    const principal = await t.world.principalStandard();
    const big = (await t.measure(() => get(`${BASE}/CFPackages/${catalogue.id}`, null))).statements;
    const small = (await t.measure(() => get(`${BASE}/CFPackages/${principal.id}`, null))).statements;
    expect(big).toBe(small);
  });
});

describe('authorization: public for published catalogues, drafts missing, for every role in both districts', () => {
  test('every viewer of district A and of district B', async () => {
    const a1 = catalogue.competency('A1');
    for (const x of [A, B]) {
      for (const v of VIEWERS) {
        const as = viewerIn(x, v);
        const outcomes = [
          (await get(`${BASE}/CFDocuments`, as)).status,
          (await get(`${BASE}/CFPackages/${catalogue.id}`, as)).status,
          (await get(`${BASE}/CFItems/${a1.id}`, as)).status,
          (await get(`${BASE}/CFPackages/${draftId}`, as)).status,
          (await get(`${BASE}/CFItems/${draftItemId}`, as)).status,
        ];
        expect(outcomes, v).toEqual([200, 200, 200, 404, 404]);
      }
    }
  });
});
