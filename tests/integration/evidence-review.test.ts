// The evidence review path through the API (issue 12, item 4): group review, return, resubmission, rubric assessment by
// two raters with aggregation and blind review, self-assessment, stale versions, the reviewer queue and the school's
// result sheet (statement counts), its XLSX export, and the district's sampling for expert re-review.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../../api/db/client.js';
import type { Prisma } from '../../api/db/generated/prisma/client.js';
import { type TestApp, testApp } from '../kit/app.js';
import { competencyId, evidenceRow, joinGroup } from '../kit/evidence.js';
import { unique } from '../kit/ids.js';
import type { DistrictWorld, SchoolWorld } from '../kit/world.js';

/**
 * Three criteria (design 0/2/4, use of technology 0/3/6, reflection 0/1/2: at most 12 points), PASS at 6, EXCELLENT
 * at 10 (the unit tests' worked example).
 */
const CRITERIA = [
  {
    key: 'design',
    nameZh: '活动设计',
    nameEn: 'Design',
    levels: [
      { key: 'weak', nameZh: '待改进', points: 0, descriptorZh: '目标不清' },
      { key: 'ok', nameZh: '合格', points: 2, descriptorZh: '目标清楚' },
      { key: 'strong', nameZh: '优秀', points: 4, descriptorZh: '目标清楚且可测' },
    ],
  },
  {
    key: 'technology',
    nameZh: '技术应用',
    nameEn: 'Use of technology',
    levels: [
      { key: 'weak', nameZh: '待改进', points: 0, descriptorZh: '技术无助于学习' },
      { key: 'ok', nameZh: '合格', points: 3, descriptorZh: '技术支持学习' },
      { key: 'strong', nameZh: '优秀', points: 6, descriptorZh: '技术改变学习' },
    ],
  },
  {
    key: 'reflection',
    nameZh: '反思',
    nameEn: 'Reflection',
    levels: [
      { key: 'weak', nameZh: '待改进', points: 0, descriptorZh: '无反思' },
      { key: 'ok', nameZh: '合格', points: 1, descriptorZh: '有反思' },
      { key: 'strong', nameZh: '优秀', points: 2, descriptorZh: '反思深入' },
    ],
  },
];

const levels = (design: string, technology: string, reflection: string) => [
  { criterion: 'design', level: design },
  { criterion: 'technology', level: technology },
  { criterion: 'reflection', level: reflection },
];

interface EvidenceRulesInput {
  groupReview?: boolean;
  raters?: number;
  aggregation?: 'MEAN' | 'MEDIAN';
  blindReview?: boolean;
  maxVersions?: number;
}

/** A running programme of the district with `evidence` rules and the schools enrolled. */
const evidenceProgramme = (d: DistrictWorld, evidence: EvidenceRulesInput, schools: SchoolWorld[]) =>
  d.programme({ rules: { evidence } as never, schools });

/** A rubric (version 1) of the district and the programme's spec of `code` using it. */
async function rubricSpec(
  prisma: PrismaClient,
  programme: { id: string; catalogueId: string },
  district: { path: string },
  code: string,
): Promise<{ rubricId: string; key: string; versionId: string }> {
  const key = `review-${unique()}`;
  const rubric = await prisma.rubric.create({
    data: { key, titleZh: '实践证据评价量规', orgPath: district.path, latestVersion: 1 },
  });
  const version = await prisma.rubricVersion.create({
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
      competencyId: await competencyId(prisma, programme.catalogueId, code),
      programmeId: programme.id,
      artefacts: [],
      guidanceZh: '提交活动方案',
      rubricId: rubric.id,
      orgPath: district.path,
    },
  });
  return { rubricId: rubric.id, key, versionId: version.id };
}

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

type Result = Record<string, unknown> & {
  __typename: string;
  code?: string;
  message?: string;
  issues?: Array<{ path: string[]; message: string }>;
  currentVersion?: number;
  evidence?: {
    status: string;
    version: number;
    outcome: string | null;
    points: number | null;
    groupRecommended: boolean;
  };
};

const payload = (field: string) => `{ ${field}(input: $input) {
  __typename
  ... on Error { code message }
  ... on ValidationError { issues { path message } }
  ... on StaleEvidenceError { currentVersion }
  ... on ${field.charAt(0).toUpperCase()}${field.slice(1)}Payload { evidence { id status version outcome points groupRecommended } }
} }`;

const GROUP_REVIEW = `mutation($input: ReviewEvidenceAsGroupLeaderInput!) ${payload('reviewEvidenceAsGroupLeader')}`;
const ASSESS = `mutation($input: AssessEvidenceInput!) ${payload('assessEvidence')}`;
const RETURN = `mutation($input: ReturnEvidenceInput!) ${payload('returnEvidence')}`;
const EXPERT_REVIEW = `mutation($input: ExpertReviewEvidenceInput!) ${payload('expertReviewEvidence')}`;

/** Runs a review mutation and gives its root field (a payload or a typed error). */
async function decide(
  mutation: string,
  input: Record<string, unknown>,
  as: { login: string },
  locale: 'en' | 'zh-CN' = 'en',
) {
  const res = await t.gql(mutation, { input }, { as, locale });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return Object.values(res.data as Record<string, unknown>)[0] as Result;
}

const EVIDENCE_FIELDS = `
  id status version outcome points groupRecommended sampled expertOutcome expertAgrees
  rubricVersionUsed { version }
  reviews { kind version decision reviewerName points outcome comment levels { criterion level } rubricVersion { version } rubric { key } at }
  history { action fromState toState comment actorName at }`;

interface EvidenceView {
  status: string;
  version: number;
  outcome: string | null;
  points: number | null;
  groupRecommended: boolean;
  sampled: boolean;
  expertOutcome: string | null;
  expertAgrees: boolean | null;
  rubricVersionUsed: { version: number } | null;
  reviews: Array<{
    kind: string;
    version: number;
    decision: string | null;
    reviewerName: string | null;
    points: number | null;
    outcome: string | null;
    levels: Array<{ criterion: string; level: string }>;
    rubricVersion: { version: number } | null;
    rubric: { key: string } | null;
  }>;
  history: Array<{
    action: string;
    fromState: string | null;
    toState: string | null;
    comment: string | null;
    actorName: string | null;
    at: string;
  }>;
}

/** The evidence as `as` sees it (null when missing for them). */
async function evidenceAs(gid: string, as: { login: string } | null): Promise<EvidenceView | null> {
  const res = await t.gql(
    `query($id: ID!) { node(id: $id) { ... on Evidence { ${EVIDENCE_FIELDS} } } }`,
    { id: gid },
    { as },
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.node;
}

/** Moves returned evidence to its next version, SUBMITTED, as the teacher's resubmission would. */
async function resubmit(prisma: PrismaClient, evidenceId: string, teacherId: string, orgPath: string) {
  const evidence = await prisma.evidence.findUniqueOrThrow({ where: { id: evidenceId } });
  const version = evidence.version + 1;
  const now = new Date();
  await prisma.evidenceVersion.create({ data: { evidenceId, version, submittedAt: now } });
  await prisma.evidence.update({
    where: { id: evidenceId },
    data: { version, status: 'SUBMITTED', submittedAt: now, groupRecommended: false },
  });
  await prisma.decision.create({
    data: {
      subjectType: 'Evidence',
      subjectId: evidenceId,
      actorId: teacherId,
      action: 'SUBMIT',
      fromState: 'RETURNED',
      toState: 'SUBMITTED',
      comment: `version ${version}`,
      orgPath,
    },
  });
}

const reviewCount = (evidenceId: string) => t.db.prisma.evidenceReview.count({ where: { evidenceId } });

describe('the full path: submit, group review, return, resubmit, two raters, aggregated outcome', () => {
  it('records every decision with who, when, the version and the rubric version; blind review hides what it must', async () => {
    const d = await t.world.district();
    const s = await d.school();
    const p = await evidenceProgramme(d, { raters: 2, aggregation: 'MEDIAN', blindReview: true, maxVersions: 3 }, [s]);
    const rubric = await rubricSpec(t.db.prisma, p, d.district, 'A1');
    const enrolment = await p.teacher(s);
    await joinGroup(t.db.prisma, enrolment.teacher, s.group);
    const rater2 = await t.world.user(s.school, [['SCHOOL_ADMIN', s.school]]);
    const evidence = await evidenceRow(t.db.prisma, enrolment, p, 'A1', { group: s.group });
    const teacher = enrolment.teacher;

    // Submitted: the school cannot assess before the group leader.
    const early = await decide(
      ASSESS,
      { evidenceId: evidence.gid, expectedVersion: 1, levels: levels('ok', 'ok', 'ok') },
      s.admin,
    );
    expect(early).toMatchObject({ __typename: 'InvalidStateError', code: 'INVALID_STATE' });

    // The group leader returns it (a comment is required).
    const bare = await decide(
      GROUP_REVIEW,
      { evidenceId: evidence.gid, expectedVersion: 1, decision: 'RETURN' },
      s.leader,
    );
    expect(bare.__typename).toBe('ValidationError');
    expect(bare.issues?.[0]?.path).toEqual(['input', 'comment']);
    const returned = await decide(
      GROUP_REVIEW,
      { evidenceId: evidence.gid, expectedVersion: 1, decision: 'RETURN', comment: '请补充学生作品点评' },
      s.leader,
    );
    expect(returned.evidence).toMatchObject({ status: 'RETURNED', version: 1 });

    // The teacher resubmits: version 2.
    await resubmit(t.db.prisma, evidence.id, teacher.id, enrolment.orgPath);

    // A stale version is a CONFLICT with the current one.
    const stale = await decide(
      GROUP_REVIEW,
      { evidenceId: evidence.gid, expectedVersion: 1, decision: 'PASS_ON' },
      s.leader,
    );
    expect(stale).toMatchObject({ __typename: 'StaleEvidenceError', code: 'CONFLICT', currentVersion: 2 });

    const recommended = await decide(
      GROUP_REVIEW,
      { evidenceId: evidence.gid, expectedVersion: 2, decision: 'RECOMMEND_EXCELLENT', comment: '推荐优秀' },
      s.leader,
    );
    expect(recommended.evidence).toMatchObject({ status: 'GROUP_REVIEWED', version: 2, groupRecommended: true });

    // A level outside a criterion: a coded error at the criterion, nothing written.
    const before = await reviewCount(evidence.id);
    const outside = await decide(
      ASSESS,
      { evidenceId: evidence.gid, expectedVersion: 2, levels: levels('ok', 'brilliant', 'ok') },
      s.admin,
    );
    expect(outside.__typename).toBe('ValidationError');
    expect(outside.issues).toEqual([
      {
        path: ['input', 'levels', '1', 'level'],
        message: 'The criterion “technology” has no level “brilliant”; its levels are: weak, ok, strong',
      },
    ]);
    const missing = await decide(
      ASSESS,
      { evidenceId: evidence.gid, expectedVersion: 2, levels: levels('ok', 'ok', 'ok').slice(0, 2) },
      s.admin,
      'zh-CN',
    );
    expect(missing.issues).toEqual([{ path: ['input', 'levels'], message: '请为评价指标“reflection”选择等级' }]);
    expect(await reviewCount(evidence.id)).toBe(before);

    // The first rater: 4 + 6 + 1 = 11; the evidence waits for the second.
    const first = await decide(
      ASSESS,
      {
        evidenceId: evidence.gid,
        expectedVersion: 2,
        levels: levels('strong', 'strong', 'ok'),
        comment: '技术运用充分',
      },
      s.admin,
    );
    expect(first.evidence).toMatchObject({ status: 'GROUP_REVIEWED', outcome: null, points: null });
    const twice = await decide(
      ASSESS,
      { evidenceId: evidence.gid, expectedVersion: 2, levels: levels('ok', 'ok', 'ok') },
      s.admin,
    );
    expect(twice).toMatchObject({ __typename: 'ConflictError', code: 'CONFLICT' });

    // Blind review: the second rater and the author do not see the first rater's score yet.
    const asRater2 = await evidenceAs(evidence.gid, rater2);
    expect(asRater2?.reviews.map((r) => r.kind)).toEqual(['GROUP_REVIEW', 'GROUP_REVIEW']);
    const asRater1 = await evidenceAs(evidence.gid, s.admin);
    expect(asRater1?.reviews.map((r) => r.kind)).toEqual(['GROUP_REVIEW', 'GROUP_REVIEW', 'ASSESSMENT']);
    const asAuthor = await evidenceAs(evidence.gid, teacher);
    expect(asAuthor?.reviews.map((r) => r.kind)).toEqual(['GROUP_REVIEW', 'GROUP_REVIEW']);
    // …nor in the history: the pending assessment is left out for both.
    expect(asRater2?.history.map((h) => h.action)).not.toContain('ASSESS');
    expect(asAuthor?.history.map((h) => h.action)).not.toContain('ASSESS');
    expect(asRater1?.history.map((h) => h.action)).toContain('ASSESS');

    // The second rater: 2 + 3 + 1 = 6; the median of 11 and 6 is 8.5: PASS.
    const second = await decide(
      ASSESS,
      { evidenceId: evidence.gid, expectedVersion: 2, levels: levels('ok', 'ok', 'ok') },
      rater2,
    );
    expect(second.evidence).toMatchObject({ status: 'ASSESSED', outcome: 'PASS', points: 8.5, version: 2 });

    // Settled: the author sees the assessments, without the raters' names; the rubric version each used.
    const settled = await evidenceAs(evidence.gid, teacher);
    const assessments = settled!.reviews.filter((r) => r.kind === 'ASSESSMENT');
    expect(assessments).toHaveLength(2);
    expect(assessments.map((r) => r.reviewerName)).toEqual([null, null]);
    expect(assessments.map((r) => r.points)).toEqual([11, 6]);
    expect(assessments.map((r) => r.outcome)).toEqual(['EXCELLENT', 'PASS']);
    expect(assessments[0]).toMatchObject({
      version: 2,
      rubricVersion: { version: 1 },
      rubric: { key: rubric.key },
      levels: levels('strong', 'strong', 'ok'),
    });
    expect(settled!.reviews[0]).toMatchObject({
      kind: 'GROUP_REVIEW',
      decision: 'RETURN',
      version: 1,
      reviewerName: s.leader.displayName,
    });
    expect(settled!.rubricVersionUsed).toEqual({ version: 1 });
    const asAdmin = await evidenceAs(evidence.gid, s.admin);
    expect(asAdmin!.reviews.filter((r) => r.kind === 'ASSESSMENT').map((r) => r.reviewerName)).toEqual([
      s.admin.displayName,
      rater2.displayName,
    ]);

    // Every decision in the history: who, when, the version, and for assessments the rubric version. The district sees
    // the whole trail; under blind review the author sees the assessments without the raters' names.
    const history = (await evidenceAs(evidence.gid, d.admin))!.history;
    expect(history.map((h) => [h.action, h.fromState, h.toState, h.actorName])).toEqual([
      ['GROUP_RETURN', 'SUBMITTED', 'RETURNED', s.leader.displayName],
      ['SUBMIT', 'RETURNED', 'SUBMITTED', teacher.displayName],
      ['GROUP_RECOMMEND_EXCELLENT', 'SUBMITTED', 'GROUP_REVIEWED', s.leader.displayName],
      ['ASSESS', 'GROUP_REVIEWED', 'GROUP_REVIEWED', s.admin.displayName],
      ['ASSESS', 'GROUP_REVIEWED', 'ASSESSED', rater2.displayName],
    ]);
    expect(settled!.history.map((h) => [h.action, h.actorName])).toEqual([
      ['GROUP_RETURN', s.leader.displayName],
      ['SUBMIT', teacher.displayName],
      ['GROUP_RECOMMEND_EXCELLENT', s.leader.displayName],
      ['ASSESS', null],
      ['ASSESS', null],
    ]);
    expect(history[0]!.comment).toBe('version 1: 请补充学生作品点评');
    expect(history[3]!.comment).toBe(
      `version 2; rubric ${rubric.key} v1; 11 points (EXCELLENT); 1 of 2 raters: 技术运用充分`,
    );
    expect(history[4]!.comment).toBe(
      `version 2; rubric ${rubric.key} v1; 6 points (PASS); settled by MEDIAN of 2 raters: 8.5 points (PASS)`,
    );
    for (const entry of history) expect(Number.isNaN(Date.parse(entry.at))).toBe(false);

    // Settled evidence is not returned any more.
    const late = await decide(RETURN, { evidenceId: evidence.gid, expectedVersion: 2, comment: '再改改' }, s.admin);
    expect(late).toMatchObject({ __typename: 'InvalidStateError', code: 'INVALID_STATE' });
  });

  it('MEAN with two raters, evidence without a group goes straight to the school', async () => {
    const d = await t.world.district();
    const s = await d.school();
    const p = await evidenceProgramme(d, { raters: 2, aggregation: 'MEAN' }, [s]);
    await rubricSpec(t.db.prisma, p, d.district, 'A1');
    const enrolment = await p.teacher(s);
    const rater2 = await t.world.user(s.school, [['SCHOOL_ADMIN', s.school]]);
    const evidence = await evidenceRow(t.db.prisma, enrolment, p, 'A1');
    const group = await decide(
      GROUP_REVIEW,
      { evidenceId: evidence.gid, expectedVersion: 1, decision: 'PASS_ON' },
      s.leader,
    );
    expect(group.__typename).toBe('NotFoundError');
    await decide(
      ASSESS,
      { evidenceId: evidence.gid, expectedVersion: 1, levels: levels('strong', 'strong', 'strong') },
      s.admin,
    );
    const second = await decide(
      ASSESS,
      { evidenceId: evidence.gid, expectedVersion: 1, levels: levels('ok', 'weak', 'ok') },
      rater2,
    );
    // (12 + 3) / 2 = 7.5: PASS.
    expect(second.evidence).toMatchObject({ status: 'ASSESSED', points: 7.5, outcome: 'PASS' });
  });

  it('nobody assesses their own work', async () => {
    const d = await t.world.district();
    const s = await d.school();
    const p = await evidenceProgramme(d, { raters: 1 }, [s]);
    await rubricSpec(t.db.prisma, p, d.district, 'A1');
    const ownEnrolment = await p.enrol(s.admin, s);
    const own = await evidenceRow(t.db.prisma, ownEnrolment, p, 'A1');
    const refused = await decide(
      ASSESS,
      { evidenceId: own.gid, expectedVersion: 1, levels: levels('ok', 'ok', 'ok') },
      s.admin,
      'zh-CN',
    );
    expect(refused).toMatchObject({
      __typename: 'SelfReviewError',
      code: 'SELF_REVIEW',
      message: '不能评审或测评自己的作品。',
    });
    expect(await reviewCount(own.id)).toBe(0);
    const returned = await decide(RETURN, { evidenceId: own.gid, expectedVersion: 1, comment: '自己退回' }, s.admin);
    expect(returned.code).toBe('SELF_REVIEW');
    expect((await t.db.prisma.evidence.findUniqueOrThrow({ where: { id: own.id } })).status).toBe('SUBMITTED');
  });

  it('the school returns for rework, but not the last allowed version', async () => {
    const d = await t.world.district();
    const s = await d.school();
    const p = await evidenceProgramme(d, { maxVersions: 2 }, [s]);
    await rubricSpec(t.db.prisma, p, d.district, 'A1');
    const enrolment = await p.teacher(s);
    const evidence = await evidenceRow(t.db.prisma, enrolment, p, 'A1');
    const returned = await decide(
      RETURN,
      { evidenceId: evidence.gid, expectedVersion: 1, comment: '请补充反思' },
      s.admin,
    );
    expect(returned.evidence).toMatchObject({ status: 'RETURNED' });
    await resubmit(t.db.prisma, evidence.id, enrolment.teacher.id, enrolment.orgPath);
    const last = await decide(RETURN, { evidenceId: evidence.gid, expectedVersion: 2, comment: '再次退回' }, s.admin);
    expect(last).toMatchObject({ __typename: 'InvalidStateError', code: 'INVALID_STATE' });
    expect(last.message).toBe('This is version 2 of at most 2: it cannot be returned for rework again, only assessed.');
    const assessed = await decide(
      ASSESS,
      { evidenceId: evidence.gid, expectedVersion: 2, levels: levels('weak', 'ok', 'ok') },
      s.admin,
    );
    // 0 + 3 + 1 = 4 with one rater: FAIL.
    expect(assessed.evidence).toMatchObject({ status: 'ASSESSED', points: 4, outcome: 'FAIL' });
  });

  it('another school’s admin finds nothing; a district admin sees it but may not assess', async () => {
    const d = await t.world.district();
    const s = await d.school();
    const other = await d.school();
    const p = await evidenceProgramme(d, {}, [s, other]);
    await rubricSpec(t.db.prisma, p, d.district, 'A1');
    const evidence = await evidenceRow(t.db.prisma, await p.teacher(s), p, 'A1');
    const input = { evidenceId: evidence.gid, expectedVersion: 1, levels: levels('ok', 'ok', 'ok') };
    expect((await decide(ASSESS, input, other.admin)).__typename).toBe('NotFoundError');
    expect((await decide(ASSESS, input, d.admin)).__typename).toBe('ForbiddenActionError');
    expect(await reviewCount(evidence.id)).toBe(0);
  });
});

const QUEUE = `query($stage: EvidenceReviewStage!, $p: ID!, $first: Int) {
  evidenceReviewQueue(stage: $stage, programmeId: $p, first: $first) {
    totalCount edges { cursor node { id status version competency { code } } } pageInfo { hasNextPage endCursor }
  }
}`;

describe('the reviewer queue', () => {
  it('lists what waits for the viewer at each stage, oldest first', async () => {
    const d = await t.world.district();
    const s = await d.school();
    const p = await evidenceProgramme(d, { raters: 2 }, [s]);
    await rubricSpec(t.db.prisma, p, d.district, 'A1');
    const inGroup = await p.teacher(s);
    await joinGroup(t.db.prisma, inGroup.teacher, s.group);
    const noGroup = await p.teacher(s);
    const grouped = await evidenceRow(t.db.prisma, inGroup, p, 'A1', { group: s.group });
    const direct = await evidenceRow(t.db.prisma, noGroup, p, 'A1');
    const ids = async (stage: string, as: { login: string }) =>
      (
        (await t.gql(QUEUE, { stage, p: p.gid }, { as })).data.evidenceReviewQueue.edges as Array<{
          node: { id: string };
        }>
      ).map((edge) => edge.node.id);
    expect(await ids('GROUP', s.leader)).toEqual([grouped.gid]);
    expect(await ids('SCHOOL', s.admin)).toEqual([direct.gid]);
    expect(await ids('GROUP', s.admin)).toEqual([]);
    expect(await ids('SCHOOL', inGroup.teacher)).toEqual([]);
    await decide(GROUP_REVIEW, { evidenceId: grouped.gid, expectedVersion: 1, decision: 'PASS_ON' }, s.leader);
    expect(await ids('GROUP', s.leader)).toEqual([]);
    expect(await ids('SCHOOL', s.admin)).toEqual([grouped.gid, direct.gid]);
    // Assessed by this rater on the current version: out of their queue, still in the other rater's.
    await decide(ASSESS, { evidenceId: direct.gid, expectedVersion: 1, levels: levels('ok', 'ok', 'ok') }, s.admin);
    expect(await ids('SCHOOL', s.admin)).toEqual([grouped.gid]);
    const rater2 = await t.world.user(s.school, [['SCHOOL_ADMIN', s.school]]);
    expect(await ids('SCHOOL', rater2)).toEqual([grouped.gid, direct.gid]);
    const anonymous = await t.gql(QUEUE, { stage: 'SCHOOL', p: p.gid });
    expect(anonymous.data.evidenceReviewQueue).toBeNull();
  });

  it('costs the same statements for 1, 10 and 50 teachers at every stage', async () => {
    const counts: Record<string, number[]> = { GROUP: [], SCHOOL: [], EXPERT: [] };
    for (const size of [1, 10, 50]) {
      const d = await t.world.district();
      const s = await d.school();
      const p = await evidenceProgramme(d, { raters: 2 }, [s]);
      const expert = await t.world.user(d.district, [['EXPERT', d.district]]);
      for (let i = 0; i < size; i += 1) {
        const enrolment = await p.teacher(s);
        await evidenceRow(t.db.prisma, enrolment, p, 'A1', { group: s.group });
        await evidenceRow(t.db.prisma, enrolment, p, 'A2', { status: 'GROUP_REVIEWED', group: s.group });
        await evidenceRow(t.db.prisma, enrolment, p, 'A3', {
          status: 'ASSESSED',
          outcome: 'PASS',
          points: 8,
          sampled: true,
        });
      }
      for (const [stage, as] of [
        ['GROUP', s.leader],
        ['SCHOOL', s.admin],
        ['EXPERT', expert],
      ] as const) {
        const { count, data } = await t.statementsFor(QUEUE, { stage, p: p.gid, first: 100 }, { as });
        expect(data.evidenceReviewQueue.totalCount).toBe(size);
        expect(data.evidenceReviewQueue.edges).toHaveLength(size);
        counts[stage]!.push(count);
      }
    }
    for (const stage of Object.keys(counts)) expect(new Set(counts[stage]).size, `${stage}: ${counts[stage]}`).toBe(1);
  }, 120_000);
});

const RESULTS = `query($p: ID!, $s: ID!, $first: Int, $after: String) {
  schoolAssessmentResults(programmeId: $p, schoolId: $s, first: $first, after: $after) {
    totals { teachers teachersPassed teacherPassRate pieces assessed passed excellent failed passRate }
    edges { node {
      teacherName employeeNumber groupName competencyCode competencyName status outcome points raters assessedAt groupRecommended
      evidence { id }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('the school result sheet (教师应用能力点测评结果登记表)', () => {
  it('one row per teacher × selected competency with totals; constant statements for 1, 10 and 50 teachers', async () => {
    const counts: number[] = [];
    for (const size of [1, 10, 50]) {
      const d = await t.world.district();
      const s = await d.school();
      const p = await evidenceProgramme(d, {}, [s]);
      for (let i = 0; i < size; i += 1) {
        const enrolment = await p.teacher(s);
        await p.select(enrolment, ['A1', 'A2'], 'APPROVED');
        await evidenceRow(t.db.prisma, enrolment, p, 'A1', {
          status: 'ASSESSED',
          outcome: i % 2 ? 'FAIL' : 'PASS',
          points: i % 2 ? 4 : 8,
          group: s.group,
        });
      }
      // A teacher whose selection was returned has selected nothing yet: no rows, but counted among the teachers.
      await p.select(await p.teacher(s), ['A3', 'A4'], 'RETURNED');
      // A draft never submitted shows as DRAFT, but the evidence itself is the author's alone (null here, no error).
      const drafting = await p.teacher(s);
      await p.select(drafting, ['A1', 'A2'], 'APPROVED');
      await evidenceRow(t.db.prisma, drafting, p, 'A2', { status: 'DRAFT' });
      const { count, data } = await t.statementsFor(
        RESULTS,
        { p: p.gid, s: s.school.gid, first: 100 },
        { as: s.admin },
      );
      const sheet = data.schoolAssessmentResults;
      expect(sheet.edges).toHaveLength(Math.min(100, size * 2 + 2));
      if (size * 2 + 2 <= 100) {
        const draft = sheet.edges.find((edge: { node: { status: string } }) => edge.node.status === 'DRAFT');
        expect(draft?.node).toMatchObject({ competencyCode: 'A2', evidence: null });
      }
      expect(sheet.totals).toMatchObject({
        teachers: size + 2,
        pieces: size * 2 + 2,
        assessed: size,
        passed: Math.ceil(size / 2),
        failed: Math.floor(size / 2),
        teachersPassed: 0,
      });
      counts.push(count);
    }
    expect(new Set(counts).size, String(counts)).toBe(1);
  }, 120_000);

  it('shows each row’s state and exports the sheet as XLSX with formula-like text neutralised', async () => {
    const d = await t.world.district();
    const s = await d.school();
    const p = await evidenceProgramme(d, {}, [s]);
    const hostile = await s.teacher({ displayName: '=HYPERLINK("http://evil.example","点我")' });
    const a = await p.enrol(hostile, s);
    await t.db.prisma.user.update({ where: { id: hostile.id }, data: { employeeNumber: '+861234' } });
    await joinGroup(t.db.prisma, hostile, s.group);
    await p.select(a, ['A1', 'B2'], 'APPROVED');
    await evidenceRow(t.db.prisma, a, p, 'A1', {
      status: 'ASSESSED',
      outcome: 'EXCELLENT',
      points: 11,
      group: s.group,
    });
    const sheet = (await t.gql(RESULTS, { p: p.gid, s: s.school.gid }, { as: s.admin })).data.schoolAssessmentResults;
    expect(sheet.edges.map((e: { node: unknown }) => e.node)).toEqual([
      expect.objectContaining({
        teacherName: hostile.displayName,
        employeeNumber: '+861234',
        groupName: s.group.name,
        competencyCode: 'A1',
        status: 'ASSESSED',
        outcome: 'EXCELLENT',
        points: 11,
        raters: 0,
      }),
      expect.objectContaining({ competencyCode: 'B2', status: null, outcome: null, points: null, evidence: null }),
    ]);
    expect(sheet.totals).toMatchObject({ teachers: 1, pieces: 2, excellent: 1, passed: 1, passRate: 0.5 });
    // Only the admins over the school read it.
    expect(
      (await t.gql(RESULTS, { p: p.gid, s: s.school.gid }, { as: s.leader })).data.schoolAssessmentResults,
    ).toBeNull();
    expect(
      (await t.gql(RESULTS, { p: p.gid, s: s.school.gid }, { as: d.admin })).data.schoolAssessmentResults,
    ).not.toBeNull();

    const exported = await t.gql(
      `mutation($input: ExportSchoolAssessmentResultsInput!) { exportSchoolAssessmentResults(input: $input) {
        __typename ... on ExportSchoolAssessmentResultsPayload { file { filename contentType downloadUrl } } } }`,
      { input: { programmeId: p.gid, schoolId: s.school.gid } },
      { as: s.admin },
    );
    const file = exported.data.exportSchoolAssessmentResults.file;
    expect(file.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const download = await t.fetch(
      new URL(file.downloadUrl, 'http://yoga').pathname + new URL(file.downloadUrl, 'http://yoga').search,
      {
        headers: { authorization: `Bearer ${await t.tokenFor(s.admin)}` },
      },
    );
    expect(download.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download.arrayBuffer()) as never);
    const rows = workbook.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows[0]!.slice(1, 4)).toEqual(['教师 Teacher', '工号 Employee number', '教研组 Group']);
    expect(rows[1]!.slice(1, 10)).toEqual([
      `'${hostile.displayName}`,
      "'+861234",
      s.group.name,
      'A1',
      expect.any(String),
      'ASSESSED',
      '优秀 EXCELLENT',
      11,
      0,
    ]);
    expect(rows[2]!.slice(1, 5)).toEqual([`'${hostile.displayName}`, "'+861234", s.group.name, 'B2']);
    // No cell is a formula.
    workbook.worksheets[0]!.eachRow((row) =>
      row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)),
    );
  });
});

const SAMPLE = `mutation($input: SampleEvidenceForExpertReviewInput!) { sampleEvidenceForExpertReview(input: $input) {
  __typename ... on Error { code } ... on ValidationError { issues { path message } }
  ... on SampleEvidenceForExpertReviewPayload { evidence { id sampled } }
} }`;

describe('district sampling and expert re-review', () => {
  it('samples deterministically per school, and the expert re-reviews without changing the school’s outcome', async () => {
    const d = await t.world.district();
    const s1 = await d.school();
    const s2 = await d.school();
    const elsewhere = await (await t.world.district()).school();
    const p = await evidenceProgramme(d, {}, [s1, s2]);
    const expert = await t.world.user(d.district, [['EXPERT', d.district]]);
    const pieces: Record<string, string[]> = { s1: [], s2: [] };
    for (const [name, school] of [
      ['s1', s1],
      ['s2', s2],
    ] as const) {
      for (let i = 0; i < 3; i += 1) {
        const e = await evidenceRow(t.db.prisma, await p.teacher(school), p, 'A1', {
          status: 'ASSESSED',
          outcome: 'PASS',
          points: 7,
        });
        pieces[name]!.push(e.gid);
      }
    }
    // Not yet sampled: missing for the expert.
    expect(await evidenceAs(pieces.s1![0]!, expert)).toBeNull();

    const outside = await t.gql(
      SAMPLE,
      { input: { programmeId: p.gid, schoolIds: [s1.school.gid, elsewhere.school.gid], perSchool: 1 } },
      { as: d.admin },
    );
    expect(outside.data.sampleEvidenceForExpertReview.issues).toEqual([
      { path: ['input', 'schoolIds', '1'], message: 'This is not a school of the programme’s district' },
    ]);
    expect(await t.db.prisma.evidence.count({ where: { programmeId: p.id, sampledAt: { not: null } } })).toBe(0);
    expect(
      (
        await t.gql(
          SAMPLE,
          { input: { programmeId: p.gid, schoolIds: [s1.school.gid], perSchool: 1 } },
          { as: s1.admin },
        )
      ).data.sampleEvidenceForExpertReview.__typename,
    ).toBe('ForbiddenActionError');

    const first = await t.gql(
      SAMPLE,
      { input: { programmeId: p.gid, schoolIds: [s1.school.gid, s2.school.gid], perSchool: 1 } },
      { as: d.admin },
    );
    const sampled = (first.data.sampleEvidenceForExpertReview.evidence as Array<{ id: string; sampled: boolean }>).map(
      (e) => e.id,
    );
    expect(sampled).toHaveLength(2);
    expect(sampled.filter((id) => pieces.s1!.includes(id))).toHaveLength(1);
    expect(sampled.filter((id) => pieces.s2!.includes(id))).toHaveLength(1);
    // Re-run: the next ones; then the rest; then nothing.
    const second = await t.gql(
      SAMPLE,
      { input: { programmeId: p.gid, schoolIds: [s1.school.gid], perSchool: 5 } },
      { as: d.admin },
    );
    const more = (second.data.sampleEvidenceForExpertReview.evidence as Array<{ id: string }>).map((e) => e.id);
    expect(more.sort()).toEqual(pieces.s1!.filter((id) => !sampled.includes(id)).sort());
    const none = await t.gql(
      SAMPLE,
      { input: { programmeId: p.gid, schoolIds: [s1.school.gid], perSchool: 5 } },
      { as: d.admin },
    );
    expect(none.data.sampleEvidenceForExpertReview.evidence).toEqual([]);

    const queue = await t.gql(QUEUE, { stage: 'EXPERT', p: p.gid }, { as: expert });
    expect(queue.data.evidenceReviewQueue.totalCount).toBe(4);

    const target = sampled.find((id) => pieces.s2!.includes(id))!;
    const reviewed = await decide(
      EXPERT_REVIEW,
      { evidenceId: target, expectedVersion: 1, outcome: 'FAIL', comment: '证据不足' },
      expert,
    );
    expect(reviewed.evidence).toMatchObject({ status: 'ASSESSED', outcome: 'PASS' });
    const view = await evidenceAs(target, s2.admin);
    expect(view).toMatchObject({ outcome: 'PASS', expertOutcome: 'FAIL', expertAgrees: false, sampled: true });
    expect(view!.history.map((h) => h.action)).toEqual(['SAMPLE', 'EXPERT_REVIEW']);
    const again = await decide(
      EXPERT_REVIEW,
      { evidenceId: target, expectedVersion: 1, outcome: 'PASS', comment: '再评' },
      expert,
    );
    expect(again.code).toBe('CONFLICT');
    expect(
      (await t.gql(QUEUE, { stage: 'EXPERT', p: p.gid }, { as: expert })).data.evidenceReviewQueue.totalCount,
    ).toBe(3);
    // Unsampled evidence stays missing for the expert.
    const unsampled = await evidenceRow(t.db.prisma, await p.teacher(s1), p, 'A2', {
      status: 'ASSESSED',
      outcome: 'PASS',
      points: 7,
    });
    const refused = await decide(
      EXPERT_REVIEW,
      { evidenceId: unsampled.gid, expectedVersion: 1, outcome: 'PASS', comment: '好' },
      expert,
    );
    expect(refused.__typename).toBe('NotFoundError');
  });
});
