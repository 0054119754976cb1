// Qualification (合格), whole-school completion (整校推进) and closing (结项), through the real API against a migrated
// database: Guangdong's 95% of full-time teachers and Xinbei's 90% of enrolled teachers, the at-risk list with reasons,
// the 15-item proof list, the district's expert assessment, the application to close and the district's decision.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GUANGDONG_PROOF_ITEMS } from '../../schema/completion/proof-items.js';
import type { TestApp } from '../kit/app.js';
import { testApp } from '../kit/app.js';
import { gid } from '../kit/ids.js';
import { docx, exe, pdf, xlsx } from '../kit/office-files.js';
import type { DistrictWorld, EnrolmentRef, ProgrammeWorld, SchoolWorld, UserRef } from '../kit/world.js';

let t: TestApp;
let d: DistrictWorld;

/** Guangdong: school-based study must pass; 95% of full-time teachers; the 15 proof items; 2 experts a school. */
const GUANGDONG_COMPLETION = {
  threshold: 0.95,
  population: 'FULL_TIME',
  requireScore: false,
  requireHours: false,
  requireSchoolStudy: true,
  proofItems: GUANGDONG_PROOF_ITEMS,
  expertsPerSchool: 2,
};

/** Xinbei: 25 online + 25 offline hours (counted from PENDING here); 90% of enrolled teachers; no proof list. */
const XINBEI_RULES = {
  hours: { onlineHours: 25, minOnline: 25, minOffline: 25, countFrom: 'PENDING' },
  completion: { threshold: 0.9, population: 'ENROLLED', requireScore: false, requireHours: true },
};

const COMPLETION = `
  query Completion($programmeId: ID!, $schoolId: ID!, $first: Int) {
    schoolCompletion(programmeId: $programmeId, schoolId: $schoolId) {
      schoolName threshold population enrolledCount fullTimeTeachers qualifiedCount denominator needed rate eligible
      atRiskCount
      atRisk(first: $first) { edges { node { teacherName login reasons { code message } } } }
      proofItems { key name form required provided upload { form text file { filename } uploadedAt } }
      missingProofItems
      selfAssessment { score max note }
      expertsPerSchool
      expertAssessments { id expertName scored points levels { criterionId levelId } rubricVersion { version } }
      assessment { points outcome }
      closingState appliedRate appliedAt decidedAt decisionComment closedAt
    }
  }`;

const UPLOAD = `
  mutation Upload($input: UploadProofItemInput!) {
    uploadProofItem(input: $input) {
      __typename
      ... on UploadProofItemPayload { item { form text file { filename } } }
      ... on Error { code message }
      ... on ValidationError { issues { path message } }
    }
  }`;

const COMPLETION_RESULT = `
  __typename
  ... on Error { code message }
  ... on ValidationError { issues { path message } }
`;
const SHORTFALL = '... on ClosingShortfallError { shortfalls qualifiedCount denominator needed missingItems }';

const mutation = (name: string, inputType: string, selection = 'completion { closingState eligible }') => `
  mutation M($input: ${inputType}!) {
    ${name}(input: $input) {
      ${COMPLETION_RESULT}
      ${name === 'applyToClose' ? SHORTFALL : ''}
      ... on ${name[0]?.toUpperCase()}${name.slice(1)}Payload { ${selection} }
    }
  }`;

/** A school with `count` enrolled teachers (and as many full-time teachers). */
async function schoolWith(p: ProgrammeWorld, count: number, fullTimeTeachers: number | null = count) {
  const s = await d.school({ fullTimeTeachers });
  await p.enrolSchool(s);
  const enrolments: EnrolmentRef[] = [];
  for (let i = 0; i < count; i++) enrolments.push(await p.teacher(s));
  return { s, enrolments };
}

/** Records the school-based study verdicts: PASSED for the first `passed`, FAILED for the next `failed`. */
async function verdicts(s: SchoolWorld, enrolments: EnrolmentRef[], passed: number, failed = 0) {
  await t.db.prisma.schoolStudyReview.createMany({
    data: enrolments.slice(0, passed + failed).map((e, i) => ({
      enrolmentId: e.id,
      result: i < passed ? ('PASSED' as const) : ('FAILED' as const),
      decidedById: s.admin.id,
      orgPath: e.orgPath,
    })),
  });
}

/** Credit-hour entries (PENDING): online and offline hours per enrolment. */
async function hours(p: ProgrammeWorld, entries: Array<[EnrolmentRef, number, number]>) {
  await t.db.prisma.creditEntry.createMany({
    data: entries.flatMap(([e, online, offline]) => [
      ...(online
        ? [
            {
              programmeId: p.id,
              enrolmentId: e.id,
              teacherId: e.teacher.id,
              orgPath: e.orgPath,
              source: 'ONLINE_STUDY' as const,
              category: 'ONLINE' as const,
              hours: online,
            },
          ]
        : []),
      ...(offline
        ? [
            {
              programmeId: p.id,
              enrolmentId: e.id,
              teacherId: e.teacher.id,
              orgPath: e.orgPath,
              source: 'SCHOOL_PRACTICE' as const,
              category: 'OFFLINE' as const,
              hours: offline,
            },
          ]
        : []),
    ]),
  });
}

const read = async (
  p: ProgrammeWorld,
  s: SchoolWorld,
  as: UserRef | string = s.admin,
  locale: 'en' | 'zh-CN' = 'en',
) => {
  const response = await t.gql(COMPLETION, { programmeId: p.gid, schoolId: s.school.gid, first: 100 }, { as, locale });
  expect(response.errors).toBeUndefined();
  return response.data.schoolCompletion;
};

const pair = (p: ProgrammeWorld, s: SchoolWorld) => ({ programmeId: p.gid, schoolId: s.school.gid });

beforeAll(async () => {
  t = await testApp();
  d = await t.world.district();
});
afterAll(() => t.close());

describe('Guangdong: 95% of full-time teachers (整校推进)', () => {
  let p: ProgrammeWorld;
  let s: SchoolWorld;
  let enrolments: EnrolmentRef[];
  let experts: UserRef[];
  let rubricGid: string;

  beforeAll(async () => {
    p = await d.programme({ status: 'RUNNING', rules: { completion: GUANGDONG_COMPLETION } as never });
    ({ s, enrolments } = await schoolWith(p, 20));
    // 18 passed, 1 failed, 1 without a verdict.
    await verdicts(s, enrolments, 18, 1);
    experts = await Promise.all([1, 2, 3].map(() => t.world.user(d.district, [['EXPERT', d.district]])));
    const rubric = await t.db.prisma.rubric.create({
      data: {
        key: `school-${Date.now()}`,
        titleZh: '整校推进绩效考核',
        orgPath: d.district.path,
        ownerOrganisationId: d.district.id,
        versions: {
          create: {
            version: 1,
            criteria: [
              {
                key: 'plan',
                nameZh: '规划',
                levels: [
                  { key: 'good', nameZh: '好', points: 50, descriptorZh: '好' },
                  { key: 'fair', nameZh: '中', points: 30, descriptorZh: '中' },
                ],
              },
              {
                key: 'practice',
                nameZh: '实践',
                levels: [
                  { key: 'good', nameZh: '好', points: 50, descriptorZh: '好' },
                  { key: 'fair', nameZh: '中', points: 20, descriptorZh: '中' },
                ],
              },
            ],
            passPoints: 60,
            excellentPoints: 90,
          },
        },
      },
    });
    rubricGid = gid('Rubric', rubric.id);
  });

  it('18 of 20 qualified is not eligible (19 needed); the at-risk list names the other two with reasons', async () => {
    const page = await read(p, s);
    expect(page).toMatchObject({
      threshold: 0.95,
      population: 'FULL_TIME',
      enrolledCount: 20,
      fullTimeTeachers: 20,
      qualifiedCount: 18,
      denominator: 20,
      needed: 19,
      rate: 0.9,
      eligible: false,
      atRiskCount: 2,
      closingState: 'OPEN',
    });
    const atRisk = page.atRisk.edges.map((edge: { node: unknown }) => edge.node);
    expect(atRisk).toEqual([
      {
        teacherName: enrolments[18]!.teacher.displayName,
        login: enrolments[18]!.teacher.login,
        reasons: [{ code: 'SCHOOL_STUDY_NOT_PASSED', message: 'School-based study review failed.' }],
      },
      {
        teacherName: enrolments[19]!.teacher.displayName,
        login: enrolments[19]!.teacher.login,
        reasons: [{ code: 'SCHOOL_STUDY_NOT_PASSED', message: 'School-based study review not passed yet.' }],
      },
    ]);
    const zh = await read(p, s, s.admin, 'zh-CN');
    expect(zh.atRisk.edges[0].node.reasons[0].message).toBe('校本研修考核不通过。');
  });

  it('the teacher reads their own qualification; another teacher finds it null', async () => {
    const query = `query Q($id: ID!) { node(id: $id) { ... on Enrolment { qualification { qualified reasons { code message } } } } }`;
    const own = await t.gql(query, { id: enrolments[19]!.gid }, { as: enrolments[19]!.teacher });
    expect(own.data.node.qualification).toEqual({
      qualified: false,
      reasons: [{ code: 'SCHOOL_STUDY_NOT_PASSED', message: 'School-based study review not passed yet.' }],
    });
    const passed = await t.gql(query, { id: enrolments[0]!.gid }, { as: enrolments[0]!.teacher });
    expect(passed.data.node.qualification).toEqual({ qualified: true, reasons: [] });
  });

  it('applying below the threshold is refused, naming every shortfall; nothing changes', async () => {
    const result = await t.gql(mutation('applyToClose', 'ApplyToCloseInput'), { input: pair(p, s) }, { as: s.admin });
    expect(result.data.applyToClose).toMatchObject({
      __typename: 'ClosingShortfallError',
      code: 'INVALID_STATE',
      shortfalls: ['RATE_BELOW_THRESHOLD', 'PROOF_ITEMS_MISSING', 'ASSESSMENT_NOT_CONFIRMED'],
      qualifiedCount: 18,
      denominator: 20,
      needed: 19,
    });
    expect(result.data.applyToClose.missingItems).toHaveLength(15);
    expect(result.data.applyToClose.message).toContain('18 of 20 teachers qualified, 19 needed (95%)');
    expect(await t.db.prisma.schoolCompletion.count({ where: { programmeId: p.id, schoolId: s.school.id } })).toBe(0);
  });

  it('19 of 20 qualified (95%) is eligible', async () => {
    await t.db.prisma.schoolStudyReview.update({
      where: { enrolmentId: enrolments[18]!.id },
      data: { result: 'PASSED' },
    });
    const page = await read(p, s);
    expect(page).toMatchObject({ qualifiedCount: 19, rate: 0.95, needed: 19, eligible: true, atRiskCount: 1 });
    expect(page.atRisk.edges).toHaveLength(1);
  });

  it('a school whose full-time teachers outnumber its enrolled ones counts them (19 of 22 is not enough)', async () => {
    const { s: bigger, enrolments: some } = await schoolWith(p, 20, 22);
    await verdicts(bigger, some, 19);
    expect(await read(p, bigger)).toMatchObject({ qualifiedCount: 19, denominator: 22, needed: 21, eligible: false });
  });

  describe('proof list (证明清单)', () => {
    const upload = (itemKey: string, bytes: Uint8Array, filename: string, as: UserRef = s.admin) =>
      t.upload(
        UPLOAD,
        { input: { ...pair(p, s), itemKey, file: null } },
        { 'input.file': { bytes, filename } },
        { as },
      );

    it('lists the 15 items, all missing at first', async () => {
      const page = await read(p, s);
      expect(page.proofItems).toHaveLength(15);
      expect(page.proofItems[0]).toMatchObject({
        key: 'managementTeam',
        name: 'School IT management team and its responsibilities',
        form: 'FORM',
        required: true,
        provided: false,
        upload: null,
      });
      expect(page.missingProofItems).toHaveLength(15);
    });

    it('uploads a report, replaces it, and refuses types its form does not allow', async () => {
      const first = await upload('swotDiagnosis', pdf(), 'swot.pdf');
      expect(first.data.uploadProofItem).toMatchObject({
        __typename: 'UploadProofItemPayload',
        item: { form: 'REPORT' },
      });
      const replaced = await upload('swotDiagnosis', docx(), 'swot-v2.docx');
      expect(replaced.data.uploadProofItem.item.file.filename).toBe('swot-v2.docx');
      expect(
        await t.db.prisma.schoolProofItem.count({
          where: { programmeId: p.id, schoolId: s.school.id, itemKey: 'swotDiagnosis' },
        }),
      ).toBe(1);
      const sheet = await upload('swotDiagnosis', xlsx(), 'swot.xlsx');
      expect(sheet.data.uploadProofItem.code).toBe('FILE_TYPE_NOT_ALLOWED');
      const renamed = await upload('swotDiagnosis', exe(), 'swot.pdf');
      expect(renamed.data.uploadProofItem.code).toBe('FILE_TYPE_NOT_ALLOWED');
      // A form also takes a spreadsheet.
      const form = await upload('managementTeam', xlsx(), 'team.xlsx');
      expect(form.data.uploadProofItem.item).toMatchObject({ form: 'FORM', file: { filename: 'team.xlsx' } });
      const page = await read(p, s);
      expect(page.proofItems[1].upload.file.filename).toBe('swot-v2.docx');
      expect(page.missingProofItems).toHaveLength(13);
    });

    it('takes a text for a plan text, refuses it for a report, and refuses unknown items and empty input', async () => {
      const send = (input: Record<string, unknown>) =>
        t.gql(UPLOAD, { input: { ...pair(p, s), ...input } }, { as: s.admin });
      const text = await send({ itemKey: 'itDevelopmentPlan', text: '三年规划：……' });
      expect(text.data.uploadProofItem.item).toEqual({ form: 'PLAN_TEXT', text: '三年规划：……', file: null });
      const report = await send({ itemKey: 'assessmentReport', text: '报告' });
      expect(report.data.uploadProofItem).toMatchObject({ code: 'INVALID_INPUT' });
      expect(report.data.uploadProofItem.issues[0].path).toEqual(['input', 'text']);
      const unknown = await send({ itemKey: 'nope', text: 'x' });
      expect(unknown.data.uploadProofItem.issues[0]).toMatchObject({ path: ['input', 'itemKey'] });
      const empty = await send({ itemKey: 'itDevelopmentPlan' });
      expect(empty.data.uploadProofItem.code).toBe('INVALID_INPUT');
      const long = await send({ itemKey: 'itDevelopmentPlan', text: 'x'.repeat(20_001) });
      expect(long.data.uploadProofItem.issues[0].message).toContain('at most 20000');
    });

    it('a teacher of the school may not upload (FORBIDDEN_ACTION), another school’s admin finds it missing', async () => {
      const teacher = await upload('managementTeam', xlsx(), 'team.xlsx', enrolments[0]!.teacher);
      expect(teacher.data.uploadProofItem.code).toBe('FORBIDDEN_ACTION');
      const other = await d.school();
      const stranger = await upload('managementTeam', xlsx(), 'team.xlsx', other.admin);
      expect(stranger.data.uploadProofItem.code).toBe('NOT_FOUND');
    });
  });

  it('self-assessment: 0..selfAssessmentMax', async () => {
    const submit = (score: number) =>
      t.gql(
        mutation(
          'submitSelfAssessment',
          'SubmitSelfAssessmentInput',
          'completion { selfAssessment { score max note } }',
        ),
        { input: { ...pair(p, s), score, note: '自评' } },
        { as: s.admin },
      );
    expect((await submit(101)).data.submitSelfAssessment.code).toBe('INVALID_INPUT');
    expect((await submit(88)).data.submitSelfAssessment.completion.selfAssessment).toEqual({
      score: 88,
      max: 100,
      note: '自评',
    });
  });

  describe('expert assessment (绩效考核)', () => {
    const ASSIGN = mutation(
      'assignSchoolExperts',
      'AssignSchoolExpertsInput',
      'completion { expertAssessments { id expertName scored rubricVersion { version } } }',
    );
    const SCORE = `mutation S($input: ScoreSchoolInput!) { scoreSchool(input: $input) {
      __typename ... on Error { code message } ... on ValidationError { issues { path message } }
      ... on ScoreSchoolPayload { assessment { points scored levels { criterionId levelId } } } } }`;
    const CONFIRM = mutation(
      'confirmSchoolAssessment',
      'ConfirmSchoolAssessmentInput',
      'completion { assessment { points outcome } }',
    );
    let assessmentIds: string[];

    it('assigns at most expertsPerSchool experts of the district', async () => {
      const assign = (expertIds: string[], as: UserRef = d.admin) =>
        t.gql(ASSIGN, { input: { ...pair(p, s), expertIds, rubricId: rubricGid } }, { as });
      const tooMany = await assign(experts.map((e) => e.gid));
      expect(tooMany.data.assignSchoolExperts.issues[0].message).toContain('At most 2 experts');
      const notExpert = await assign([experts[0]!.gid, s.admin.gid]);
      expect(notExpert.data.assignSchoolExperts.issues[0]).toMatchObject({ path: ['input', 'expertIds', '1'] });
      const bySchool = await assign([experts[0]!.gid], s.admin);
      expect(bySchool.data.assignSchoolExperts.code).toBe('FORBIDDEN_ACTION');
      const done = await assign([experts[0]!.gid, experts[1]!.gid]);
      const assigned = done.data.assignSchoolExperts.completion.expertAssessments;
      expect(assigned).toHaveLength(2);
      expect(assigned.every((a: { scored: boolean }) => !a.scored)).toBe(true);
      expect(assigned[0].rubricVersion.version).toBe(1);
      assessmentIds = assigned.map((a: { id: string }) => a.id);
    });

    it('an assigned expert reads the school’s page; an unassigned one does not', async () => {
      const asExpert = await read(p, s, experts[0]!);
      expect(asExpert.qualifiedCount).toBe(19);
      // Experts score blind: each sees their own assignment only.
      expect(asExpert.expertAssessments.map((a: { id: string }) => a.id)).toEqual([assessmentIds[0]]);
      const unassigned = await t.gql(COMPLETION, { ...pair(p, s), first: 1 }, { as: experts[2]! });
      expect(unassigned.data.schoolCompletion).toBeNull();
      const mine = await t.gql(
        `{ myExpertAssessments(first: 10) { edges { node { id completion { schoolName eligible } } } } }`,
        {},
        { as: experts[0]! },
      );
      expect(mine.data.myExpertAssessments.edges).toEqual([
        { node: { id: assessmentIds[0], completion: { schoolName: s.school.name, eligible: true } } },
      ]);
    });

    it('experts score with the rubric; confirming waits for every expert, then takes the mean', async () => {
      const score = (as: UserRef, id: string, levels: Array<[string, string]>) =>
        t.gql(
          SCORE,
          { input: { assessmentId: id, levels: levels.map(([criterionId, levelId]) => ({ criterionId, levelId })) } },
          { as },
        );
      const missing = await score(experts[0]!, assessmentIds[0]!, [['plan', 'good']]);
      expect(missing.data.scoreSchool.issues[0].message).toContain('practice');
      const unknownLevel = await score(experts[0]!, assessmentIds[0]!, [
        ['plan', 'good'],
        ['practice', 'superb'],
      ]);
      expect(unknownLevel.data.scoreSchool.issues[0].path).toEqual(['input', 'levels', '1', 'levelId']);
      const others = await score(experts[1]!, assessmentIds[0]!, [
        ['plan', 'good'],
        ['practice', 'good'],
      ]);
      expect(others.data.scoreSchool.code).toBe('NOT_FOUND');
      const first = await score(experts[0]!, assessmentIds[0]!, [
        ['plan', 'good'],
        ['practice', 'good'],
      ]);
      expect(first.data.scoreSchool.assessment).toMatchObject({ points: 100, scored: true });
      const early = await t.gql(CONFIRM, { input: pair(p, s) }, { as: d.admin });
      expect(early.data.confirmSchoolAssessment).toMatchObject({ code: 'INVALID_STATE' });
      expect(early.data.confirmSchoolAssessment.message).toContain('1 of the 2 assigned experts');
      await score(experts[1]!, assessmentIds[1]!, [
        ['plan', 'fair'],
        ['practice', 'fair'],
      ]);
      const confirmed = await t.gql(CONFIRM, { input: pair(p, s) }, { as: d.admin });
      // (100 + 50) / 2 = 75: PASS (60 ≤ 75 < 90).
      expect(confirmed.data.confirmSchoolAssessment.completion.assessment).toEqual({ points: 75, outcome: 'PASS' });
      const after = await score(experts[1]!, assessmentIds[1]!, [
        ['plan', 'good'],
        ['practice', 'good'],
      ]);
      expect(after.data.scoreSchool.code).toBe('INVALID_STATE');
    });
  });

  describe('closing (结项)', () => {
    const APPLY = mutation('applyToClose', 'ApplyToCloseInput', 'completion { closingState appliedRate appliedAt }');
    const DECIDE = mutation(
      'decideClosing',
      'DecideClosingInput',
      'completion { closingState closedAt decisionComment }',
    );

    it('refuses while proof items are missing, then applies with the rate', async () => {
      const refused = await t.gql(APPLY, { input: pair(p, s) }, { as: s.admin });
      expect(refused.data.applyToClose).toMatchObject({ shortfalls: ['PROOF_ITEMS_MISSING'] });
      const provided = new Set(
        (await t.db.prisma.schoolProofItem.findMany({ where: { programmeId: p.id, schoolId: s.school.id } })).map(
          (item) => item.itemKey,
        ),
      );
      await t.db.prisma.schoolProofItem.createMany({
        data: GUANGDONG_PROOF_ITEMS.filter((item) => !provided.has(item.key)).map((item) => ({
          programmeId: p.id,
          schoolId: s.school.id,
          orgPath: s.school.path,
          itemKey: item.key,
          form: item.form,
          text: '见附件',
          uploadedById: s.admin.id,
        })),
      });
      const decideEarly = await t.gql(DECIDE, { input: { ...pair(p, s), accept: true } }, { as: d.admin });
      expect(decideEarly.data.decideClosing).toMatchObject({ code: 'INVALID_STATE' });
      const applied = await t.gql(APPLY, { input: pair(p, s) }, { as: s.admin });
      expect(applied.data.applyToClose.completion).toMatchObject({ closingState: 'APPLIED', appliedRate: 0.95 });
      const again = await t.gql(APPLY, { input: pair(p, s) }, { as: s.admin });
      expect(again.data.applyToClose.shortfalls).toEqual(['ALREADY_APPLIED']);
      // Under review: the proof list does not change.
      const upload = await t.gql(
        UPLOAD,
        { input: { ...pair(p, s), itemKey: 'itDevelopmentPlan', text: '改' } },
        { as: s.admin },
      );
      expect(upload.data.uploadProofItem.code).toBe('INVALID_STATE');
    });

    it('returning needs a comment; a returned school applies again; acceptance closes it and reads still work', async () => {
      const noComment = await t.gql(DECIDE, { input: { ...pair(p, s), accept: false } }, { as: d.admin });
      expect(noComment.data.decideClosing.issues[0].path).toEqual(['input', 'comment']);
      const bySchool = await t.gql(DECIDE, { input: { ...pair(p, s), accept: true } }, { as: s.admin });
      expect(bySchool.data.decideClosing.code).toBe('FORBIDDEN_ACTION');
      const returned = await t.gql(
        DECIDE,
        { input: { ...pair(p, s), accept: false, comment: '补充材料' } },
        { as: d.admin },
      );
      expect(returned.data.decideClosing.completion).toEqual({
        closingState: 'RETURNED',
        closedAt: null,
        decisionComment: '补充材料',
      });
      await t.gql(APPLY, { input: pair(p, s) }, { as: s.admin });
      const accepted = await t.gql(DECIDE, { input: { ...pair(p, s), accept: true } }, { as: d.admin });
      expect(accepted.data.decideClosing.completion.closingState).toBe('ACCEPTED');
      expect(accepted.data.decideClosing.completion.closedAt).not.toBeNull();
      const page = await read(p, s);
      expect(page).toMatchObject({ closingState: 'ACCEPTED', qualifiedCount: 19, assessment: { points: 75 } });
      const upload = await t.gql(
        UPLOAD,
        { input: { ...pair(p, s), itemKey: 'itDevelopmentPlan', text: '改' } },
        { as: s.admin },
      );
      expect(upload.data.uploadProofItem.code).toBe('CLOSED');
      const self = await t.gql(
        mutation('submitSelfAssessment', 'SubmitSelfAssessmentInput'),
        { input: { ...pair(p, s), score: 90 } },
        { as: s.admin },
      );
      expect(self.data.submitSelfAssessment.code).toBe('CLOSED');
      const history = await t.db.prisma.decision.findMany({
        where: {
          subjectType: 'SchoolCompletion',
          subjectId: (await t.db.prisma.schoolCompletion.findFirstOrThrow({ where: { schoolId: s.school.id } })).id,
        },
        orderBy: { createdAt: 'asc' },
        select: { action: true },
      });
      expect(history.map((h) => h.action)).toEqual([
        'SELF_ASSESS',
        'ASSIGN_EXPERTS',
        'CONFIRM_ASSESSMENT',
        'APPLY',
        'RETURN',
        'APPLY',
        'ACCEPT',
      ]);
    });

    it('of two concurrent decisions exactly one applies', async () => {
      const lenient = await d.programme({
        status: 'RUNNING',
        rules: { completion: { threshold: 0.5, requireScore: false, requireHours: false } } as never,
      });
      const { s: small } = await schoolWith(lenient, 2);
      // Two first applications at once: one applies, the other is refused (ALREADY_APPLIED or CONFLICT).
      const applications = await Promise.all(
        [1, 2].map(() => t.gql(APPLY, { input: pair(lenient, small) }, { as: small.admin })),
      );
      const appliedKinds = applications.map((r) => r.data.applyToClose.__typename);
      expect(appliedKinds.filter((kind) => kind === 'ApplyToClosePayload')).toHaveLength(1);
      const refused = applications.find((r) => r.data.applyToClose.__typename !== 'ApplyToClosePayload')!;
      expect(['INVALID_STATE', 'CONFLICT']).toContain(refused.data.applyToClose.code);
      expect(await t.db.prisma.decision.count({ where: { action: 'APPLY', orgPath: small.school.path } })).toBe(1);
      const results = await Promise.all([
        t.gql(DECIDE, { input: { ...pair(lenient, small), accept: true } }, { as: d.admin }),
        t.gql(DECIDE, { input: { ...pair(lenient, small), accept: false, comment: '退回' } }, { as: d.admin }),
      ]);
      const kinds = results.map((r) => r.data.decideClosing.__typename).sort();
      expect(kinds.filter((kind) => kind === 'DecideClosingPayload')).toHaveLength(1);
      const loser = results.find((r) => r.data.decideClosing.__typename !== 'DecideClosingPayload')!;
      expect(['CONFLICT', 'INVALID_STATE', 'CLOSED']).toContain(loser.data.decideClosing.code);
      const decisions = await t.db.prisma.decision.count({
        where: { subjectType: 'SchoolCompletion', action: { in: ['ACCEPT', 'RETURN'] }, orgPath: small.school.path },
      });
      expect(decisions).toBe(1);
    });
  });
});

describe('Xinbei: 90% of enrolled teachers', () => {
  let p: ProgrammeWorld;

  beforeAll(async () => {
    p = await d.programme({ status: 'RUNNING', rules: XINBEI_RULES as never });
  });

  it('18 of 20 with their hours is eligible; 17 is not; the at-risk list says which hours are short', async () => {
    const eighteen = await schoolWith(p, 20, null);
    await hours(p, [
      ...eighteen.enrolments.slice(0, 18).map((e) => [e, 25, 25] as [EnrolmentRef, number, number]),
      [eighteen.enrolments[18]!, 25, 10],
    ]);
    expect(await read(p, eighteen.s)).toMatchObject({
      population: 'ENROLLED',
      threshold: 0.9,
      qualifiedCount: 18,
      denominator: 20,
      needed: 18,
      eligible: true,
    });
    const seventeen = await schoolWith(p, 20, 40);
    await hours(
      p,
      seventeen.enrolments.slice(0, 17).map((e) => [e, 25, 25] as [EnrolmentRef, number, number]),
    );
    await hours(p, [[seventeen.enrolments[17]!, 25, 0]]);
    const page = await read(p, seventeen.s);
    // ENROLLED ignores the school's 40 full-time teachers.
    expect(page).toMatchObject({
      qualifiedCount: 17,
      denominator: 20,
      rate: 0.85,
      needed: 18,
      eligible: false,
      atRiskCount: 3,
    });
    const reasons = page.atRisk.edges.map((edge: { node: { reasons: unknown } }) => edge.node.reasons);
    expect(reasons[0]).toEqual([
      { code: 'HOURS_NOT_MET', message: 'Credit hours not met (offline): 25 hours counted (25 online, 0 offline).' },
    ]);
    expect(reasons[1]).toEqual([
      {
        code: 'HOURS_NOT_MET',
        message: 'Credit hours not met (online, offline): 0 hours counted (0 online, 0 offline).',
      },
    ]);
    const applied = await t.gql(
      mutation('applyToClose', 'ApplyToCloseInput'),
      { input: pair(p, seventeen.s) },
      {
        as: seventeen.s.admin,
      },
    );
    expect(applied.data.applyToClose.shortfalls).toEqual(['RATE_BELOW_THRESHOLD']);
    const eligible = await t.gql(
      mutation('applyToClose', 'ApplyToCloseInput'),
      { input: pair(p, eighteen.s) },
      {
        as: eighteen.s.admin,
      },
    );
    // No proof list, no experts: the rate is enough.
    expect(eligible.data.applyToClose.completion).toEqual({ closingState: 'APPLIED', eligible: true });
  });

  it('reads a school’s page and the district console in the same number of statements whatever their size', async () => {
    const small = await schoolWith(p, 2);
    const large = await schoolWith(p, 12);
    await hours(
      p,
      large.enrolments.map((e) => [e, 25, 10] as [EnrolmentRef, number, number]),
    );
    const count = async (s: SchoolWorld) =>
      (await t.statementsFor(COMPLETION, { ...pair(p, s), first: 100 }, { as: s.admin })).count;
    expect(await count(large.s)).toBe(await count(small.s));
    const CONSOLE = `query C($programmeId: ID!, $first: Int) { districtCompletion(programmeId: $programmeId, first: $first) {
      totalCount edges { node { schoolName qualifiedCount denominator rate eligible closingState assessment { points }
      atRisk(first: 5) { edges { node { teacherName reasons { code } } } } } } } }`;
    const one = await t.statementsFor(CONSOLE, { programmeId: p.gid, first: 1 }, { as: d.admin });
    const all = await t.statementsFor(CONSOLE, { programmeId: p.gid, first: 100 }, { as: d.admin });
    expect(all.data.districtCompletion.totalCount).toBe(4);
    expect(all.data.districtCompletion.edges).toHaveLength(4);
    expect(all.count).toBe(one.count);
    const states = all.data.districtCompletion.edges.map(
      (edge: { node: { closingState: string } }) => edge.node.closingState,
    );
    expect(states.filter((state: string) => state === 'APPLIED')).toHaveLength(1);
    const applied = await t.gql(
      `query C($programmeId: ID!) { districtCompletion(programmeId: $programmeId, closingState: APPLIED) { totalCount } }`,
      { programmeId: p.gid },
      { as: d.admin },
    );
    expect(applied.data.districtCompletion.totalCount).toBe(1);
    const bySchool = await t.gql(CONSOLE, { programmeId: p.gid, first: 1 }, { as: small.s.admin });
    expect(bySchool.data.districtCompletion).toBeNull();
  });
});

describe('qualification from scores and evidence', () => {
  it('needs a passed score and every selected competency’s evidence assessed PASS or EXCELLENT', async () => {
    const p = await d.programme({
      status: 'RUNNING',
      rules: {
        scoring: {
          items: [
            { kind: 'WATCH_MINUTES', key: 'watch', nameZh: '学习', nameEn: 'Study', points: 100, requiredMinutes: 10 },
          ],
          passThreshold: 100,
        },
        completion: { requireScore: true, requireHours: true, requireEvidence: true },
      } as never,
    });
    const { s, enrolments } = await schoolWith(p, 4);
    const [good, oneFailed, noSelection, noStudy] = enrolments as [
      EnrolmentRef,
      EnrolmentRef,
      EnrolmentRef,
      EnrolmentRef,
    ];
    const national = await t.world.catalogue();
    await t.db.prisma.enrolment.updateMany({
      where: { id: { in: [good.id, oneFailed.id, noSelection.id] } },
      data: { studyRequiredSeconds: 600 },
    });
    for (const e of [good, oneFailed, noStudy]) await p.select(e, ['A1', 'B1'], 'APPROVED');
    const evidence = (e: EnrolmentRef, code: string, outcome: 'PASS' | 'EXCELLENT' | 'FAIL') => ({
      enrolmentId: e.id,
      competencyId: national.competency(code).id,
      programmeId: p.id,
      teacherId: e.teacher.id,
      status: 'ASSESSED' as const,
      outcome,
      orgPath: e.orgPath,
    });
    await t.db.prisma.evidence.createMany({
      data: [
        evidence(good, 'A1', 'PASS'),
        evidence(good, 'B1', 'EXCELLENT'),
        evidence(oneFailed, 'A1', 'PASS'),
        evidence(oneFailed, 'B1', 'FAIL'),
        evidence(noStudy, 'A1', 'PASS'),
        evidence(noStudy, 'B1', 'PASS'),
      ],
    });
    const page = await read(p, s);
    expect(page).toMatchObject({ enrolledCount: 4, qualifiedCount: 1, eligible: false });
    const reasons = Object.fromEntries(
      page.atRisk.edges.map((edge: { node: { login: string; reasons: unknown } }) => [
        edge.node.login,
        edge.node.reasons,
      ]),
    );
    expect(reasons).toEqual({
      [oneFailed.teacher.login]: [
        { code: 'EVIDENCE_NOT_PASSED', message: 'Practice evidence: 1 of 2 selected competencies assessed as passed.' },
      ],
      [noSelection.teacher.login]: [
        {
          code: 'EVIDENCE_NOT_PASSED',
          message: 'No submitted competency selection, so no practice evidence can pass.',
        },
      ],
      [noStudy.teacher.login]: [
        { code: 'SCORE_NOT_PASSED', message: 'Online study not passed: 0 of the 100 points needed.' },
      ],
    });
  });
});
