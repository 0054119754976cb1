// Two raters assessing one version at the same moment (issue 12: "two concurrent assessments of the same version on
// PostgreSQL: exactly one succeeds"). The decision locks the evidence row (SELECT … FOR UPDATE) and moves it with an
// update conditional on (id, version, status). On PGlite (one transaction at a time) it passes trivially, as
// concurrency.test.ts does; run it on PostgreSQL with TEST_DATABASE_URL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Prisma } from '../../api/db/generated/prisma/client.js';
import { type TestApp, testApp } from '../kit/app.js';
import { competencyId, evidenceRow } from '../kit/evidence.js';
import { unique } from '../kit/ids.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const ASSESS = `mutation($input: AssessEvidenceInput!) { assessEvidence(input: $input) {
  __typename ... on Error { code }
  ... on AssessEvidencePayload { evidence { status outcome points } }
} }`;

const CRITERIA = [
  {
    key: 'design',
    nameZh: '活动设计',
    levels: [
      { key: 'ok', nameZh: '合格', points: 6, descriptorZh: '目标清楚' },
      { key: 'strong', nameZh: '优秀', points: 10, descriptorZh: '目标清楚且可测' },
    ],
  },
];

describe(`concurrent assessments (${process.env.TEST_DATABASE_URL || process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('two school admins assess one version at once with raters: 1: exactly one succeeds, the other is refused', async () => {
    const prisma = t.db.prisma;
    const d = await t.world.district();
    const s = await d.school();
    const secondAdmin = await t.world.user(s.school, [['SCHOOL_ADMIN', s.school]]);
    const p = await d.programme({ rules: { evidence: { raters: 1 } } as never, schools: [s] });
    const rubric = await prisma.rubric.create({
      data: { key: `race-${unique()}`, titleZh: '量规', orgPath: d.district.path, latestVersion: 1 },
    });
    await prisma.rubricVersion.create({
      data: {
        rubricId: rubric.id,
        version: 1,
        criteria: CRITERIA as unknown as Prisma.InputJsonValue,
        passPoints: 6,
        excellentPoints: 10,
      },
    });
    await prisma.assessmentSpec.create({
      data: {
        competencyId: await competencyId(prisma, p.catalogueId, 'A1'),
        programmeId: p.id,
        artefacts: [],
        guidanceZh: '提交活动方案',
        rubricId: rubric.id,
        orgPath: d.district.path,
      },
    });
    const evidence = await evidenceRow(prisma, await p.teacher(s), p, 'A1');
    const input = (level: string) => ({
      input: { evidenceId: evidence.gid, expectedVersion: 1, levels: [{ criterion: 'design', level }] },
    });
    const [one, two] = await Promise.all([
      t.gql(ASSESS, input('strong'), { as: s.admin }),
      t.gql(ASSESS, input('ok'), { as: secondAdmin }),
    ]);
    expect(one.errors).toBeUndefined();
    expect(two.errors).toBeUndefined();
    const results = [one.data.assessEvidence, two.data.assessEvidence];
    const won = results.filter((r) => r.__typename === 'AssessEvidencePayload');
    const lost = results.filter((r) => r.__typename !== 'AssessEvidencePayload');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(['CONFLICT', 'INVALID_STATE']).toContain(lost[0].code);
    expect(won[0].evidence.status).toBe('ASSESSED');
    // One assessment, one ASSESS entry in the history, and the outcome is the winner's.
    const reviews = await prisma.evidenceReview.findMany({ where: { evidenceId: evidence.id } });
    expect(reviews).toHaveLength(1);
    expect(await prisma.decision.count({ where: { subjectId: evidence.id, action: 'ASSESS' } })).toBe(1);
    const row = await prisma.evidence.findUniqueOrThrow({ where: { id: evidence.id } });
    expect(row).toMatchObject({ status: 'ASSESSED', points: reviews[0]!.points, outcome: reviews[0]!.outcome });
  });
});
