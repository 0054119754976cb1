/**
 * The five seed programmes (seeds/000–004) configured as data under the demo district, with
 * demo-school-1 and demo-school-2 enrolled in every batch and the Tianchang school-range examples.
 *
 * Where a seed gives no date for a phase, the dates below are a plausible demo assumption (noted
 * per programme). Teachers are not enrolled here. Idempotent, keyed by programme code: an existing
 * programme is left as it is; missing batch schools and school ranges are added.
 */
import type { PrismaClient } from '../../api/db/client.js';
import type { PhaseKind, Prisma, ProgrammeStatus, SchoolStage } from '../../api/db/generated/prisma/client.js';
import { GUANGDONG_PROOF_ITEMS } from '../../schema/completion/proof-items.js';
import { parseProgrammeRules } from '../../schema/programmes/rules.js';

type Transaction = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

interface ProgrammeSpec {
  code: string;
  name: string;
  description: string;
  status: ProgrammeStatus;
  /** Sections of the v1 rules (validated with parseProgrammeRules); omitted sections take their defaults. */
  rules: Record<string, unknown>;
  phases: Array<{ kind: PhaseKind; startsOn: string; endsOn: string }>;
  batches: Array<{
    name: string;
    startsOn: string;
    endsOn: string;
    stages: SchoolStage[];
    /** Per-school quotas of demo-school-1 (a primary school) and demo-school-2 (a junior secondary); null: not in the batch. */
    quotas: [number | null, number | null];
    /** The batch's total quota across schools, where the seed gives one. */
    totalQuota?: number;
  }>;
  /** School-range competency codes of demo-school-1 and demo-school-2, if the seed gives examples. */
  ranges?: [string[], string[]];
}

const ALL_STAGES: SchoolStage[] = ['KINDERGARTEN', 'PRIMARY', 'JUNIOR_SECONDARY', 'SENIOR_SECONDARY', 'VOCATIONAL'];

export const DEMO_PROGRAMMES: ProgrammeSpec[] = [
  {
    // 000: 天长市 2022. Online study 2022-05-06 to 07-10; the other phases' dates are a demo assumption.
    code: 'tianchang-2022',
    name: '天长市2022年中小学幼儿园教师信息技术应用能力提升工程2.0培训',
    description:
      '远程培训（安徽开放大学）：自主选学不低于20学分、原则上不在同一维度的微能力点；学校框定范围并指导审核。',
    status: 'RUNNING',
    rules: {
      enrolment: { classPerSchool: true },
      selection: { minCredits: 20, dimensionRule: { kind: 'NOT_ALL_SAME' }, requireSchoolReview: true },
      // Watch time at real speed; a discussion counts with a substantive post (demo assumption: 10 characters).
      viewing: { maxPlaybackRate: 1, sessionIdleSeconds: 120, rawRetentionDays: 365 },
      workshop: { minPostLength: 10 },
      // 考核: course time 1200 minutes → 50; 10 per discussion joined, max 50, at least 30; pass at 80; 15% excellent.
      scoring: {
        items: [
          {
            kind: 'WATCH_MINUTES',
            key: 'courses',
            nameZh: '课程观看时长',
            nameEn: 'Course watch time',
            points: 50,
            requiredMinutes: 1200,
          },
          {
            kind: 'PER_UNIT',
            key: 'workshop',
            nameZh: '参与教师工作坊研讨',
            nameEn: 'Workshop discussions',
            unit: 'WORKSHOP_PARTICIPATION',
            pointsPerUnit: 10,
            maxPoints: 50,
            minPoints: 30,
          },
        ],
        passThreshold: 80,
        excellentQuotaRate: 0.15,
      },
      // 网络研修30学时: credited when online study passes (合格 → 结业证书; 15% 优秀学员证书).
      hours: { onlineHours: 30, minOnline: 30 },
      certificates: { completion: true, excellentTrainee: true },
    },
    phases: [
      { kind: 'PREPARATION', startsOn: '2022-04-01', endsOn: '2022-05-05' },
      { kind: 'IMPLEMENTATION', startsOn: '2022-05-06', endsOn: '2022-07-10' },
      { kind: 'SUMMARY', startsOn: '2022-07-11', endsOn: '2022-07-31' },
      { kind: 'FOLLOW_UP', startsOn: '2022-08-01', endsOn: '2022-12-31' },
    ],
    batches: [
      { name: '2022年网络研修', startsOn: '2022-05-06', endsOn: '2022-07-10', stages: ALL_STAGES, quotas: [60, 60] },
    ],
    ranges: [
      ['A1', 'A2', 'A3', 'A5', 'A6', 'A7', 'B1', 'B3', 'B6', 'C5'],
      ['B1', 'B2', 'B3', 'B4', 'B5', 'B7', 'B9', 'C2', 'C4', 'C6'],
    ],
  },
  {
    // 001: 湛江 2022 (Guangdong), school-based study; briefing of 2022-04-14. Dates are a demo assumption.
    code: 'zhanjiang-2022',
    name: '湛江市2022年中小学幼儿园教师信息技术应用能力提升工程2.0校本研修',
    description: '校本研修（整校推进）：每位教师至少3个能力点，校本研修不少于25学时。',
    status: 'RUNNING',
    rules: {
      selection: { minPoints: 3 },
      // 校本研修: discussion 2 h, study assignment 5 h, lesson critique 5 h, offline up to 10 h; 25 h recorded at most.
      schoolBasedStudy: {
        hoursCap: 25,
        teachingDiscussionHours: 2,
        studyAssignmentHours: 5,
        lessonCritiqueHours: 5,
        offlineMaxHours: 10,
        // 个人提升计划 and one 提升总结 per point: doc, docx or pdf up to 2048 KB, closed when the study phase ends.
        planRequired: true,
        summaryPerCompetency: true,
        documentMaxBytes: 2 * 1024 * 1024,
        uploadsCloseWithPhase: 'IMPLEMENTATION',
      },
      // 应用能力点测评: the group approves first, then the school's team assesses (1方案+2成果+1视频 for B1/C1).
      evidence: { groupReview: true, raters: 1 },
      // The online part counts the school-based hours: 25 hours to pass (hours above 25 are not recorded).
      scoring: {
        items: [
          {
            kind: 'GROUP_HOURS',
            key: 'schoolBased',
            nameZh: '校本研修学时',
            nameEn: 'School-based study hours',
            capHours: 25,
            pointsPerHour: 1,
            minHours: 25,
          },
        ],
        passThreshold: 25,
      },
      // 校本学时: completed group activities are credited (25 recorded at most) and confirmed by the district.
      hours: { onlineHours: 0, creditGroupActivities: true, minOffline: 25 },
      // 95% of full-time teachers (专任教师) must pass before the district's performance assessment (绩效考核); the
      // 15-item proof list (整校推进证明清单), the school's self-assessment and two district experts.
      completion: {
        threshold: 0.95,
        population: 'FULL_TIME',
        requireEvidence: true,
        requireSchoolStudy: true,
        proofItems: GUANGDONG_PROOF_ITEMS,
        expertsPerSchool: 2,
      },
    },
    phases: [
      { kind: 'IMPLEMENTATION', startsOn: '2022-04-14', endsOn: '2022-10-31' },
      { kind: 'SUMMARY', startsOn: '2022-11-01', endsOn: '2022-12-31' },
    ],
    batches: [
      { name: '2022年校本研修', startsOn: '2022-04-14', endsOn: '2022-12-31', stages: ALL_STAGES, quotas: [40, 40] },
    ],
  },
  {
    // 002: 沂源县 2021 (Shandong). The four phases as the policy dates them (month ranges).
    code: 'yiyuan-2021',
    name: '沂源县中小学教师信息技术应用能力提升工程2.0',
    description: '每位教师从30个微能力点中选取3个能力点学习；不少于50学时，其中实践应用不少于50%。',
    status: 'RUNNING',
    rules: {
      selection: { minPoints: 3, maxPoints: 3 },
      viewing: { maxPlaybackRate: 1 },
      // 参与线上研修并且成绩合格的，方有资格参加测评.
      evidence: { requireOnlinePass: true, groupReview: false },
      // 不少于50学时，其中网络研修不少于25学时、实践应用不少于50%. Online hours come from the provincial platform
      // (山东省教师教育管理平台): the school enters them (category ONLINE) with the practice hours.
      hours: { onlineHours: 25, minTotal: 50, minOnline: 25, minOfflineShare: 0.5 },
    },
    phases: [
      { kind: 'PREPARATION', startsOn: '2021-07-01', endsOn: '2021-12-31' },
      { kind: 'IMPLEMENTATION', startsOn: '2021-12-01', endsOn: '2022-08-31' },
      { kind: 'SUMMARY', startsOn: '2022-08-01', endsOn: '2022-11-30' },
    ],
    batches: [
      {
        name: '全县整校推进',
        startsOn: '2021-12-01',
        endsOn: '2022-11-30',
        stages: ['KINDERGARTEN', 'PRIMARY', 'JUNIOR_SECONDARY', 'SENIOR_SECONDARY'],
        quotas: [80, 80],
      },
    ],
  },
  {
    // 003: 新北区 2021 (Jiangsu). Two batches with the city's totals (2000 secondary, 4000 primary and
    // kindergarten): the junior secondary demo school in the first, the primary school in the second.
    code: 'xinbei-2021',
    name: '2021年新北区教师信息技术应用能力提升工程2.0专项培训',
    description:
      '学员一周内完成能力点选择，逾期由校级管理员代选；选择比例达到90%后学校方可上传规划书，之后学员方可选课。',
    status: 'RUNNING',
    rules: {
      selection: { selectionWindowDays: 7, adminSelectsAfterDeadline: true, schoolPlanGateRate: 0.9 },
      viewing: { maxPlaybackRate: 1 },
      // 组长审核（合格/优秀，不合格退回）; 同行评价 before offline hours count; excellent videos ≥ 30% of full-time
      // teachers and every subject.
      evidence: {
        groupReview: true,
        peerReview: { reviewsPerPiece: 3, requiredForOfflineHours: true, blind: true },
        excellentWork: { targetRate: 0.3, everySubject: true },
      },
      // ≥ 25 online hours (江苏教师教育管理系统, entered by the school as ONLINE) + ≥ 25 offline hours, entered by the
      // school admin within a week after the school finishes; offline hours only after the peer reviews.
      hours: { onlineHours: 25, minOnline: 25, minOffline: 25, entryWindowDays: 7 },
      // 考核合格（含优秀）占该校参考教师总数90%以上视为整校达标 → the school applies to close (结项).
      completion: { threshold: 0.9, population: 'ENROLLED' },
    },
    phases: [
      { kind: 'PREPARATION', startsOn: '2021-04-21', endsOn: '2021-04-30' },
      { kind: 'IMPLEMENTATION', startsOn: '2021-05-01', endsOn: '2022-05-30' },
    ],
    batches: [
      {
        name: '第一批（中学）',
        startsOn: '2021-05-01',
        endsOn: '2022-04-30',
        stages: ['JUNIOR_SECONDARY', 'SENIOR_SECONDARY'],
        quotas: [null, 1000],
        totalQuota: 2000,
      },
      {
        name: '第二批（小学和幼儿园）',
        startsOn: '2021-06-01',
        endsOn: '2022-05-30',
        stages: ['PRIMARY', 'KINDERGARTEN'],
        quotas: [2000, null],
        totalQuota: 4000,
      },
    ],
  },
  {
    // 004: 淮北市 2022-2023 junior-secondary remote training (course modules, no competency selection).
    code: 'huaibei-2022',
    name: '淮北市2022-2023学年度初中教师远程全员培训',
    description: '网络研修24学时（2023年4月3日至5月31日），按学科模块自主选学课程。',
    status: 'PUBLISHED',
    rules: {
      selection: {},
      viewing: { maxPlaybackRate: 1 },
      // 上传共享资源/学科文章 (10 points each, 20 at most) that tutors check; two assignments marked 0–100.
      shares: { tutorMayReject: true },
      assignments: { maxMark: 100, maxAttempts: 3 },
      // 考核: 960 minutes (≥ 600 in required courses) → 50 × actual / required; shares 10 each, max 20, ≥ 10; two
      // assignments marked × 15%, each ≥ 9; pass at 78 with every item done.
      scoring: {
        items: [
          {
            kind: 'WATCH_MINUTES',
            key: 'courses',
            nameZh: '课程学习时间',
            nameEn: 'Course time',
            points: 50,
            requiredMinutes: 960,
            requiredCourseMinutes: 600,
          },
          {
            kind: 'PER_UNIT',
            key: 'shares',
            nameZh: '教师工作坊互动交流与分享',
            nameEn: 'Shared resources and articles',
            unit: 'SHARE',
            pointsPerUnit: 10,
            maxPoints: 20,
            minPoints: 10,
          },
          {
            kind: 'MARK_WEIGHT',
            key: 'hw1',
            nameZh: '研修作业一',
            nameEn: 'Assignment 1 (online)',
            assignmentCode: 'hw1',
            weight: 0.15,
            minPoints: 9,
          },
          {
            kind: 'MARK_WEIGHT',
            key: 'hw2',
            nameZh: '研修作业二',
            nameEn: 'Assignment 2 (school-based summary)',
            assignmentCode: 'hw2',
            weight: 0.15,
            minPoints: 9,
          },
        ],
        passThreshold: 78,
        excellentQuotaRate: 0.15,
      },
      // 班级辅导者考核: weighted indicators (100 in all); the data computes registration, weekly statistics (one a week
      // of the study phase), marking within 7 days, ≥ 2 workshop activities, ≥ 1 briefing and a pass rate ≥ 98%; the
      // district enters training, rules, activities, resources and the summary.
      tutorEvaluation: {
        indicators: [
          { key: 'training', nameZh: '集中培训', nameEn: 'Central training', weight: 0.15, source: 'ENTERED' },
          {
            key: 'rules',
            nameZh: '学员指导与管理办法',
            nameEn: 'Guidance and management rules',
            weight: 0.05,
            source: 'ENTERED',
          },
          {
            key: 'registration',
            nameZh: '学员注册',
            nameEn: 'Registration',
            weight: 0.05,
            source: 'REGISTRATION_RATE',
            target: 1,
          },
          { key: 'activities', nameZh: '活动组织', nameEn: 'Activities organised', weight: 0.1, source: 'ENTERED' },
          {
            key: 'statistics',
            nameZh: '学情统计',
            nameEn: 'Weekly statistics',
            weight: 0.05,
            source: 'STATISTICS_POSTED',
          },
          {
            key: 'marking',
            nameZh: '作业批阅',
            nameEn: 'Marking',
            weight: 0.1,
            source: 'MARKING_ON_TIME',
            target: 1,
            withinDays: 7,
          },
          {
            key: 'workshop',
            nameZh: '研修组织',
            nameEn: 'Workshop activities',
            weight: 0.15,
            source: 'ACTIVITIES_HELD',
            target: 2,
          },
          {
            key: 'briefings',
            nameZh: '工作坊简报',
            nameEn: 'Workshop briefings',
            weight: 0.1,
            source: 'BRIEFINGS',
            target: 1,
          },
          { key: 'resources', nameZh: '资源整合', nameEn: 'Resources', weight: 0.1, source: 'ENTERED' },
          {
            key: 'assessment',
            nameZh: '学员测评',
            nameEn: 'Learner assessment',
            weight: 0.1,
            source: 'PASS_RATE',
            target: 0.98,
            allOrNothing: true,
          },
          { key: 'summary', nameZh: '培训总结', nameEn: 'Training summary', weight: 0.05, source: 'ENTERED' },
        ],
        excellentThreshold: 90,
      },
    },
    phases: [{ kind: 'IMPLEMENTATION', startsOn: '2023-04-03', endsOn: '2023-05-31' }],
    batches: [
      {
        name: '2023年网络研修',
        startsOn: '2023-04-03',
        endsOn: '2023-05-31',
        stages: ['JUNIOR_SECONDARY'],
        quotas: [null, 30],
      },
    ],
  },
];

const day = (value: string) => new Date(`${value}T00:00:00.000Z`);

/** Decisions a programme in `status` went through, in order. */
const LIFE_CYCLE: Array<{ action: string; from: ProgrammeStatus | null; to: ProgrammeStatus }> = [
  { action: 'CREATE', from: null, to: 'DRAFT' },
  { action: 'PUBLISH', from: 'DRAFT', to: 'PUBLISHED' },
  { action: 'START', from: 'PUBLISHED', to: 'RUNNING' },
  { action: 'CLOSE', from: 'RUNNING', to: 'CLOSED' },
];

export async function seedProgrammes(tx: Transaction): Promise<void> {
  const district = await tx.organisation.findUniqueOrThrow({
    where: { code: 'demo-district' },
    select: { id: true, path: true },
  });
  const school = (code: string) =>
    tx.organisation.findUniqueOrThrow({ where: { code }, select: { id: true, path: true } });
  const user = (login: string) => tx.user.findUniqueOrThrow({ where: { login }, select: { id: true } });
  const [school1, school2] = await Promise.all([school('demo-school-1'), school('demo-school-2')]);
  const [districtAdmin, school1Admin, school2Admin] = await Promise.all([
    user('district.admin'),
    user('school.admin'),
    user('school2.admin'),
  ]);
  /** A spec's per-school pair (`quotas`, `ranges`: demo-school-1, then demo-school-2), each with its school and admin. */
  const perSchool = <T>([first, second]: [T, T]) => [
    { school: school1, admin: school1Admin, value: first },
    { school: school2, admin: school2Admin, value: second },
  ];
  const catalogue = await tx.catalogue.findFirstOrThrow({
    where: { code: 'national-2019', status: 'PUBLISHED' },
    select: { id: true },
  });
  const competencies = new Map(
    (await tx.competency.findMany({ where: { catalogueId: catalogue.id }, select: { id: true, code: true } })).map(
      (c) => [c.code, c.id],
    ),
  );

  for (const spec of DEMO_PROGRAMMES) {
    let programme = await tx.programme.findUnique({ where: { code: spec.code }, select: { id: true } });
    if (!programme) {
      const rules = parseProgrammeRules({ version: 1, ...spec.rules });
      programme = await tx.programme.create({
        data: {
          code: spec.code,
          name: spec.name,
          description: spec.description,
          status: spec.status,
          districtId: district.id,
          orgPath: district.path,
          catalogueId: catalogue.id,
          rules: rules as Prisma.InputJsonValue,
          phases: {
            createMany: {
              data: spec.phases.map((p) => ({ kind: p.kind, startsOn: day(p.startsOn), endsOn: day(p.endsOn) })),
            },
          },
          batches: {
            createMany: {
              data: spec.batches.map((b, position) => ({
                name: b.name,
                startsOn: day(b.startsOn),
                endsOn: day(b.endsOn),
                stages: b.stages,
                totalQuota: b.totalQuota ?? null,
                position,
              })),
            },
          },
        },
        select: { id: true },
      });
      const steps = LIFE_CYCLE.slice(0, LIFE_CYCLE.findIndex((step) => step.to === spec.status) + 1);
      for (const step of steps) {
        await tx.decision.create({
          data: {
            subjectType: 'Programme',
            subjectId: programme.id,
            actorId: districtAdmin.id,
            action: step.action,
            fromState: step.from,
            toState: step.to,
            comment: 'Demo data',
            orgPath: district.path,
          },
        });
      }
    }

    const batches = await tx.batch.findMany({ where: { programmeId: programme.id }, select: { id: true, name: true } });
    await tx.batchSchool.createMany({
      data: spec.batches.flatMap((b) => {
        const batch = batches.find((row) => row.name === b.name);
        return batch
          ? perSchool(b.quotas).flatMap(({ school, value: quota }) =>
              quota === null ? [] : [{ batchId: batch.id, schoolId: school.id, orgPath: school.path, quota }],
            )
          : [];
      }),
      skipDuplicates: true,
    });

    for (const { school, admin, value: codes } of spec.ranges ? perSchool(spec.ranges) : []) {
      const existing = await tx.schoolRange.findUnique({
        where: { programmeId_schoolId: { programmeId: programme.id, schoolId: school.id } },
        select: { id: true },
      });
      if (existing) continue;
      await tx.schoolRange.create({
        data: {
          programmeId: programme.id,
          schoolId: school.id,
          orgPath: school.path,
          updatedById: admin.id,
          items: {
            createMany: { data: codes.map((code) => ({ competencyId: competencies.get(code) ?? missing(code) })) },
          },
        },
      });
    }
  }
}

function missing(code: string): never {
  throw new Error(`Seed: competency ${code} is not in the national catalogue`);
}
