import { describe, expect, it } from 'vitest';
import {
  excellentWorkReport,
  isExcellent,
  isVideo,
  normaliseSubject,
  publishRefusal,
  reportBase,
  requiredTeachers,
  type TeacherFacts,
} from '../../schema/excellent-work/rules.js';
import { parseProgrammeRules } from '../../schema/programmes/rules.js';

/** Xinbei (003): 考核为优秀的…上传至平台…校级优秀视频资源需普及到每门学科，视频总数为该校专任教师数30%以上. */
const XINBEI = parseProgrammeRules({
  version: 1,
  selection: {},
  evidence: { excellentWork: { targetRate: 0.3, everySubject: true } },
}).evidence.excellentWork;

/** `count` teachers of `subject`, the first `withVideos` of them with one published video each. */
const teachers = (subject: string | null, count: number, withVideos = 0): TeacherFacts[] =>
  Array.from({ length: count }, (_, i) => ({ subject, publishedVideos: i < withVideos ? 1 : 0 }));

describe('requiredTeachers', () => {
  it('is the target rate × the base, rounded up (Xinbei: 30% of 40 full-time teachers → 12)', () => {
    expect(requiredTeachers(0.3, 40)).toBe(12);
    expect(requiredTeachers(0.3, 35)).toBe(11); // 10.5 → 11
    expect(requiredTeachers(0.3, 100)).toBe(30);
    expect(requiredTeachers(0.3, 1)).toBe(1);
    expect(requiredTeachers(1, 13)).toBe(13);
  });

  it('is not pushed one above by floating point (0.07 × 100 = 7.000…01, 0.14 × 50 = 7.000…01)', () => {
    expect(0.07 * 100).toBeGreaterThan(7);
    expect(requiredTeachers(0.07, 100)).toBe(7);
    expect(0.14 * 50).toBeGreaterThan(7);
    expect(requiredTeachers(0.14, 50)).toBe(7);
  });

  it('is 0 for an empty base', () => {
    expect(requiredTeachers(0.3, 0)).toBe(0);
  });
});

describe('reportBase', () => {
  it('is the full-time teachers when the school has a count, else the enrolled teachers', () => {
    expect(reportBase(40, 25)).toEqual({ base: 'FULL_TIME_TEACHERS', count: 40 });
    expect(reportBase(null, 25)).toEqual({ base: 'ENROLLED_TEACHERS', count: 25 });
    expect(reportBase(0, 25)).toEqual({ base: 'ENROLLED_TEACHERS', count: 25 });
  });
});

describe('excellentWorkReport (Xinbei: 40 full-time teachers, 30%, every subject)', () => {
  const school = (videos: { 语文: number; 数学: number; 英语: number }, extra: TeacherFacts[] = []) => [
    ...teachers('语文', 15, videos.语文),
    ...teachers('数学', 15, videos.数学),
    ...teachers('英语', 10, videos.英语),
    ...extra,
  ];

  it('11 teachers with published videos of the 12 needed: the rate is not met', () => {
    const report = excellentWorkReport({
      fullTimeTeachers: 40,
      teachers: school({ 语文: 5, 数学: 4, 英语: 2 }),
      target: XINBEI,
    });
    expect(report).toMatchObject({
      base: 'FULL_TIME_TEACHERS',
      baseCount: 40,
      enrolledTeachers: 40,
      teachersWithPublishedVideos: 11,
      publishedVideos: 11,
      targetRate: 0.3,
      requiredTeachers: 12,
      meetsRate: false,
      everySubject: true,
      everySubjectCovered: true,
      meetsTarget: false,
    });
    expect(report.rate).toBeCloseTo(0.275);
  });

  it('12 teachers in every subject: the target is met', () => {
    const report = excellentWorkReport({
      fullTimeTeachers: 40,
      teachers: school({ 语文: 5, 数学: 5, 英语: 2 }),
      target: XINBEI,
    });
    expect(report).toMatchObject({
      teachersWithPublishedVideos: 12,
      meetsRate: true,
      everySubjectCovered: true,
      meetsTarget: true,
    });
    expect(report.rate).toBeCloseTo(0.3);
  });

  it('12 teachers but no English video: the rate is met, the subjects are not, nor the target', () => {
    const report = excellentWorkReport({
      fullTimeTeachers: 40,
      teachers: school({ 语文: 6, 数学: 6, 英语: 0 }),
      target: XINBEI,
    });
    expect(report).toMatchObject({ meetsRate: true, everySubjectCovered: false, meetsTarget: false });
    expect(report.subjects.find((row) => row.subject === '英语')).toMatchObject({
      enrolledTeachers: 10,
      publishedVideos: 0,
      covered: false,
      required: true,
    });
  });

  it('counts teachers, not videos, toward the rate (one teacher with three videos is one)', () => {
    const many: TeacherFacts[] = [{ subject: '语文', publishedVideos: 3 }, ...teachers('数学', 9, 1)];
    const report = excellentWorkReport({ fullTimeTeachers: 10, teachers: many, target: XINBEI });
    expect(report).toMatchObject({
      teachersWithPublishedVideos: 2,
      publishedVideos: 4,
      requiredTeachers: 3,
      meetsRate: false,
    });
    expect(report.subjects.find((row) => row.subject === '语文')).toMatchObject({
      teachersWithPublishedVideos: 1,
      publishedVideos: 3,
      covered: true,
    });
  });

  it('groups teachers without a subject as null (未填写), listed last and never required', () => {
    const report = excellentWorkReport({
      fullTimeTeachers: 10,
      teachers: [...teachers('数学', 4, 2), ...teachers(null, 2), ...teachers('  ', 1), ...teachers('语文', 3, 1)],
      target: XINBEI,
    });
    expect(report.subjects.map((row) => [row.subject, row.enrolledTeachers, row.covered, row.required])).toEqual([
      ['数学', 4, true, true],
      ['语文', 3, true, true],
      [null, 3, false, false],
    ]);
    expect(report).toMatchObject({ everySubjectCovered: true, requiredTeachers: 3, meetsTarget: true });
  });

  it('without every subject in the rules, the rate alone settles the target', () => {
    const report = excellentWorkReport({
      fullTimeTeachers: 10,
      teachers: [...teachers('数学', 5, 3), ...teachers('语文', 5)],
      target: { targetRate: 0.3, everySubject: false },
    });
    expect(report).toMatchObject({
      everySubjectCovered: false,
      meetsRate: true,
      meetsTarget: true,
      everySubject: false,
    });
    expect(report.subjects.every((row) => !row.required)).toBe(true);
  });

  it('a school without a full-time count is measured against its enrolled teachers', () => {
    const report = excellentWorkReport({ fullTimeTeachers: null, teachers: teachers('数学', 20, 6), target: XINBEI });
    expect(report).toMatchObject({
      fullTimeTeachers: null,
      base: 'ENROLLED_TEACHERS',
      baseCount: 20,
      requiredTeachers: 6,
      meetsTarget: true,
    });
  });

  it('without a target in the rules, the counts are given and every verdict is null', () => {
    const report = excellentWorkReport({ fullTimeTeachers: 40, teachers: school({ 语文: 1, 数学: 0, 英语: 0 }) });
    expect(report).toMatchObject({
      teachersWithPublishedVideos: 1,
      targetRate: null,
      requiredTeachers: null,
      meetsRate: null,
      everySubject: null,
      meetsTarget: null,
      everySubjectCovered: false,
    });
    expect(report.subjects.every((row) => !row.required)).toBe(true);
  });

  it('an empty school: no rate, nothing to cover', () => {
    const report = excellentWorkReport({ fullTimeTeachers: null, teachers: [], target: XINBEI });
    expect(report).toMatchObject({
      baseCount: 0,
      rate: null,
      requiredTeachers: 0,
      everySubjectCovered: true,
      subjects: [],
    });
  });
});

describe('publishRefusal', () => {
  const excellent = { status: 'ASSESSED', outcome: 'EXCELLENT', version: 2, publishConsent: true } as const;

  it('publishes ASSESSED excellent evidence of the version looked at, with consent', () => {
    expect(publishRefusal(excellent, 2)).toBeNull();
  });

  it('refuses a version that is no longer current first', () => {
    expect(publishRefusal({ ...excellent, outcome: 'PASS' }, 1)).toBe('STALE');
  });

  it('refuses evidence not assessed as excellent', () => {
    expect(publishRefusal({ ...excellent, outcome: 'PASS' }, 2)).toBe('NOT_EXCELLENT');
    expect(publishRefusal({ ...excellent, status: 'GROUP_REVIEWED', outcome: null }, 2)).toBe('NOT_EXCELLENT');
    expect(isExcellent({ status: 'RETURNED', outcome: 'EXCELLENT' })).toBe(false);
  });

  it('refuses without the teacher’s consent', () => {
    expect(publishRefusal({ ...excellent, publishConsent: false }, 2)).toBe('CONSENT_REQUIRED');
  });
});

describe('isVideo and normaliseSubject', () => {
  it('recognises videos by their content type', () => {
    expect(isVideo('video/mp4')).toBe(true);
    expect(isVideo('application/pdf')).toBe(false);
  });

  it('trims subjects and makes blank ones null', () => {
    expect(normaliseSubject(' 数学 ')).toBe('数学');
    expect(normaliseSubject('')).toBeNull();
    expect(normaliseSubject(null)).toBeNull();
  });
});

describe('the rules key', () => {
  it('defaults everySubject to true and refuses a rate above 1', () => {
    const rules = parseProgrammeRules({ version: 1, selection: {}, evidence: { excellentWork: { targetRate: 0.3 } } });
    expect(rules.evidence.excellentWork).toEqual({ targetRate: 0.3, everySubject: true });
    expect(() =>
      parseProgrammeRules({ version: 1, selection: {}, evidence: { excellentWork: { targetRate: 1.3 } } }),
    ).toThrow();
  });
});
