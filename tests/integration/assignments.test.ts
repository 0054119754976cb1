import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAssignments } from '../../prisma/seed/assignments.js';
import {
  CreateAssignmentDocument,
  MarkAssignmentDocument,
  MarkingQueueDocument,
  MyAssignmentsDocument,
  RecommendAssignmentDocument,
  RecommendedAssignmentsDocument,
  ReturnAssignmentDocument,
  SubmissionDetailDocument,
  SubmitAssignmentDocument,
  UnrecommendAssignmentDocument,
  UpdateAssignmentDocument,
} from '../../sdk/src/generated/graphql.js';
import { type AdHoc, type TestApp, testApp } from '../kit/app.js';
import { type AssignmentRef, assignment, learningProgramme, submission } from '../kit/assignments.js';
import { daysFromNow } from '../kit/ids.js';
import { docx, pdf } from '../kit/office-files.js';
import { ofType } from '../kit/results.js';
import type { DistrictWorld, EnrolmentRef, ProgrammeWorld, SchoolWorld, UserRef } from '../kit/world.js';

let t: TestApp;
let d: DistrictWorld;
let s: SchoolWorld;
let p: ProgrammeWorld;
let work: AssignmentRef;

beforeAll(async () => {
  t = await testApp();
  d = await t.world.district();
  s = await d.school();
  p = await learningProgramme(d, [s], { assignments: { maxAttempts: 3 } });
  work = await assignment(t.db.prisma, p, { code: 'hw1' });
});
afterAll(() => t.close());

const submit = (input: { assignmentId: string; enrolmentId: string; text?: string }, as: UserRef) =>
  t.mutate(SubmitAssignmentDocument, input, { as });
const mark = (input: { submissionId: string; mark: number; comment?: string; expectedAttempt: number }, as: UserRef) =>
  t.mutate(MarkAssignmentDocument, input, { as });
const returnIt = (input: { submissionId: string; comment: string; expectedAttempt: number }, as: UserRef) =>
  t.mutate(ReturnAssignmentDocument, input, { as });

async function submitted(e: EnrolmentRef, text = '我的作业', on = work) {
  const result = await submit({ assignmentId: on.gid, enrolmentId: e.gid, text }, e.teacher);
  return ofType(result, 'SubmitAssignmentPayload').submission;
}

const detail = async (id: string, as: UserRef | null) =>
  (await t.data(SubmissionDetailDocument, { id }, { as })).node as AdHoc;

describe('setting assignments', () => {
  it('lets the district admin create and change a programme’s assignments, and checks the input', async () => {
    const programme = await learningProgramme(d, [s]);
    const created = ofType(
      await t.mutate(
        CreateAssignmentDocument,
        {
          programmeId: programme.gid,
          code: 'hw1',
          title: '研修作业一',
          brief: '完成 1 份网络研修学科作业',
          dueAt: daysFromNow(20).toISOString(),
          mode: 'ONLINE',
          acceptsFile: false,
        },
        { as: d.admin },
      ),
      'CreateAssignmentPayload',
    ).assignment;
    expect(created).toMatchObject({ code: 'hw1', mode: 'ONLINE', acceptsText: true, acceptsFile: false, position: 0 });

    const second = ofType(
      await t.mutate(
        CreateAssignmentDocument,
        {
          programmeId: programme.gid,
          code: 'hw2',
          title: '研修作业二',
          brief: '围绕本次远程培训主题，完成 1 份线下研修总结报告',
          dueAt: daysFromNow(30).toISOString(),
          mode: 'SCHOOL_BASED',
        },
        { as: d.admin },
      ),
      'CreateAssignmentPayload',
    ).assignment;
    expect(second.position).toBe(1);

    const duplicate = await t.mutate(
      CreateAssignmentDocument,
      {
        programmeId: programme.gid,
        code: 'hw1',
        title: 'x',
        brief: 'x',
        dueAt: new Date().toISOString(),
        mode: 'ONLINE',
      },
      { as: d.admin },
    );
    expect(duplicate).toMatchObject({ __typename: 'ConflictError', code: 'CONFLICT' });

    const noKinds = await t.mutate(
      CreateAssignmentDocument,
      {
        programmeId: programme.gid,
        code: 'hw3',
        title: 'x',
        brief: 'x',
        dueAt: new Date().toISOString(),
        mode: 'ONLINE',
        acceptsText: false,
        acceptsFile: false,
      },
      { as: d.admin },
    );
    expect(noKinds).toMatchObject({ __typename: 'ValidationError', code: 'INVALID_INPUT' });

    const updated = ofType(
      await t.mutate(
        UpdateAssignmentDocument,
        { assignmentId: created.id, title: '研修作业一（修订）' },
        { as: d.admin },
      ),
      'UpdateAssignmentPayload',
    ).assignment;
    expect(updated).toMatchObject({
      title: '研修作业一（修订）',
      acceptsFile: false,
      brief: '完成 1 份网络研修学科作业',
    });

    // A school admin sees the programme but may not set its assignments.
    const refused = await t.mutate(UpdateAssignmentDocument, { assignmentId: created.id, title: 'x' }, { as: s.admin });
    expect(refused).toMatchObject({ __typename: 'ForbiddenActionError', code: 'FORBIDDEN_ACTION' });
    expect(await t.db.prisma.assignment.count({ where: { programmeId: programme.id } })).toBe(2);
  });
});

describe('submitting and marking', () => {
  it('submit → mark: the tutor marks 0–100 with a comment; attempt and history record it', async () => {
    const e = await p.teacher(s);
    const first = await submitted(e);
    expect(first).toMatchObject({ status: 'SUBMITTED', attempt: 1, mark: null, late: false, recommended: false });
    expect(first.attempts).toHaveLength(1);

    const marked = ofType(
      await mark({ submissionId: first.id, mark: 85, comment: '结构清晰', expectedAttempt: 1 }, s.tutor),
      'MarkAssignmentPayload',
    ).submission;
    expect(marked).toMatchObject({ status: 'MARKED', mark: 85, comment: '结构清晰', attempt: 1 });

    const read = await detail(first.id, e.teacher);
    expect(read.attempts).toEqual([
      expect.objectContaining({ attempt: 1, text: '我的作业', decision: 'MARKED', mark: 85, comment: '结构清晰' }),
    ]);
    expect(read.history.map((h: AdHoc) => [h.action, h.toState])).toEqual([
      ['SUBMIT', 'SUBMITTED'],
      ['MARK', 'MARKED'],
    ]);

    // Marked work is final.
    const again = await submit({ assignmentId: work.gid, enrolmentId: e.gid, text: '再交一次' }, e.teacher);
    expect(again).toMatchObject({ __typename: 'InvalidStateError', code: 'INVALID_STATE' });
  });

  it('submit → return → resubmit → mark keeps every attempt (attempt 2) and refuses a stale expectedAttempt', async () => {
    const e = await p.teacher(s);
    const first = await submitted(e, '初稿');
    // While it waits for the tutor, the teacher cannot submit again.
    const pending = await submit({ assignmentId: work.gid, enrolmentId: e.gid, text: '改' }, e.teacher);
    expect(pending).toMatchObject({ __typename: 'InvalidStateError', code: 'INVALID_STATE' });

    const returned = ofType(
      await returnIt({ submissionId: first.id, comment: '请补充课堂实例', expectedAttempt: 1 }, s.tutor),
      'ReturnAssignmentPayload',
    ).submission;
    expect(returned).toMatchObject({ status: 'RETURNED', attempt: 1, comment: '请补充课堂实例' });

    const second = await submitted(e, '修改稿');
    expect(second).toMatchObject({ status: 'SUBMITTED', attempt: 2, comment: null });
    expect(second.attempts.map((a) => [a.attempt, a.text, a.decision, a.comment])).toEqual([
      [1, '初稿', 'RETURNED', '请补充课堂实例'],
      [2, '修改稿', null, null],
    ]);

    // The tutor still looking at attempt 1 gets a conflict, and nothing changes.
    const stale = await mark({ submissionId: first.id, mark: 90, expectedAttempt: 1 }, s.tutor);
    expect(stale).toMatchObject({ __typename: 'StaleSubmissionError', code: 'CONFLICT', currentAttempt: 2 });
    expect((await detail(first.id, s.tutor)).status).toBe('SUBMITTED');

    const marked = ofType(
      await mark({ submissionId: first.id, mark: 90, expectedAttempt: 2 }, s.tutor),
      'MarkAssignmentPayload',
    ).submission;
    expect(marked).toMatchObject({ status: 'MARKED', mark: 90, attempt: 2 });
    const read = await detail(first.id, e.teacher);
    expect(read.history.map((h: AdHoc) => h.action)).toEqual(['SUBMIT', 'RETURN', 'RESUBMIT', 'MARK']);
    expect(read.attempts.map((a: AdHoc) => a.decision)).toEqual(['RETURNED', 'MARKED']);
  });

  it('refuses to return the last allowed attempt (ATTEMPTS_EXHAUSTED): it can only be marked', async () => {
    const programme = await learningProgramme(d, [s], { assignments: { maxAttempts: 2 } });
    const hw = await assignment(t.db.prisma, programme);
    const e = await programme.teacher(s);
    const { id } = await submitted(e, 'v1', hw);
    ofType(
      await returnIt({ submissionId: id, comment: '重做', expectedAttempt: 1 }, s.tutor),
      'ReturnAssignmentPayload',
    );
    await submitted(e, 'v2', hw);
    const exhausted = await returnIt({ submissionId: id, comment: '再重做', expectedAttempt: 2 }, s.tutor);
    expect(exhausted).toMatchObject({ __typename: 'AttemptsExhaustedError', attempts: 2, maxAttempts: 2 });
    expect((await detail(id, s.tutor)).status).toBe('SUBMITTED');
    ofType(await mark({ submissionId: id, mark: 60, expectedAttempt: 2 }, s.tutor), 'MarkAssignmentPayload');
  });

  it('refuses a mark outside 0..maxMark and changes nothing', async () => {
    const e = await p.teacher(s);
    const { id } = await submitted(e);
    for (const value of [101, -1]) {
      const refused = await mark({ submissionId: id, mark: value, expectedAttempt: 1 }, s.tutor);
      expect(refused).toMatchObject({ __typename: 'ValidationError', code: 'INVALID_INPUT' });
      expect((refused as AdHoc).issues[0].path).toEqual(['input', 'mark']);
    }
    expect(await detail(id, s.tutor)).toMatchObject({ status: 'SUBMITTED', mark: null });

    const generous = await learningProgramme(d, [s], { assignments: { maxMark: 150 } });
    const hw = await assignment(t.db.prisma, generous);
    const other = await generous.teacher(s);
    const sub = await submitted(other, '答', hw);
    ofType(await mark({ submissionId: sub.id, mark: 150, expectedAttempt: 1 }, s.tutor), 'MarkAssignmentPayload');
  });

  it('checks the answer kinds, flags late work and takes a file answer', async () => {
    const textOnly = await assignment(t.db.prisma, p, { acceptsFile: false });
    const fileOnly = await assignment(t.db.prisma, p, { acceptsText: false, dueAt: daysFromNow(-1) });
    const e = await p.teacher(s);

    const empty = await submit({ assignmentId: textOnly.gid, enrolmentId: e.gid, text: '   ' }, e.teacher);
    expect(empty).toMatchObject({ __typename: 'ValidationError', code: 'INVALID_INPUT' });
    const textRefused = await submit({ assignmentId: fileOnly.gid, enrolmentId: e.gid, text: '文本' }, e.teacher);
    expect(textRefused).toMatchObject({ __typename: 'ValidationError' });
    expect((textRefused as AdHoc).issues.map((i: AdHoc) => i.path.join('.'))).toEqual(['input.text']);

    const uploaded = await t.upload(
      SubmitAssignmentDocument,
      { input: { assignmentId: fileOnly.gid, enrolmentId: e.gid, file: null } },
      { 'input.file': { bytes: pdf(), filename: '总结报告.pdf' } },
      { as: e.teacher },
    );
    const sub = ofType(uploaded.data?.submitAssignment, 'SubmitAssignmentPayload').submission;
    expect(sub.late).toBe(true);
    expect(sub.attempts[0]?.file).toMatchObject({ filename: '总结报告.pdf', contentType: 'application/pdf' });
    // The class tutor can download it.
    const forTutor = await detail(sub.id, s.tutor);
    expect(forTutor.attempts[0].file.downloadUrl).toMatch(/^\/files\//);

    const files = await t.db.prisma.storedFile.count();
    const another = await assignment(t.db.prisma, p, { acceptsText: false });
    const wrongType = await t.upload(
      SubmitAssignmentDocument,
      { input: { assignmentId: another.gid, enrolmentId: e.gid, file: null } },
      { 'input.file': { bytes: docx(), filename: 'report.pdf' } },
      { as: e.teacher },
    );
    expect(wrongType.data?.submitAssignment).toMatchObject({ code: 'FILE_TYPE_NOT_ALLOWED' });
    expect(await t.db.prisma.storedFile.count()).toBe(files);
    expect(await t.db.prisma.assignmentSubmission.count({ where: { assignmentId: another.id } })).toBe(0);
  });

  it('refuses an assignment of another programme as missing', async () => {
    const other = await learningProgramme(d, [s]);
    const foreign = await assignment(t.db.prisma, other);
    const e = await p.teacher(s);
    const refused = await submit({ assignmentId: foreign.gid, enrolmentId: e.gid, text: 'x' }, e.teacher);
    expect(refused).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
  });
});

describe('recommending', () => {
  it('recommends only marked work; experts and the district read it; withdrawing removes it', async () => {
    const programme = await learningProgramme(d, [s]);
    const hw = await assignment(t.db.prisma, programme);
    const e = await programme.teacher(s);
    const { id } = await submitted(e, '优秀', hw);
    const early = await t.mutate(RecommendAssignmentDocument, { submissionId: id }, { as: s.tutor });
    expect(early).toMatchObject({ __typename: 'InvalidStateError', code: 'INVALID_STATE' });

    ofType(await mark({ submissionId: id, mark: 98, expectedAttempt: 1 }, s.tutor), 'MarkAssignmentPayload');
    const recommended = ofType(
      await t.mutate(RecommendAssignmentDocument, { submissionId: id }, { as: s.tutor }),
      'RecommendAssignmentPayload',
    ).submission;
    expect(recommended.recommended).toBe(true);
    // Twice changes nothing.
    ofType(
      await t.mutate(RecommendAssignmentDocument, { submissionId: id }, { as: s.tutor }),
      'RecommendAssignmentPayload',
    );

    const expert = await t.world.user(d.district, [['EXPERT', d.district]]);
    for (const reader of [expert, d.admin]) {
      const list = await t.data(RecommendedAssignmentsDocument, { programmeId: programme.gid }, { as: reader });
      expect(list.recommendedAssignments?.nodes.map((n) => [n.id, n.mark, n.answer.text])).toEqual([[id, 98, '优秀']]);
    }
    const forTutor = await t.data(RecommendedAssignmentsDocument, { programmeId: programme.gid }, { as: s.tutor });
    expect(forTutor.recommendedAssignments).toBeNull();

    ofType(
      await t.mutate(UnrecommendAssignmentDocument, { submissionId: id }, { as: s.tutor }),
      'UnrecommendAssignmentPayload',
    );
    const after = await t.data(RecommendedAssignmentsDocument, { programmeId: programme.gid }, { as: expert });
    expect(after.recommendedAssignments?.totalCount).toBe(0);
    expect((await detail(id, e.teacher)).history.map((h: AdHoc) => h.action)).toEqual([
      'SUBMIT',
      'MARK',
      'RECOMMEND',
      'UNRECOMMEND',
    ]);
  });
});

describe('reads', () => {
  it('my assignments: every assignment of the programme with the teacher’s submission or null', async () => {
    const programme = await learningProgramme(d, [s]);
    const hw1 = await assignment(t.db.prisma, programme, { code: 'a1', position: 0 });
    const hw2 = await assignment(t.db.prisma, programme, { code: 'a2', position: 1, mode: 'SCHOOL_BASED' });
    const e = await programme.teacher(s);
    const { id } = await submitted(e, '一', hw1);
    const page = await t.data(MyAssignmentsDocument, { enrolmentId: e.gid }, { as: e.teacher });
    const node = page.node as AdHoc;
    expect(node.assignments.totalCount).toBe(2);
    expect(node.assignments.nodes.map((n: AdHoc) => [n.assignment.code, n.submission?.id ?? null])).toEqual([
      ['a1', id],
      ['a2', null],
    ]);
    expect(hw2.code).toBe('a2');
  });

  it('the marking queue lists the class’s SUBMITTED work, oldest first', async () => {
    const programme = await learningProgramme(d, [s]);
    const hw = await assignment(t.db.prisma, programme);
    const older = await programme.teacher(s);
    const newer = await programme.teacher(s);
    const markedOne = await programme.teacher(s);
    const a = await submission(t.db.prisma, hw, older, 'SUBMITTED', { submittedAt: daysFromNow(-2) });
    const b = await submission(t.db.prisma, hw, newer, 'SUBMITTED', { submittedAt: daysFromNow(-1) });
    await submission(t.db.prisma, hw, markedOne, 'MARKED');
    const queue = await t.data(
      MarkingQueueDocument,
      { classId: s.class.gid, programmeId: programme.gid },
      { as: s.tutor },
    );
    expect(queue.markingQueue?.totalCount).toBe(2);
    expect(queue.markingQueue?.nodes.map((n) => n.id)).toEqual([a.gid, b.gid]);
    const marked = await t.data(
      MarkingQueueDocument,
      { classId: s.class.gid, programmeId: programme.gid, status: 'MARKED' },
      { as: s.tutor },
    );
    expect(marked.markingQueue?.totalCount).toBe(1);
  });
});

describe('authorization: a teacher sees their own, a tutor their class, others nothing', () => {
  it('hides submissions from other teachers, other classes, schools and districts, and refuses their actions', async () => {
    const e = await p.teacher(s);
    const { id } = await submitted(e);
    const classmate = await p.teacher(s);
    const otherClass = await t.world.organisation('CLASS', s.school);
    const otherTutor = await t.world.user(s.school, [['CLASS_TUTOR', otherClass]]);
    const otherSchool = await d.school();
    const otherDistrict = await t.world.district().school();

    expect(await detail(id, e.teacher)).not.toBeNull();
    expect(await detail(id, s.tutor)).not.toBeNull();
    for (const stranger of [classmate.teacher, otherTutor, otherSchool.admin, otherSchool.tutor, otherDistrict.tutor]) {
      expect(await detail(id, stranger)).toBeNull();
      const refused = await mark({ submissionId: id, mark: 50, expectedAttempt: 1 }, stranger);
      expect(refused).toMatchObject({ __typename: 'NotFoundError' });
    }
    // Seen but not theirs to mark: the teacher and the school admin.
    for (const viewer of [e.teacher, s.admin]) {
      const refused = await mark({ submissionId: id, mark: 50, expectedAttempt: 1 }, viewer);
      expect(refused).toMatchObject({ __typename: 'ForbiddenActionError' });
    }
    // Nobody submits on another teacher's enrolment.
    const forOther = await submit({ assignmentId: work.gid, enrolmentId: e.gid, text: 'x' }, classmate.teacher);
    expect(forOther).toMatchObject({ __typename: 'NotFoundError' });
    const byTutor = await submit({ assignmentId: work.gid, enrolmentId: classmate.gid, text: 'x' }, s.tutor);
    expect(byTutor).toMatchObject({ __typename: 'ForbiddenActionError' });

    // The marking queue is the class tutor's only.
    const vars = { classId: s.class.gid, programmeId: p.gid };
    expect((await t.data(MarkingQueueDocument, vars, { as: s.tutor })).markingQueue?.nodes.map((n) => n.id)).toContain(
      id,
    );
    for (const other of [otherTutor, e.teacher, s.admin, otherDistrict.tutor, null]) {
      expect((await t.data(MarkingQueueDocument, vars, { as: other })).markingQueue).toBeNull();
    }
    // A classmate's "my assignments" page of this enrolment is missing.
    expect((await t.data(MyAssignmentsDocument, { enrolmentId: e.gid }, { as: classmate.teacher })).node).toBeNull();
    expect(await detail(id, null)).toBeNull();
  });
});

describe('SQL statements of the reads do not grow with the page', () => {
  it('marking queue, my assignments and recommended work: the same at 1, 10 and 50', async () => {
    const dd = await t.world.district();
    const ss = await dd.school();
    const programme = await learningProgramme(dd, [ss]);
    const works: AssignmentRef[] = [];
    for (let i = 0; i < 50; i += 1) works.push(await assignment(t.db.prisma, programme, { position: i }));
    let teacher: EnrolmentRef | null = null;
    for (let i = 0; i < 55; i += 1) {
      const e = { ...(await programme.teacher(ss)), classPath: ss.class.path };
      teacher ??= e;
      await submission(t.db.prisma, works[0]!, e, 'SUBMITTED');
      await submission(t.db.prisma, works[1]!, e, 'MARKED', { recommended: true });
    }
    for (const w of works.slice(2)) await submission(t.db.prisma, w, teacher!, 'SUBMITTED');

    const pages: Array<{ name: string; run: (first: number) => Promise<AdHoc>; size: (data: AdHoc) => number }> = [
      {
        name: 'MarkingQueue (tutor)',
        run: (first: number) =>
          t.request(
            MarkingQueueDocument,
            { classId: ss.class.gid, programmeId: programme.gid, first },
            { as: ss.tutor },
          ),
        size: (data: AdHoc) => data.markingQueue.nodes.length,
      },
      {
        name: 'MyAssignments (teacher)',
        run: (first: number) =>
          t.request(MyAssignmentsDocument, { enrolmentId: teacher!.gid, first }, { as: teacher!.teacher }),
        size: (data: AdHoc) => data.node.assignments.nodes.length,
      },
      {
        name: 'RecommendedAssignments (district admin)',
        run: (first: number) =>
          t.request(RecommendedAssignmentsDocument, { programmeId: programme.gid, first }, { as: dd.admin }),
        size: (data: AdHoc) => data.recommendedAssignments.nodes.length,
      },
    ];
    for (const page of pages) {
      const counts: number[] = [];
      for (const first of [1, 10, 50]) {
        const { result, statements } = await t.measure(() => page.run(first));
        expect(result.errors).toBeUndefined();
        expect(page.size(result.data)).toBe(first);
        counts.push(statements);
      }
      console.log(`[statements] ${page.name}: ${counts.join(', ')} at page sizes 1, 10, 50`);
      expect(new Set(counts).size, page.name).toBe(1);
    }
  }, 120_000);
});

describe('concurrency (meaningful on PostgreSQL)', () => {
  it('of five submissions at once one is taken; of two marks at once one wins', async () => {
    const e = await p.teacher(s);
    const hw = await assignment(t.db.prisma, p);
    const results = await Promise.all(
      [1, 2, 3, 4, 5].map((n) => submit({ assignmentId: hw.gid, enrolmentId: e.gid, text: `答案 ${n}` }, e.teacher)),
    );
    const kinds = results.map((r) => r.__typename);
    expect(kinds.filter((k) => k === 'SubmitAssignmentPayload')).toHaveLength(1);
    expect(kinds.every((k) => ['SubmitAssignmentPayload', 'InvalidStateError', 'ConflictError'].includes(k))).toBe(
      true,
    );
    const row = await t.db.prisma.assignmentSubmission.findUniqueOrThrow({
      where: { assignmentId_enrolmentId: { assignmentId: hw.id, enrolmentId: e.id } },
      select: { id: true, _count: { select: { attempts: true } } },
    });
    expect(row._count.attempts).toBe(1);

    const second = await t.world.user(s.school, [['CLASS_TUTOR', s.class]]);
    const submissionId = ofType(
      results.find((r) => r.__typename === 'SubmitAssignmentPayload'),
      'SubmitAssignmentPayload',
    ).submission.id;
    const marks = await Promise.all(
      [s.tutor, second].map((tutor, i) => mark({ submissionId, mark: 70 + i, expectedAttempt: 1 }, tutor)),
    );
    expect(marks.filter((m) => m.__typename === 'MarkAssignmentPayload')).toHaveLength(1);
    expect(marks.filter((m) => m.__typename === 'InvalidStateError')).toHaveLength(1);
    const history = (await detail(submissionId, s.tutor)).history.map((h: AdHoc) => h.action);
    expect(history).toEqual(['SUBMIT', 'MARK']);
  });
});

describe('demo data', () => {
  it('seeds Huaibei’s two assignments, idempotently', async () => {
    await t.world.demo();
    await t.db.prisma.$transaction((tx) => seedAssignments(tx));
    await t.db.prisma.$transaction((tx) => seedAssignments(tx));
    const rows = await t.db.prisma.assignment.findMany({
      where: { programme: { code: 'huaibei-2022' } },
      orderBy: { position: 'asc' },
      select: { title: true, mode: true, brief: true },
    });
    expect(rows).toEqual([
      { title: '研修作业一', mode: 'ONLINE', brief: '完成 1 份网络研修学科作业' },
      { title: '研修作业二', mode: 'SCHOOL_BASED', brief: '围绕本次远程培训主题，完成 1 份线下研修总结报告' },
    ]);
  }, 60_000);
});
