import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CatalogueCompetenciesDocument,
  CataloguesDocument,
  CompetencyDocument,
} from '../../sdk/src/generated/graphql.js';
import { type TestApp, testApp } from '../kit/app.js';
import { gid } from '../kit/ids.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  await t.world.catalogue();
  await t.world.principalStandard();
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
    const { catalogues } = await t.data(CataloguesDocument, { first: 1, kind: 'TEACHER_COMPETENCY' });
    const catalogue = catalogues.nodes[0]!;
    expect(catalogue.code).toBe('national-2019');
    expect(catalogue.totalCredits).toBe(194);
    expect(
      catalogue.competencies.nodes.map(({ code, nameZh, nameEn, credits, dimension, environment }) => ({
        code,
        nameZh,
        nameEn,
        credits,
        dimension: { code: dimension.code, nameZh: dimension.nameZh },
        environment: environment && { code: environment.code, nameZh: environment.nameZh },
      })),
    ).toEqual(
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
    const { catalogues } = await t.data(CataloguesDocument, { first: 1 });
    const cells = catalogues.nodes[0]!.distribution;
    const byEnvironment = (code: string) =>
      cells.filter((c) => c.environment?.code === code).reduce((n, c) => n + c.competencyCount, 0);
    expect([byEnvironment('MULTIMEDIA'), byEnvironment('BLENDED'), byEnvironment('SMART')]).toEqual([13, 10, 7]);
    expect(
      cells.find((c) => c.dimension.code === 'LEARNING_GUIDANCE' && c.environment?.code === 'MULTIMEDIA'),
    ).toMatchObject({ competencyCount: 6, credits: 32 });
    expect(cells.reduce((n, c) => n + (c.credits ?? 0), 0)).toBe(194);
  });

  it('filters competencies by dimension and environment', async () => {
    const id = (await t.world.catalogue()).gid;
    const page = async (filter: { dimension?: string; environment?: string }) =>
      (await t.data(CatalogueCompetenciesDocument, { id, first: 30, ...filter })).catalogue!.competencies;
    expect((await page({ dimension: 'LEARNING_GUIDANCE' })).totalCount).toBe(14);
    const blendedGuidance = await page({ dimension: 'LEARNING_GUIDANCE', environment: 'BLENDED' });
    expect(blendedGuidance.nodes.map((c) => c.code)).toEqual(['B4', 'B5', 'B6', 'B7', 'B8']);
    expect((await page({ environment: 'SMART' })).totalCount).toBe(7);
  });

  it('holds the principals’ leadership standard beside it (3 duties, 15 items, no credits)', async () => {
    const { catalogues } = await t.data(CataloguesDocument, {
      first: 5,
      kind: 'PRINCIPAL_LEADERSHIP',
      competenciesFirst: 20,
    });
    expect({
      totalCount: catalogues.totalCount,
      nodes: catalogues.nodes.map((c) => ({
        dimensions: c.dimensions.map(({ code }) => ({ code })),
        environments: c.environments.map(({ code }) => ({ code })),
        totalCredits: c.totalCredits,
        competencies: { totalCount: c.competencies.totalCount },
      })),
    }).toEqual({
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
    const list = await t.data(CataloguesDocument, { first: 1, competenciesFirst: 1 });
    const catalogue = list.catalogues.nodes[0]!;
    const one = await t.data(CatalogueCompetenciesDocument, { id: catalogue.id, first: 1 });
    expect(one.catalogue?.id).toBe(catalogue.id);
    expect(catalogue.code).toBe('national-2019');
    const competency = catalogue.competencies.nodes[0]!;
    const node = await t.data(CompetencyDocument, { id: competency.id });
    expect(node.node).toMatchObject({
      __typename: 'Competency',
      code: 'A1',
      credits: 4,
      catalogue: { code: 'national-2019' },
    });
    const wrong = await t.request(CatalogueCompetenciesDocument, { id: competency.id, first: 1 });
    expect(wrong.data?.catalogue ?? null).toBeNull();
    expect(wrong.errors?.[0]?.message).toMatch(/Catalogue/);
  });

  it('keeps a district’s draft catalogue to its own district', async () => {
    const mine = await t.world.district();
    const other = await t.world.district();
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
    const id = gid('Catalogue', draft.id);
    const query = `query($id: ID!) { node(id: $id) { ... on Catalogue { code status } } catalogues(first: 10) { totalCount } }`;
    const seen = await t.gql(query, { id }, { as: mine.admin });
    expect(seen.data!.node).toEqual({ code: draft.code, status: 'DRAFT' });
    expect(seen.data!.catalogues.totalCount).toBe(3);
    for (const viewer of [other.admin, null]) {
      const hidden = await t.gql(query, { id }, { as: viewer });
      expect(hidden.errors).toBeUndefined();
      expect(hidden.data!.node).toBeNull();
      expect(hidden.data!.catalogues.totalCount).toBe(2);
    }
  });

  it('refuses a page larger than 100 with a clear error', async () => {
    const res = await t.gql(`{ catalogues(first: 101) { totalCount } }`);
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]).toMatchObject({
      message: 'first must be a whole number from 0 to 100',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
