import { readFileSync } from 'node:fs';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../prisma/seed/seed.js';
import { createTestApp, type TestApp } from '../helpers/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seed(t.db.prisma);
});
afterAll(() => t.close());

const tsv = readFileSync(new URL('../../prisma/seed/data/competencies-national-2019.tsv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t'));

describe('catalogues (public, no token)', () => {
  it('answers the integrators’ query with the 30 national points', async () => {
    const res = await t.gql(`{ catalogues(first: 1) { nodes { competencies(first: 30) { totalCount } } } }`);
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ catalogues: { nodes: [{ competencies: { totalCount: 30 } }] } });
  });

  it('holds the 30 points exactly as the national TSV, in order, 194 credits in all', async () => {
    const res = await t.gql(`{ catalogues(first: 1, kind: TEACHER_COMPETENCY) { nodes { code version totalCredits
      competencies(first: 30) { nodes { code nameZh nameEn credits dimension { code nameZh } environment { code nameZh } } } } } }`);
    const catalogue = res.data!.catalogues.nodes[0];
    expect(catalogue.code).toBe('national-2019');
    expect(catalogue.totalCredits).toBe(194);
    expect(catalogue.competencies.nodes).toEqual(
      tsv.map(([code, dimension, dimensionEn, nameZh, nameEn, environment, environmentEn, credits]) => ({
        code,
        nameZh,
        nameEn,
        credits: Number(credits),
        dimension: { code: dimensionEn, nameZh: dimension },
        environment: { code: environmentEn, nameZh: environment },
      })),
    );
  });

  it('gives the dimension × environment distribution (13 multimedia, 10 blended, 7 smart)', async () => {
    const res = await t.gql(
      `{ catalogues(first: 1) { nodes { distribution { dimension { code } environment { code } competencyCount credits } } } }`,
    );
    const cells = res.data!.catalogues.nodes[0].distribution as Array<{
      environment: { code: string };
      competencyCount: number;
      credits: number;
      dimension: { code: string };
    }>;
    const byEnvironment = (code: string) =>
      cells.filter((c) => c.environment.code === code).reduce((n, c) => n + c.competencyCount, 0);
    expect([byEnvironment('MULTIMEDIA'), byEnvironment('BLENDED'), byEnvironment('SMART')]).toEqual([13, 10, 7]);
    expect(
      cells.find((c) => c.dimension.code === 'LEARNING_GUIDANCE' && c.environment.code === 'MULTIMEDIA'),
    ).toMatchObject({ competencyCount: 6, credits: 32 });
    expect(cells.reduce((n, c) => n + c.credits, 0)).toBe(194);
  });

  it('filters competencies by dimension and environment', async () => {
    const res = await t.gql(`{ catalogues(first: 1) { nodes {
      guidance: competencies(first: 30, dimension: "LEARNING_GUIDANCE") { totalCount }
      blendedGuidance: competencies(first: 30, dimension: "LEARNING_GUIDANCE", environment: "BLENDED") { totalCount nodes { code } }
      smart: competencies(first: 30, environment: "SMART") { totalCount } } } }`);
    const node = res.data!.catalogues.nodes[0];
    expect(node.guidance.totalCount).toBe(14);
    expect(node.blendedGuidance.nodes.map((c: { code: string }) => c.code)).toEqual(['B4', 'B5', 'B6', 'B7', 'B8']);
    expect(node.smart.totalCount).toBe(7);
  });

  it('holds the principals’ leadership standard beside it (3 duties, 15 items, no credits)', async () => {
    const res = await t.gql(
      `{ catalogues(first: 5, kind: PRINCIPAL_LEADERSHIP) { totalCount nodes { dimensions { code } environments { code } totalCredits competencies(first: 20) { totalCount } } } }`,
    );
    expect(res.data!.catalogues).toEqual({
      totalCount: 1,
      nodes: [
        {
          dimensions: [
            { code: 'PLANNING_AND_DESIGN' },
            { code: 'ORGANISING_AND_IMPLEMENTING' },
            { code: 'EVALUATING_AND_DRIVING' },
          ],
          environments: [],
          totalCredits: null,
          competencies: { totalCount: 15 },
        },
      ],
    });
  });

  it('fetches a catalogue and a competency by global ID, and refuses an ID of another type', async () => {
    const list = await t.gql(`{ catalogues(first: 1) { nodes { id competencies(first: 1) { nodes { id code } } } } }`);
    const catalogue = list.data!.catalogues.nodes[0];
    const one = await t.gql(`query($id: ID!) { catalogue(id: $id) { code } }`, { id: catalogue.id });
    expect(one.data!.catalogue).toEqual({ code: 'national-2019' });
    const competency = catalogue.competencies.nodes[0];
    const node = await t.gql(`query($id: ID!) { node(id: $id) { ... on Competency { code credits } } }`, {
      id: competency.id,
    });
    expect(node.data!.node).toEqual({ code: 'A1', credits: 4 });
    const wrong = await t.gql(`query($id: ID!) { catalogue(id: $id) { code } }`, { id: competency.id });
    expect(wrong.data?.catalogue ?? null).toBeNull();
    expect(wrong.errors?.[0]?.message).toMatch(/Catalogue/);
  });

  it('keeps a district’s draft catalogue to its own district', async () => {
    const mine = await t.seed.district();
    const other = await t.seed.district();
    const draft = await t.db.prisma.catalogue.create({
      data: {
        code: `draft-${mine.district.code}`,
        version: '1',
        kind: 'TEACHER_COMPETENCY',
        status: 'DRAFT',
        nameZh: '草稿',
        nameEn: 'Draft',
        ownerOrganisationId: mine.district.id,
      },
    });
    const admin = await t.seed.user(mine.district, [['DISTRICT_ADMIN', mine.district]]);
    const outsider = await t.seed.user(other.district, [['DISTRICT_ADMIN', other.district]]);
    const id = encodeGlobalID('Catalogue', draft.id);
    const query = `query($id: ID!) { node(id: $id) { ... on Catalogue { code status } } catalogues(first: 10) { totalCount } }`;
    const seen = await t.gql(query, { id }, admin);
    expect(seen.data!.node).toEqual({ code: draft.code, status: 'DRAFT' });
    expect(seen.data!.catalogues.totalCount).toBe(3);
    for (const viewer of [outsider, null]) {
      const hidden = await t.gql(query, { id }, viewer);
      expect(hidden.errors).toBeUndefined();
      expect(hidden.data!.node).toBeNull();
      expect(hidden.data!.catalogues.totalCount).toBe(2);
    }
  });

  it('refuses a page larger than 100 with a clear error', async () => {
    const res = await t.gql(`{ catalogues(first: 101) { totalCount } }`);
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.message).toMatch(/at most 100/);
  });
});
