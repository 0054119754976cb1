import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { batchAcceptsSchool, withinTotalQuota } from '../../schema/programmes/batch-rules.js';
import {
  CURRENT_RULES_VERSION,
  defaultProgrammeRules,
  type ProgrammeRules,
  parseProgrammeRules,
  programmeRulesSchema,
} from '../../schema/programmes/rules.js';
import { problemsFrom } from '../../schema/shared/validation-issues.js';

/** Parses and returns the issues as "path: message" lines, worded as a ValidationError words them in English (empty when valid). */
/** The learning sections every rules object gets when it names none (stored v1 rules parse unchanged). */
const LEARNING_DEFAULTS: Pick<
  ProgrammeRules,
  'viewing' | 'workshop' | 'shares' | 'assignments' | 'schoolBasedStudy' | 'evidence' | 'completion' | 'certificates'
> = {
  viewing: { maxPlaybackRate: 1, sessionIdleSeconds: 120, rawRetentionDays: 180 },
  workshop: { minPostLength: 1 },
  shares: { tutorMayReject: true },
  assignments: { maxMark: 100, maxAttempts: 3 },
  schoolBasedStudy: {
    hoursCap: 25,
    teachingDiscussionHours: 2,
    studyAssignmentHours: 5,
    lessonCritiqueHours: 5,
    offlineMaxHours: 10,
    planRequired: false,
    summaryPerCompetency: false,
    documentMaxBytes: 2 * 1024 * 1024,
  },
  evidence: {
    requireOnlinePass: false,
    groupReview: true,
    raters: 1,
    aggregation: 'MEAN',
    blindReview: false,
    maxVersions: 5,
  },
  completion: {
    threshold: 0.9,
    population: 'ENROLLED',
    requireScore: true,
    requireHours: true,
    requireEvidence: false,
    requireSchoolStudy: false,
    proofItems: [],
    selfAssessmentMax: 100,
    expertsPerSchool: 0,
  },
  certificates: { completion: true, excellentTrainee: true },
};

function issuesOf(json: unknown): string[] {
  const result = programmeRulesSchema.safeParse(json);
  return result.success ? [] : problemsFrom(result.error.issues, []).map((p) => `${p.path.join('.')}: ${p.message}`);
}

describe('parseProgrammeRules', () => {
  it('parses Tianchang (20 credits, not all in one dimension) and fills defaults', () => {
    const rules = parseProgrammeRules({
      version: 1,
      selection: { minCredits: 20, dimensionRule: { kind: 'NOT_ALL_SAME' }, requireSchoolReview: true },
    });
    expect(rules).toEqual({
      version: 1,
      enrolment: { classPerSchool: true },
      selection: {
        minCredits: 20,
        dimensionRule: { kind: 'NOT_ALL_SAME' },
        adminSelectsAfterDeadline: false,
        requireSchoolReview: true,
      },
      ...LEARNING_DEFAULTS,
    });
  });

  it('parses Yiyuan (3 points) and Jiangsu (7-day window, admin after deadline, 90% gate)', () => {
    expect(parseProgrammeRules({ version: 1, selection: { minPoints: 3 } }).selection.minPoints).toBe(3);
    const jiangsu = parseProgrammeRules({
      version: 1,
      selection: { selectionWindowDays: 7, adminSelectsAfterDeadline: true, schoolPlanGateRate: 0.9 },
    }).selection;
    expect(jiangsu).toMatchObject({ selectionWindowDays: 7, adminSelectsAfterDeadline: true, schoolPlanGateRate: 0.9 });
    expect(jiangsu.dimensionRule).toEqual({ kind: 'NONE' });
  });

  it('accepts AT_LEAST_N with n within maxPoints, and a gate rate of exactly 1', () => {
    const rules = parseProgrammeRules({
      version: 1,
      selection: { minPoints: 3, maxPoints: 3, dimensionRule: { kind: 'AT_LEAST_N', n: 3 }, schoolPlanGateRate: 1 },
    });
    expect(rules.selection.dimensionRule).toEqual({ kind: 'AT_LEAST_N', n: 3 });
  });

  it('parses once per object and per JSON text, and an invalid object fails every time', () => {
    const json = { version: 1, selection: { minPoints: 4 } };
    const first = parseProgrammeRules(json);
    expect(parseProgrammeRules(json)).toBe(first);
    expect(parseProgrammeRules({ version: 1, selection: { minPoints: 4 } })).toBe(first);
    expect(Object.isFrozen(first.selection)).toBe(true);
    const bad = { version: 1, selection: { minPoints: -1 } };
    expect(() => parseProgrammeRules(bad)).toThrow();
    expect(() => parseProgrammeRules(bad)).toThrow();
  });

  it('keeps sections it does not know yet (a later feature) instead of dropping them', () => {
    const rules = parseProgrammeRules({ version: 1, selection: {}, surveys: { needsSurvey: true } });
    expect((rules as Record<string, unknown>).surveys).toEqual({ needsSurvey: true });
  });

  it('reads the hour and completion rules: Yiyuan’s 50/25/50%, Xinbei’s window, Guangdong’s 95% of full-time teachers', () => {
    const yiyuan = parseProgrammeRules({
      version: 1,
      selection: {},
      hours: { onlineHours: 25, minTotal: 50, minOnline: 25, minOfflineShare: 0.5 },
    });
    expect(yiyuan.hours).toEqual({
      onlineHours: 25,
      minTotal: 50,
      minOnline: 25,
      minOfflineShare: 0.5,
      creditGroupActivities: false,
      countFrom: 'SCHOOL_CONFIRMED',
    });
    const guangdong = parseProgrammeRules({
      version: 1,
      selection: {},
      completion: {
        threshold: 0.95,
        population: 'FULL_TIME',
        proofItems: [{ key: 'team', nameZh: '管理团队', nameEn: 'Team', form: 'FORM' }],
      },
    });
    expect(guangdong.completion).toMatchObject({ threshold: 0.95, population: 'FULL_TIME', expertsPerSchool: 0 });
    expect(guangdong.completion.proofItems).toEqual([
      { key: 'team', nameZh: '管理团队', nameEn: 'Team', form: 'FORM', required: true },
    ]);
    expect(
      issuesOf({
        version: 1,
        selection: {},
        hours: { onlineHours: -1, entryWindowDays: 0, minOfflineShare: 1.5 },
        completion: {
          threshold: 0,
          proofItems: [
            { key: 'a', nameZh: '甲', nameEn: 'A', form: 'FORM' },
            { key: 'a', nameZh: '乙', nameEn: 'B', form: 'MEMO' },
          ],
        },
      }).map((issue) => issue.split(':')[0]),
    ).toEqual(
      expect.arrayContaining([
        'hours.onlineHours',
        'hours.entryWindowDays',
        'hours.minOfflineShare',
        'completion.threshold',
        'completion.proofItems.1.form',
      ]),
    );
  });

  it('reads the learning sections: Guangdong’s group hours, Huaibei’s marking, a faster playback rate', () => {
    const rules = parseProgrammeRules({
      version: 1,
      selection: {},
      viewing: { maxPlaybackRate: 1.5 },
      shares: { maxPerTeacher: 5 },
      schoolBasedStudy: { hoursCap: 25, offlineMaxHours: 10 },
    });
    expect(rules.viewing).toEqual({ ...LEARNING_DEFAULTS.viewing, maxPlaybackRate: 1.5 });
    expect(rules.shares).toEqual({ maxPerTeacher: 5, tutorMayReject: true });
    expect(rules.schoolBasedStudy.teachingDiscussionHours + rules.schoolBasedStudy.lessonCritiqueHours).toBe(7);
  });

  it('rejects learning values out of range', () => {
    expect(
      issuesOf({
        version: 1,
        selection: {},
        viewing: { maxPlaybackRate: 16, sessionIdleSeconds: 5 },
        workshop: { minPostLength: 0 },
        assignments: { maxMark: 0 },
        schoolBasedStudy: { hoursCap: 0 },
      }),
    ).toEqual([
      'viewing.maxPlaybackRate: maxPlaybackRate must be at most 4',
      'viewing.sessionIdleSeconds: sessionIdleSeconds must be at least 10',
      'workshop.minPostLength: minPostLength must be at least 1',
      'assignments.maxMark: maxMark must be at least 1',
      'schoolBasedStudy.hoursCap: hoursCap must be greater than 0',
    ]);
  });

  it('rejects a version newer than supported, and missing versions', () => {
    expect(() => parseProgrammeRules({ version: CURRENT_RULES_VERSION + 1, selection: {} })).toThrow(
      /newer than this server supports/,
    );
    expect(() => parseProgrammeRules({ selection: {} })).toThrow(z.ZodError);
    expect(() => parseProgrammeRules(null)).toThrow(z.ZodError);
  });

  it('defaultProgrammeRules is the current version with no requirements', () => {
    expect(defaultProgrammeRules).toEqual({
      version: CURRENT_RULES_VERSION,
      enrolment: { classPerSchool: true },
      selection: { dimensionRule: { kind: 'NONE' }, adminSelectsAfterDeadline: false, requireSchoolReview: false },
      ...LEARNING_DEFAULTS,
    });
    expect(parseProgrammeRules(JSON.parse(JSON.stringify(defaultProgrammeRules)))).toEqual(defaultProgrammeRules);
  });
});

describe('programmeRulesSchema rejections', () => {
  it('minPoints greater than maxPoints', () => {
    expect(
      issuesOf({ version: 1, enrolment: { classPerSchool: true }, selection: { minPoints: 4, maxPoints: 3 } }),
    ).toEqual(['selection.maxPoints: minPoints (4) must not exceed maxPoints (3)']);
  });

  it('AT_LEAST_N needing more dimensions than maxPoints allows', () => {
    expect(issuesOf({ version: 1, selection: { maxPoints: 2, dimensionRule: { kind: 'AT_LEAST_N', n: 3 } } })).toEqual([
      'selection.dimensionRule.n: dimensionRule needs 3 dimensions but maxPoints (2) allows fewer points than that',
    ]);
  });

  it('NOT_ALL_SAME with maxPoints 1', () => {
    expect(issuesOf({ version: 1, selection: { maxPoints: 1, dimensionRule: { kind: 'NOT_ALL_SAME' } } })).toEqual([
      'selection.dimensionRule: dimensionRule NOT_ALL_SAME needs at least 2 points but maxPoints is 1',
    ]);
  });

  it('a plan-gate rate of 1.5, or 0', () => {
    expect(issuesOf({ version: 1, selection: { schoolPlanGateRate: 1.5 } })).toEqual([
      'selection.schoolPlanGateRate: schoolPlanGateRate must be at most 1 (a share, e.g. 0.9 for 90%)',
    ]);
    expect(issuesOf({ version: 1, selection: { schoolPlanGateRate: 0 } })).toEqual([
      'selection.schoolPlanGateRate: schoolPlanGateRate must be greater than 0',
    ]);
  });

  it('non-integer and out-of-range numbers', () => {
    expect(issuesOf({ version: 1, selection: { minCredits: 19.5 } })).toEqual([
      'selection.minCredits: minCredits must be a whole number',
    ]);
    expect(issuesOf({ version: 1, selection: { minCredits: -1, minPoints: 0, selectionWindowDays: 0 } })).toEqual([
      'selection.minCredits: minCredits must be at least 0',
      'selection.minPoints: minPoints must be at least 1',
      'selection.selectionWindowDays: selectionWindowDays must be at least 1',
    ]);
    expect(issuesOf({ version: 1, selection: { dimensionRule: { kind: 'AT_LEAST_N', n: 0 } } })).toEqual([
      'selection.dimensionRule.n: n must be at least 1',
    ]);
  });

  it('unknown dimension rules and misspelt keys', () => {
    expect(issuesOf({ version: 1, selection: { dimensionRule: { kind: 'ALL_DIFFERENT' } } })).toHaveLength(1);
    expect(issuesOf({ version: 1, selection: { minCredit: 20 } })[0]).toMatch(/minCredit/);
  });

  it('parseProgrammeRules throws a ZodError carrying the message key and its numbers', () => {
    const attempt = () => parseProgrammeRules({ version: 1, selection: { minPoints: 5, maxPoints: 3 } });
    expect(attempt).toThrow(z.ZodError);
    try {
      attempt();
    } catch (error) {
      expect(problemsFrom((error as z.ZodError).issues, []).map((p) => p.message)).toEqual([
        'minPoints (5) must not exceed maxPoints (3)',
      ]);
    }
  });
});

describe('what a batch accepts (Xinbei: secondary schools 2,000 teachers; primary schools and kindergartens 4,000)', () => {
  const secondary = ['JUNIOR_SECONDARY', 'SENIOR_SECONDARY'] as const;
  const primaryAndKindergarten = ['PRIMARY', 'KINDERGARTEN'] as const;

  it('takes a school sharing one of its stages, refuses one sharing none', () => {
    expect(batchAcceptsSchool(secondary, ['JUNIOR_SECONDARY'])).toBe(true);
    expect(batchAcceptsSchool(secondary, ['PRIMARY', 'JUNIOR_SECONDARY'])).toBe(true); // 九年一贯制
    expect(batchAcceptsSchool(secondary, ['PRIMARY'])).toBe(false);
    expect(batchAcceptsSchool(primaryAndKindergarten, ['KINDERGARTEN'])).toBe(true);
    expect(batchAcceptsSchool(primaryAndKindergarten, ['SENIOR_SECONDARY', 'VOCATIONAL'])).toBe(false);
  });

  it('takes a school that records no stages, and any school into a batch without stages', () => {
    expect(batchAcceptsSchool(secondary, [])).toBe(true);
    expect(batchAcceptsSchool([], ['PRIMARY'])).toBe(true);
  });

  it('keeps the schools’ quotas within the total; no total, no limit', () => {
    expect(withinTotalQuota(2000, 2000)).toBe(true);
    expect(withinTotalQuota(2000, 2001)).toBe(false);
    expect(withinTotalQuota(0, 0)).toBe(true);
    expect(withinTotalQuota(null, 1_000_000)).toBe(true);
  });
});

describe('evidence rules and the new school-based study keys, as GraphQL input (rulesInputSchema)', async () => {
  const { rulesInputSchema } = await import('../../schema/programmes/rules-types.js');
  const selection = { minPoints: 3, maxPoints: 3 };

  it('omitted evidence takes the defaults: group review first, one rater, MEAN, 5 versions, no peer review', () => {
    const rules = rulesInputSchema.parse({ selection, evidence: null });
    expect(rules.evidence).toEqual({
      requireOnlinePass: false,
      groupReview: true,
      raters: 1,
      aggregation: 'MEAN',
      blindReview: false,
      maxVersions: 5,
    });
  });

  it('maps every evidence key, with nested peerReview and excellentWork (Xinbei: 3 peers, blind; 30% excellent)', () => {
    const rules = rulesInputSchema.parse({
      selection,
      evidence: {
        requireOnlinePass: true,
        groupReview: false,
        raters: 3,
        aggregation: 'MEDIAN',
        blindReview: true,
        maxVersions: 2,
        peerReview: { reviewsPerPiece: 3, requiredForOfflineHours: true, blind: null, maxRating: null },
        excellentWork: { targetRate: 0.3, everySubject: null },
      },
    });
    expect(rules.evidence).toEqual({
      requireOnlinePass: true,
      groupReview: false,
      raters: 3,
      aggregation: 'MEDIAN',
      blindReview: true,
      maxVersions: 2,
      peerReview: { reviewsPerPiece: 3, requiredForOfflineHours: true, blind: true, maxRating: 5 },
      excellentWork: { targetRate: 0.3, everySubject: true },
    });
  });

  it('maps the Guangdong plan and summary keys of school-based study', () => {
    const rules = rulesInputSchema.parse({
      selection,
      schoolBasedStudy: {
        planRequired: true,
        summaryPerCompetency: true,
        documentMaxBytes: 2048 * 1024,
        uploadsCloseWithPhase: 'SUMMARY',
      },
    });
    expect(rules.schoolBasedStudy).toMatchObject({
      hoursCap: 25,
      planRequired: true,
      summaryPerCompetency: true,
      documentMaxBytes: 2_097_152,
      uploadsCloseWithPhase: 'SUMMARY',
    });
  });

  it('refuses out-of-range evidence numbers', () => {
    const paths = (input: unknown) => {
      const result = rulesInputSchema.safeParse(input);
      return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
    };
    expect(paths({ selection, evidence: { raters: 0 } })).toEqual(['evidence.raters']);
    expect(paths({ selection, evidence: { maxVersions: 21 } })).toEqual(['evidence.maxVersions']);
    expect(paths({ selection, evidence: { peerReview: { reviewsPerPiece: 11 } } })).toEqual([
      'evidence.peerReview.reviewsPerPiece',
    ]);
    expect(paths({ selection, evidence: { excellentWork: { targetRate: 1.5 } } })).toEqual([
      'evidence.excellentWork.targetRate',
    ]);
    expect(paths({ selection, schoolBasedStudy: { documentMaxBytes: 10 } })).toEqual([
      'schoolBasedStudy.documentMaxBytes',
    ]);
  });
});

describe('parsed rules are shared', () => {
  it('parses one JSON text once: the same frozen object for equal rules from different rows, another for other rules', () => {
    const row = () => ({ version: 1, selection: { minCredits: 20, schoolPlanGateRate: 0.9 } });
    const first = parseProgrammeRules(row());
    expect(parseProgrammeRules(row())).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first.selection)).toBe(true);
    expect(() => {
      (first.selection as { minCredits?: number }).minCredits = 3;
    }).toThrow(TypeError);
    const other = parseProgrammeRules({ version: 1, selection: { minCredits: 3 } });
    expect(other).not.toBe(first);
    expect(other.selection.minCredits).toBe(3);
    expect(first.selection.minCredits).toBe(20);
  });

  it('still refuses invalid rules every time (a failure is not cached)', () => {
    const bad = { version: 1, selection: { schoolPlanGateRate: 2 } };
    expect(() => parseProgrammeRules(bad)).toThrow();
    expect(() => parseProgrammeRules(bad)).toThrow();
  });
});
