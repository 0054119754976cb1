/**
 * The portals' pages through the SDK, over real HTTP, on the demo seed — an example for portal developers.
 *
 * - District console (`operations/programmes.graphql`): the programmes, one programme's detail and progress, and a
 *   new programme taken through its life cycle.
 * - School review page (`operations/school-review.graphql`): enrol a teacher, follow and review their selection,
 *   check a roster file (dry run), upload the school's plan.
 * - Teacher selection page (`operations/teacher-selection.graphql`): my enrolments, the school's range, check, submit.
 *
 * The demo programme tianchang-2022 wants at least 20 credits, not all in one dimension, and the school's review;
 * demo-school-1 allows A1 A2 A3 A5 A6 A7 B1 B3 B6 C5. The tests of the first `describe` run in order and build on
 * each other, as a teacher and their school admin would.
 */
import { createHash } from 'node:crypto';
import { afterAll, assert, beforeAll, describe, expect, it } from 'vitest';
import { listen, type RunningServer } from '../../api/server/listen.js';
import { seed } from '../../prisma/seed/seed.js';
import { type TestApp, testApp } from '../../tests/kit/app.js';
import { pdf } from '../../tests/kit/office-files.js';
import {
  ApproveSelectionDocument,
  BatchSchoolsDocument,
  CatalogueCompetenciesDocument,
  CataloguesDocument,
  ClassRosterDocument,
  CloseProgrammeDocument,
  CreateProgrammeDocument,
  createClient,
  EnrolSchoolsDocument,
  EnrolTeacherDocument,
  ErrorCode,
  ImportEnrolmentsDocument,
  isError,
  MyEnrolmentsDocument,
  matchResult,
  OrganisationsDocument,
  type PayloadMember,
  PhaseKind,
  ProgrammeDocument,
  ProgrammeEnrolmentsDocument,
  ProgrammeSelectionProgressDocument,
  ProgrammeStatus,
  ProgrammesDocument,
  PublishProgrammeDocument,
  ReturnSelectionDocument,
  Role,
  RosterStatusFilter,
  SchoolPlanDocument,
  SchoolRangeDocument,
  SchoolRangeForSelectionDocument,
  SchoolSelectionProgressDocument,
  SchoolStage,
  SelectionViolationCode,
  SelectOnBehalfDocument,
  SetSchoolRangeDocument,
  StartProgrammeDocument,
  SubmitSelectionDocument,
  type SubmitSelectionMutation,
  type TishengClient,
  UploadSchoolPlanDocument,
  ValidateSelectionDocument,
  ViewerDocument,
} from '../src/index.js';

let t: TestApp;
let server: RunningServer;
let url: string;

// One client per signed-in user, as each portal holds one; `getToken` is asked before every request.
let district: TishengClient; // district.admin: the district console
let schoolAdmin: TishengClient; // school.admin of demo-school-1: the school review page
let teacher: TishengClient; // teacher of demo-school-1: the teacher selection page

beforeAll(async () => {
  t = await testApp();
  await seed(t.db.prisma);
  server = await listen(t.app, '127.0.0.1', 0);
  url = `${server.url}/graphql`;
  const clientFor = (login: string) => createClient({ url, getToken: () => t.tokenFor(login) });
  district = clientFor('district.admin');
  schoolAdmin = clientFor('school.admin');
  teacher = clientFor('teacher');
});

afterAll(async () => {
  await server?.close(1_000);
  await t?.close();
});

/** The payload of a result union; an error member fails the test (a page would show its `message`). */
function payload<T extends { __typename: string }>(result: T): PayloadMember<T> {
  if (isError(result)) throw new Error(`Expected a payload, got ${JSON.stringify(result)}`);
  return result as PayloadMember<T>;
}

/** What the teacher page shows after SubmitSelection: a confirmation, or every problem, one a line. */
function submitMessages(result: SubmitSelectionMutation['submitSelection']): string[] {
  return matchResult(result, {
    SubmitSelectionPayload: ({ selection }) => [
      `Submitted ${selection.pointCount} points, ${selection.totalCredits} credits: ${selection.status}`,
    ],
    SelectionRejectedError: ({ violations }) => violations.map((violation) => violation.message),
    ValidationError: ({ issues }) => issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    Error: ({ message }) => [message],
  });
}

const sha256 = (bytes: ArrayBuffer | Uint8Array) => createHash('sha256').update(new Uint8Array(bytes)).digest('hex');

const TIANCHANG = 'tianchang-2022';
const SCHOOL_1_RANGE = ['A1', 'A2', 'A3', 'A5', 'A6', 'A7', 'B1', 'B3', 'B6', 'C5'];
const RETURN_COMMENT = '请至少选择一个智慧教学环境的能力点（如 C5）。';

describe('tianchang-2022: district console, school review page and teacher selection page', () => {
  // What the pages keep between steps.
  let programmeId: string;
  let batchId: string;
  let schoolId: string;
  let classId: string;
  let enrolmentId: string;
  let selectionId: string;
  /** Competency IDs by code, from the programme's catalogue (the teacher page loads them once). */
  const competencyIds = new Map<string, string>();
  const pick = (...codes: string[]) =>
    codes.map((code) => {
      const id = competencyIds.get(code);
      if (!id) throw new Error(`No competency ${code}`);
      return id;
    });

  it('district console: lists the programmes and opens tianchang-2022 with its rules, batch and schools', async () => {
    const { programmes } = await district.request(ProgrammesDocument, { status: ProgrammeStatus.RUNNING });
    expect(programmes.nodes.map((programme) => programme.code).sort()).toEqual([
      'tianchang-2022',
      'xinbei-2021',
      'yiyuan-2021',
      'zhanjiang-2022',
    ]);

    const every: string[] = [];
    for await (const programme of district.paginate(ProgrammesDocument, {}, (data) => data.programmes, { pageSize: 2 }))
      every.push(programme.code);
    expect(every).toHaveLength(5);

    const { programme } = await district.request(ProgrammeDocument, {
      id: programmes.nodes.find((p) => p.code === TIANCHANG)!.id,
    });
    assert(programme, 'tianchang-2022 is visible to its district admin');
    expect(programme).toMatchObject({
      code: TIANCHANG,
      status: 'RUNNING',
      districtName: '示范区',
      catalogue: { code: 'national-2019', version: '2019' },
      rules: {
        enrolment: { classPerSchool: true },
        selection: {
          minCredits: 20,
          dimensionRule: { kind: 'NOT_ALL_SAME', n: null },
          requireSchoolReview: true,
          selectionWindowDays: null,
          schoolPlanGateRate: null,
        },
      },
    });
    expect(programme.phases.map((phase) => phase.kind)).toEqual([
      PhaseKind.PREPARATION,
      PhaseKind.IMPLEMENTATION,
      PhaseKind.SUMMARY,
      PhaseKind.FOLLOW_UP,
    ]);
    expect(programme.history.map((decision) => decision.action)).toEqual(['CREATE', 'PUBLISH', 'START']);

    const [batch] = programme.batches;
    expect(batch).toMatchObject({ name: '2022年网络研修', startsOn: '2022-05-06', endsOn: '2022-07-10' });
    expect(
      batch!.schools.nodes.map((school) => [school.school?.code, school.quota, school.enrolledCount]).sort(),
    ).toEqual([
      // The rule-preview demo's teachers (prisma/seed/rules-preview.ts): six at demo-school-1, four at demo-school-2.
      ['demo-school-1', 60, 6],
      ['demo-school-2', 60, 4],
    ]);
    programmeId = programme.id;
  });

  it('school review page: enrols the seeded teacher (an existing user of the school) in the Tianchang batch', async () => {
    // The school admin's school comes from their role; the batch from the programme list.
    const { viewer } = await schoolAdmin.request(ViewerDocument);
    schoolId = viewer!.roleAssignments.find((assignment) => assignment.role === Role.SCHOOL_ADMIN)!.organisation.id;
    const { programmes } = await schoolAdmin.request(ProgrammesDocument, { status: ProgrammeStatus.RUNNING });
    batchId = programmes.nodes.find((programme) => programme.code === TIANCHANG)!.batches[0]!.id;

    const input = { batchId, schoolId, teacher: { login: 'teacher', displayName: '王老师 (teacher)' } };
    const { enrolTeacher } = await schoolAdmin.request(EnrolTeacherDocument, { input });
    const { enrolment } = payload(enrolTeacher);
    expect(enrolment).toMatchObject({
      teacher: { login: 'teacher', displayName: '王老师 (teacher)' },
      school: { id: schoolId, code: 'demo-school-1' },
      class: { code: 'demo-school-1-class-1' }, // one class per school: the school's class
      selectionDueAt: null, // no selection window in Tianchang
      selectionWindowOpen: true,
      selection: null,
    });
    enrolmentId = enrolment.id;
    classId = enrolment.class!.id;

    // Refusals are typed results, not exceptions: enrolling the teacher again is a CONFLICT.
    const again = await schoolAdmin.request(EnrolTeacherDocument, { input });
    expect(again.enrolTeacher).toMatchObject({ __typename: 'ConflictError', code: ErrorCode.CONFLICT });
  });

  it('school review page: reads the school’s range; Tianchang does not let the school select on the teacher’s behalf', async () => {
    const { schoolRange } = await schoolAdmin.request(SchoolRangeDocument, { programmeId, schoolId });
    assert(schoolRange, 'the seed sets demo-school-1’s range');
    expect(schoolRange.competencies.map((competency) => competency.code)).toEqual(SCHOOL_1_RANGE);

    const byCode = new Map(schoolRange.competencies.map((competency) => [competency.code, competency.id]));
    const { selectOnBehalf } = await schoolAdmin.request(SelectOnBehalfDocument, {
      input: { enrolmentId, competencyIds: ['A7', 'B3', 'B1', 'B6'].map((code) => byCode.get(code)!) },
    });
    assert(selectOnBehalf.__typename === 'SelectionRejectedError');
    expect(selectOnBehalf.violations).toEqual([
      expect.objectContaining({ code: SelectionViolationCode.ON_BEHALF_NOT_ALLOWED }),
    ]);
  });

  it('teacher selection page: my enrolments, the school’s range and the catalogue', async () => {
    // The demo teacher is also enrolled in zhanjiang-2022 (school-based hours); this page is about Tianchang.
    const { enrolments } = await teacher.request(MyEnrolmentsDocument, { programmeId });
    expect(enrolments.totalCount).toBe(1);
    const mine = enrolments.nodes[0]!;
    expect(mine).toMatchObject({
      id: enrolmentId,
      programme: {
        code: TIANCHANG,
        status: 'RUNNING',
        rules: { selection: { minCredits: 20, dimensionRule: { kind: 'NOT_ALL_SAME' }, requireSchoolReview: true } },
      },
      batch: { name: '2022年网络研修' },
      school: { name: '示范区第一实验小学' },
      selectionDueAt: null,
      selectionWindowOpen: true,
      coursesOpen: true, // no plan gate in Tianchang
      selection: null,
    });

    const { schoolRange } = await teacher.request(SchoolRangeForSelectionDocument, {
      programmeId: mine.programme.id,
      schoolId: mine.school!.id,
    });
    expect(schoolRange?.competencies.map((competency) => competency.code)).toEqual(SCHOOL_1_RANGE);
    expect(schoolRange?.competencies.find((competency) => competency.code === 'C5')).toMatchObject({
      credits: 9,
      nameZh: expect.any(String),
      dimension: { code: 'LEARNING_GUIDANCE' },
      environment: { code: 'SMART' },
    });

    // Where a school sets no range (schoolRange null) the whole catalogue is selectable: page through it.
    for await (const competency of teacher.paginate(
      CatalogueCompetenciesDocument,
      { id: mine.programme.catalogue.id },
      (data) => data.catalogue?.competencies,
    )) {
      competencyIds.set(competency.code, competency.id);
    }
    expect(competencyIds.size).toBe(30);
  });

  it('teacher selection page: checks A7+B3+B1+B6, is refused A5+A6+A7+A8, then submits A7+B3+B1+B6', async () => {
    const { validateSelection } = await teacher.request(ValidateSelectionDocument, {
      input: { enrolmentId, competencyIds: pick('A7', 'B3', 'B1', 'B6') },
    });
    expect(payload(validateSelection).check).toEqual({
      valid: true,
      totalCredits: 21,
      pointCount: 4,
      dimensions: ['LEARNING_GUIDANCE', 'INSTRUCTIONAL_DESIGN', 'LEARNING_ANALYSIS'],
      violations: [],
    });

    // All four in one dimension, and A8 outside the school's range: refused with every violation; nothing is saved.
    const refused = (
      await teacher.request(SubmitSelectionDocument, {
        input: { enrolmentId, competencyIds: pick('A5', 'A6', 'A7', 'A8') },
      })
    ).submitSelection;
    expect(isError(refused)).toBe(true);
    assert(refused.__typename === 'SelectionRejectedError');
    expect(refused.code).toBe(ErrorCode.RULE_VIOLATION);
    expect(refused.violations.map((violation) => violation.code)).toEqual([
      SelectionViolationCode.OUTSIDE_SCHOOL_RANGE,
      SelectionViolationCode.SINGLE_DIMENSION,
    ]);
    expect(refused.violations[0]).toMatchObject({ competencyCodes: ['A8'] });
    expect(refused.violations[1]).toMatchObject({ dimension: 'LEARNING_GUIDANCE' });
    expect(refused.check).toEqual({ totalCredits: 20, pointCount: 4 });
    expect(submitMessages(refused)).toEqual([
      'Outside the range the school allows: A8.',
      'All selected points are in one dimension (Learning Guidance); choose points from more than one dimension.',
    ]);

    const submitted = (
      await teacher.request(SubmitSelectionDocument, {
        input: { enrolmentId, competencyIds: pick('A7', 'B3', 'B1', 'B6') },
      })
    ).submitSelection;
    expect(submitMessages(submitted)).toEqual(['Submitted 4 points, 21 credits: SUBMITTED']);
    const { selection } = payload(submitted);
    expect(selection.competencies.map((competency) => [competency.code, competency.credits])).toEqual([
      ['A7', 5],
      ['B3', 5],
      ['B1', 5],
      ['B6', 6],
    ]);
    expect(selection).toMatchObject({
      status: 'SUBMITTED',
      submittedByName: '王老师 (teacher)',
      decidedAt: null,
      violations: [],
    });
    selectionId = selection.id;
  });

  it('school review page: sees the selection in the class roster and the progress, and returns it with a comment', async () => {
    const { classRoster } = await schoolAdmin.request(ClassRosterDocument, {
      classId,
      programmeId,
      status: RosterStatusFilter.SUBMITTED,
    });
    assert(classRoster, 'the school admin reads the class roster');
    expect(
      classRoster.nodes.map((enrolment) => [
        enrolment.teacher.login,
        enrolment.selection?.status,
        enrolment.selection?.totalCredits,
      ]),
    ).toEqual([['teacher', 'SUBMITTED', 21]]);
    const waiting = await schoolAdmin.request(ClassRosterDocument, {
      classId,
      programmeId,
      status: RosterStatusFilter.NOT_SELECTED,
    });
    expect(waiting.classRoster?.totalCount).toBe(0);

    const { schoolSelectionProgress } = await schoolAdmin.request(SchoolSelectionProgressDocument, {
      programmeId,
      schoolId,
    });
    expect(schoolSelectionProgress).toMatchObject({
      school: { code: 'demo-school-1' },
      // The demo teacher, and the rule-preview demo's six teachers with approved selections.
      enrolled: 7,
      selected: 7,
      submitted: 1,
      approved: 6,
      returned: 0,
      notSelected: 0,
      rate: 1,
      gateRate: null,
      gateReached: true,
      planUploaded: false,
    });

    const { returnSelection } = await schoolAdmin.request(ReturnSelectionDocument, {
      input: { selectionId, comment: RETURN_COMMENT },
    });
    expect(payload(returnSelection).selection).toMatchObject({ id: selectionId, status: 'RETURNED' });
  });

  it('teacher resubmits after the comment and the school admin approves: the history shows every step', async () => {
    const { enrolments } = await teacher.request(MyEnrolmentsDocument, { programmeId });
    const returned = enrolments.nodes[0]!.selection!;
    expect(returned.status).toBe('RETURNED');
    expect(returned.history.at(-1)).toMatchObject({
      action: 'RETURN',
      comment: RETURN_COMMENT,
      actorName: '赵校管 (school admin)',
    });

    const resubmitted = await teacher.request(SubmitSelectionDocument, {
      input: { enrolmentId, competencyIds: pick('A7', 'B3', 'B1', 'C5') },
    });
    expect(submitMessages(resubmitted.submitSelection)).toEqual(['Submitted 4 points, 24 credits: SUBMITTED']);

    const { approveSelection } = await schoolAdmin.request(ApproveSelectionDocument, {
      input: { selectionId, comment: '符合学校规划。' },
    });
    const { selection } = payload(approveSelection);
    expect(selection).toMatchObject({
      id: selectionId,
      status: 'APPROVED',
      totalCredits: 24,
      onBehalf: false,
      decidedAt: expect.any(String),
    });
    expect(
      selection.history.map(({ action, fromState, toState, comment, actorName }) => ({
        action,
        fromState,
        toState,
        comment,
        actorName,
      })),
    ).toEqual([
      { action: 'SUBMIT', fromState: null, toState: 'SUBMITTED', comment: null, actorName: '王老师 (teacher)' },
      {
        action: 'RETURN',
        fromState: 'SUBMITTED',
        toState: 'RETURNED',
        comment: RETURN_COMMENT,
        actorName: '赵校管 (school admin)',
      },
      { action: 'SUBMIT', fromState: 'RETURNED', toState: 'SUBMITTED', comment: null, actorName: '王老师 (teacher)' },
      {
        action: 'APPROVE',
        fromState: 'SUBMITTED',
        toState: 'APPROVED',
        comment: '符合学校规划。',
        actorName: '赵校管 (school admin)',
      },
    ]);

    // The district console sees each school's numbers.
    const progress: Array<[string, number, number]> = [];
    for await (const school of district.paginate(
      ProgrammeSelectionProgressDocument,
      { programmeId },
      (data) => data.programmeSelectionProgress,
    )) {
      progress.push([school.school.code, school.enrolled, school.approved]);
    }
    expect(progress.sort()).toEqual([
      // With the rule-preview demo's teachers: six approved at demo-school-1, four at demo-school-2.
      ['demo-school-1', 7, 7],
      ['demo-school-2', 4, 4],
    ]);
  });

  it('school review page: checks a roster file with a dry run (a CSV Blob, sent as a multipart request)', async () => {
    const roster = new Blob(
      [
        '登录名,姓名,邮箱\n',
        'li.laoshi,李老师,li@demo.tisheng.invalid\n',
        'teacher,王老师 (teacher),\n',
        ',没有登录名,\n',
      ],
      { type: 'text/csv' },
    );
    const { importEnrolments } = await schoolAdmin.request(ImportEnrolmentsDocument, {
      input: { batchId, schoolId, file: roster, dryRun: true },
    });
    const report = payload(importEnrolments);
    expect(report).toMatchObject({ dryRun: true, written: false, created: 1, updated: 0, unchanged: 1, errors: 1 });
    expect(report.rows.map((row) => [row.row, row.login, row.outcome, row.code, row.accountCreated])).toEqual([
      [2, 'li.laoshi', 'CREATED', null, true],
      [3, 'teacher', 'UNCHANGED', null, false],
      [4, '', 'ERROR', 'MISSING_FIELD', false],
    ]);

    // A dry run writes nothing: the school still has the demo teacher (and the rule-preview demo's six) in the programme.
    const { enrolments } = await schoolAdmin.request(ProgrammeEnrolmentsDocument, { programmeId, schoolId });
    expect(enrolments.nodes.map((enrolment) => [enrolment.teacher.login, enrolment.selection?.status]).sort()).toEqual([
      ...['01', '02', '03', '04', '05', '06'].map((n) => [`rp.s1.t${n}`, 'APPROVED']),
      ['teacher', 'APPROVED'],
    ]);
  });

  it('school review page: uploads the school’s plan; the teacher downloads it through its signed link', async () => {
    const bytes = pdf(4_000, '示范区第一实验小学');
    const file = new File([bytes], '示范区第一实验小学 信息化发展规划.pdf', { type: 'application/pdf' });
    const { uploadSchoolPlan } = await schoolAdmin.request(UploadSchoolPlanDocument, {
      input: { programmeId, schoolId, file },
    });
    expect(payload(uploadSchoolPlan).schoolPlan).toMatchObject({
      uploadedByName: '赵校管 (school admin)',
      file: {
        filename: '示范区第一实验小学 信息化发展规划.pdf',
        contentType: 'application/pdf',
        size: bytes.length,
        sha256: sha256(bytes),
      },
      history: [{ action: 'UPLOAD' }],
    });

    const { schoolPlan } = await teacher.request(SchoolPlanDocument, { programmeId, schoolId, downloadTtlSeconds: 60 });
    assert(schoolPlan, 'the teacher sees their school’s plan');
    // `downloadUrl` is a path on the API; it needs no Authorization header.
    const download = await fetch(new URL(schoolPlan.file.downloadUrl, url));
    expect(download.status).toBe(200);
    expect(sha256(await download.arrayBuffer())).toBe(schoolPlan.file.sha256);

    const { schoolSelectionProgress } = await schoolAdmin.request(SchoolSelectionProgressDocument, {
      programmeId,
      schoolId,
    });
    expect(schoolSelectionProgress?.planUploaded).toBe(true);
  });
});

describe('district console: a programme’s life cycle', () => {
  it('creates a programme, enrols schools, lets a school set its range, then publishes, starts and closes it', async () => {
    const { viewer } = await district.request(ViewerDocument);
    const districtId = viewer!.roleAssignments.find((assignment) => assignment.role === Role.DISTRICT_ADMIN)!
      .organisation.id;
    const { catalogues } = await district.request(CataloguesDocument, { code: 'national-2019', competenciesFirst: 3 });
    const catalogue = catalogues.nodes[0]!;

    const input = {
      districtId,
      catalogueId: catalogue.id,
      code: 'demo-2025',
      name: '示范区2025年教师信息技术应用能力提升工程2.0',
      rules: { selection: { minPoints: 3, maxPoints: 3 } },
      phases: [{ kind: PhaseKind.IMPLEMENTATION, startsOn: '2025-03-01', endsOn: '2025-12-31' }],
      batches: [
        {
          name: '第一批',
          startsOn: '2025-03-01',
          endsOn: '2025-06-30',
          stages: [SchoolStage.PRIMARY, SchoolStage.JUNIOR_SECONDARY],
        },
      ],
    };
    const invalid = (await district.request(CreateProgrammeDocument, { input: { ...input, name: '' } }))
      .createProgramme;
    assert(invalid.__typename === 'ValidationError');
    expect(invalid.issues.map((issue) => issue.path.join('.'))).toEqual(['input.name']);

    const { createProgramme } = await district.request(CreateProgrammeDocument, { input });
    const { programme } = payload(createProgramme);
    expect(programme).toMatchObject({
      code: 'demo-2025',
      status: 'DRAFT',
      rules: { selection: { minPoints: 3, maxPoints: 3, requireSchoolReview: false } },
    });
    const batchId = programme.batches[0]!.id;

    const { organisations: schools } = await district.request(OrganisationsDocument, { kind: 'SCHOOL' });
    const { enrolSchools } = await district.request(EnrolSchoolsDocument, {
      input: { batchId, schools: schools.nodes.map((school) => ({ schoolId: school.id, quota: 30 })) },
    });
    expect(payload(enrolSchools).batch.schools.totalCount).toBe(2);
    const quotas: Array<[string | undefined, number]> = [];
    for await (const school of district.paginate(
      BatchSchoolsDocument,
      { batchId },
      (data) => (data.node?.__typename === 'Batch' ? data.node.schools : null),
      { pageSize: 1 },
    )) {
      quotas.push([school.school?.code, school.quota]);
    }
    expect(quotas.sort()).toEqual([
      ['demo-school-1', 30],
      ['demo-school-2', 30],
    ]);

    // The school narrows what its teachers may select.
    const school1 = schools.nodes.find((school) => school.code === 'demo-school-1')!;
    const { setSchoolRange } = await schoolAdmin.request(SetSchoolRangeDocument, {
      input: {
        programmeId: programme.id,
        schoolId: school1.id,
        competencyIds: catalogue.competencies.nodes.map((competency) => competency.id),
      },
    });
    expect(payload(setSchoolRange).schoolRange).toMatchObject({
      competencyCount: 3,
      history: [{ action: 'SET_RANGE' }],
    });

    const published = payload(
      (await district.request(PublishProgrammeDocument, { input: { id: programme.id, comment: '规则已确认' } }))
        .publishProgramme,
    );
    expect(published.programme.status).toBe(ProgrammeStatus.PUBLISHED);
    const started = payload(
      (await district.request(StartProgrammeDocument, { input: { id: programme.id } })).startProgramme,
    );
    expect(started.programme.status).toBe(ProgrammeStatus.RUNNING);
    const closed = payload(
      (await district.request(CloseProgrammeDocument, { input: { id: programme.id, comment: '项目结束' } }))
        .closeProgramme,
    );
    expect(closed.programme.history.map((decision) => [decision.action, decision.toState, decision.comment])).toEqual([
      ['CREATE', 'DRAFT', null],
      ['PUBLISH', 'PUBLISHED', '规则已确认'],
      ['START', 'RUNNING', null],
      ['CLOSE', 'CLOSED', '项目结束'],
    ]);

    // A CLOSED programme never changes again.
    const again = (await district.request(CloseProgrammeDocument, { input: { id: programme.id } })).closeProgramme;
    expect(again).toMatchObject({ __typename: 'InvalidStateError', code: ErrorCode.INVALID_STATE });
  });
});
