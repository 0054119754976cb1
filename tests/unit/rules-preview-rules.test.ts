import { describe, expect, it } from 'vitest';
import { DEMO_PROGRAMMES } from '../../prisma/seed/programmes.js';
import { type ProgrammeRules, parseProgrammeRules } from '../../schema/programmes/index.js';
import {
  accumulate,
  changedPage,
  classPlacesOf,
  createAccumulator,
  createJudge,
  crossingOf,
  cursorOf,
  emptyTally,
  enrolmentOfCursor,
  mergeProposal,
  outcomeOf,
  proposalPath,
  type RulesSide,
  schoolCompletionOf,
  sumTallies,
  type TeacherFacts,
  type TeacherOutcome,
  verdictChanges,
} from '../../schema/rules-preview/rules.js';
import { NO_FACTS } from '../../schema/scoring/index.js';

/** Tianchang 2022 as the demo seeds it: 1200 minutes → 50; 10 per discussion, max 50, ≥ 30; pass at 80; 30 online hours. */
const tianchang: ProgrammeRules = parseProgrammeRules({
  version: 1,
  ...DEMO_PROGRAMMES.find((p) => p.code === 'tianchang-2022')!.rules,
});

const ended = { studyEnded: true, maxMark: 100 };
const side = (rules: ProgrammeRules): RulesSide => ({ rules, phase: ended });
const merged = (proposal: Parameters<typeof mergeProposal>[1]) =>
  parseProgrammeRules(mergeProposal(tianchang, proposal).rules);

let next = 0;
/** A Tianchang teacher with minutes, discussions and confirmed online hours. */
function teacher(
  minutes: number,
  discussions: number,
  online = 0,
  schoolId = 's1',
  classId: string | null = 'c1',
): TeacherFacts {
  next += 1;
  const id = `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`;
  return {
    enrolmentId: id,
    teacherId: `t${next}`,
    teacherName: `教师${next}`,
    login: `t${next}`,
    schoolId,
    classId,
    score: {
      ...NO_FACTS,
      creditedMinutes: minutes,
      requiredCourseMinutes: minutes,
      workshopParticipations: discussions,
    },
    creditSums: online ? [{ enrolmentId: id, category: 'ONLINE', state: 'SCHOOL_CONFIRMED', hours: online }] : [],
    peerReviewsDone: null,
    evidence: { selectionSubmitted: false, selected: 0, passed: 0 },
    schoolStudy: null,
  };
}

describe('mergeProposal', () => {
  it('changes only what the proposal names; the rest stays as the programme has it', () => {
    const rules = merged({
      passThreshold: 85,
      itemMinimums: [{ key: 'workshop', minPoints: 40 }],
      hours: { minOffline: 10 },
      completionThreshold: 0.8,
      completionPopulation: 'FULL_TIME',
      excellentQuotaRate: 0.2,
    });
    expect(rules.scoring).toMatchObject({ passThreshold: 85, excellentQuotaRate: 0.2 });
    expect(rules.scoring!.items[1]).toMatchObject({ key: 'workshop', minPoints: 40, maxPoints: 50, pointsPerUnit: 10 });
    expect(rules.scoring!.items[0]).toEqual(tianchang.scoring!.items[0]);
    expect(rules.hours).toEqual({ ...tianchang.hours, minOffline: 10 });
    expect(rules.completion).toEqual({ ...tianchang.completion, threshold: 0.8, population: 'FULL_TIME' });
    expect({ ...rules, scoring: null, hours: null, completion: null }).toEqual({
      ...tianchang,
      scoring: null,
      hours: null,
      completion: null,
    });
  });

  it('an empty proposal is the current rules; null removes an hour minimum', () => {
    expect(merged({})).toEqual(tianchang);
    expect(merged({ hours: { minOnline: null } }).hours).toEqual({ ...tianchang.hours, minOnline: undefined });
    expect(merged({ hours: { minOnline: null } }).hours).not.toHaveProperty('minOnline');
  });

  it('reports scoring changes without a scheme, unknown or repeated keys and minimums of another kind', () => {
    const unscored = parseProgrammeRules({ version: 1, selection: {} });
    expect(mergeProposal(unscored, { passThreshold: 60, itemMinimums: [{ key: 'x', minPoints: 1 }] }).problems).toEqual(
      [
        { path: ['proposal', 'passThreshold'], key: 'VALIDATION.rulesPreviewNoScoring', params: {} },
        { path: ['proposal', 'itemMinimums'], key: 'VALIDATION.rulesPreviewNoScoring', params: {} },
      ],
    );
    const { problems } = mergeProposal(tianchang, {
      itemMinimums: [
        { key: 'nope', minPoints: 1 },
        { key: 'courses', minPoints: 1, requiredMinutes: 900 },
        { key: 'courses', requiredMinutes: 1000 },
      ],
    });
    expect(problems.map((p) => [p.path.join('.'), p.key])).toEqual([
      ['proposal.itemMinimums.0.key', 'VALIDATION.rulesPreviewUnknownItem'],
      ['proposal.itemMinimums.1.minPoints', 'VALIDATION.rulesPreviewNotForKind'],
      ['proposal.itemMinimums.2.key', 'VALIDATION.givenTwice'],
    ]);
  });

  it('places a problem of the merged rules at the proposal field that set it', () => {
    const proposal = { itemMinimums: [{ key: 'workshop', minPoints: 60 }] };
    expect(proposalPath(['scoring', 'items', 1, 'minPoints'], tianchang, proposal)).toEqual([
      'proposal',
      'itemMinimums',
      0,
      'minPoints',
    ]);
    expect(proposalPath(['scoring', 'passThreshold'], tianchang, {})).toEqual(['proposal', 'passThreshold']);
    expect(proposalPath(['hours', 'minOfflineShare'], tianchang, {})).toEqual(['proposal', 'hours', 'minOfflineShare']);
    expect(proposalPath(['completion', 'threshold'], tianchang, {})).toEqual(['proposal', 'completionThreshold']);
    expect(proposalPath(['completion', 'population'], tianchang, {})).toEqual(['proposal', 'completionPopulation']);
    expect(proposalPath(['selection'], tianchang, {})).toEqual(['proposal']);
  });
});

describe('outcomeOf: the Tianchang worked example (pass at 80) against a pass mark of 85', () => {
  const now = side(tianchang);
  const at85 = side(merged({ passThreshold: 85 }));

  it('1200 minutes + 3 discussions = 80: PASSED and qualified now, FAILED and not qualified at 85', () => {
    const outcome = outcomeOf(teacher(1200, 3, 30), now, at85);
    expect(outcome).toMatchObject({
      scoreNow: { total: 80, verdict: 'PASSED' },
      scoreProposed: { total: 80, verdict: 'FAILED' },
      qualifiedNow: true,
      qualifiedProposed: false,
    });
    expect(verdictChanges(outcome)).toBe(true);
  });

  it('90 and 70 points do not change; 80 without the online hours changes its verdict only', () => {
    expect(verdictChanges(outcomeOf(teacher(1200, 4, 30), now, at85))).toBe(false);
    expect(verdictChanges(outcomeOf(teacher(1200, 2, 0), now, at85))).toBe(false);
    const noHours = outcomeOf(teacher(1200, 3, 0), now, at85);
    expect(noHours).toMatchObject({ qualifiedNow: false, qualifiedProposed: false });
    expect(verdictChanges(noHours)).toBe(true);
  });

  it('a lower WATCH_MINUTES requirement raises the total', () => {
    const shorter = side(merged({ itemMinimums: [{ key: 'courses', requiredMinutes: 600 }] }));
    const outcome = outcomeOf(teacher(600, 3, 30), now, shorter);
    expect(outcome.scoreNow).toEqual({ total: 55, verdict: 'FAILED' });
    expect(outcome.scoreProposed).toEqual({ total: 80, verdict: 'PASSED' });
  });

  it('hour rules: 40 online hours required leaves the score alone and unqualifies', () => {
    const outcome = outcomeOf(teacher(1200, 5, 30), now, side(merged({ hours: { minOnline: 40 } })));
    expect(outcome.scoreProposed).toEqual(outcome.scoreNow);
    expect(outcome).toMatchObject({ qualifiedNow: true, qualifiedProposed: false });
  });

  it('counting pending hours qualifies a teacher whose hours await the school', () => {
    const pending = teacher(1200, 3);
    pending.creditSums = [{ enrolmentId: pending.enrolmentId, category: 'ONLINE', state: 'PENDING', hours: 30 }];
    const outcome = outcomeOf(pending, now, side(merged({ hours: { countFrom: 'PENDING' } })));
    expect(outcome).toMatchObject({ qualifiedNow: false, qualifiedProposed: true });
  });
});

describe('the accumulator: tallies per school and class, one page of changed teachers', () => {
  const now = side(tianchang);
  const at85 = side(merged({ passThreshold: 85 }));
  const stream = [
    teacher(1200, 5, 30, 's1', 'c1'), // 100
    teacher(1200, 3, 30, 's1', 'c1'), // 80: changes
    teacher(1200, 3, 30, 's1', 'c2'), // 80: changes
    teacher(1200, 2, 0, 's2', 'c3'), // 70
    teacher(1200, 3, 30, 's2', 'c3'), // 80: changes
    teacher(0, 0, 0, 's2', null), // 0, in no class
  ].map((facts) => outcomeOf(facts, now, at85));

  const run = (first: number, after: string | null) => {
    const acc = createAccumulator({ first, after });
    for (const outcome of stream) accumulate(acc, outcome);
    return acc;
  };

  it('counts each school', () => {
    const acc = run(10, null);
    expect(acc.bySchool.get('s1')).toEqual({
      teachers: 3,
      passedNow: 3,
      passedProposed: 1,
      qualifiedNow: 3,
      qualifiedProposed: 1,
      changed: 2,
    });
    expect(acc.bySchool.get('s2')).toEqual({
      teachers: 3,
      passedNow: 1,
      passedProposed: 0,
      qualifiedNow: 1,
      qualifiedProposed: 0,
      changed: 1,
    });
    expect(sumTallies(acc.bySchool.values())).toMatchObject({ teachers: 6, changed: 3 });
    expect(sumTallies([])).toEqual(emptyTally());
    expect([...acc.byClass]).toEqual([
      ['c1', { schoolId: 's1', enrolled: 2 }],
      ['c2', { schoolId: 's1', enrolled: 1 }],
      ['c3', { schoolId: 's2', enrolled: 2 }],
    ]);
  });

  it('keeps at most one page (and one more, to tell there is a next page), after the cursor', () => {
    const changed = stream.filter(verdictChanges);
    const first = run(2, null);
    const page = changedPage(first);
    expect(first.page.length).toBe(3);
    expect(page.nodes.map((n) => n.enrolmentId)).toEqual(changed.slice(0, 2).map((o) => o.enrolmentId));
    expect(page).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = changedPage(run(2, enrolmentOfCursor(page.endCursor!)));
    expect(second.nodes.map((n) => n.enrolmentId)).toEqual([changed[2]!.enrolmentId]);
    expect(second).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(changedPage(run(0, null))).toMatchObject({ nodes: [], hasNextPage: true, endCursor: null });
  });

  it('a judge gives outcomeOf’s outcomes, remembering scores per distinct facts', () => {
    const judge = createJudge(now, at85);
    const facts = [teacher(1200, 3, 30), teacher(1200, 3, 30), teacher(600, 5), teacher(1200, 3, 30), teacher(0, 0)];
    for (const f of facts) expect(judge(f)).toEqual(outcomeOf(f, now, at85));
  });

  it('refuses a stream out of enrolment order', () => {
    const acc = createAccumulator({ first: 1, after: null });
    accumulate(acc, stream[1] as TeacherOutcome);
    expect(() => accumulate(acc, stream[0] as TeacherOutcome)).toThrow(/out of order/);
  });

  it('cursors round-trip and anything else is refused', () => {
    const id = stream[0]!.enrolmentId;
    expect(enrolmentOfCursor(cursorOf(id))).toBe(id);
    expect(enrolmentOfCursor('bm9wZQ==')).toBeNull();
    expect(enrolmentOfCursor(Buffer.from('GPC:S:not-a-uuid').toString('base64'))).toBeNull();
    expect(enrolmentOfCursor('%%%')).toBeNull();
  });
});

describe('schools crossing the completion threshold, excellent places', () => {
  it('crossing either way', () => {
    expect(crossingOf(false, true)).toBe('UP');
    expect(crossingOf(true, false)).toBe('DOWN');
    expect(crossingOf(true, true)).toBe('NONE');
    expect(crossingOf(false, false)).toBe('NONE');
  });

  it('Guangdong 95% of 20: 18 qualified are not enough, 19 are; at Xinbei’s 90% 18 are (UP); the full-time population', () => {
    const tally = { ...emptyTally(), teachers: 20, qualifiedNow: 18, qualifiedProposed: 18 };
    const guangdong = { threshold: 0.95, population: 'ENROLLED' as const };
    const up = schoolCompletionOf(tally, null, guangdong, { threshold: 0.9, population: 'ENROLLED' });
    expect(up).toMatchObject({
      crossing: 'UP',
      now: { eligible: false, needed: 19, threshold: 0.95, rate: 0.9 },
      proposed: { eligible: true, needed: 18, threshold: 0.9 },
    });
    const nineteen = schoolCompletionOf(
      { ...tally, qualifiedNow: 19, qualifiedProposed: 19 },
      null,
      guangdong,
      guangdong,
    );
    expect(nineteen).toMatchObject({ crossing: 'NONE', now: { eligible: true } });
    // Counting the school's 30 full-time teachers instead of its 20 enrolled: 19 no longer reach 95% (DOWN).
    const down = schoolCompletionOf({ ...tally, qualifiedNow: 19, qualifiedProposed: 19 }, 30, guangdong, {
      threshold: 0.95,
      population: 'FULL_TIME',
    });
    expect(down).toMatchObject({
      crossing: 'DOWN',
      now: { eligible: true },
      proposed: { denominator: 30, needed: 29 },
    });
  });

  it('places: rate × enrolled rounded down, and the nominations beyond them', () => {
    expect(classPlacesOf(20, 0.15, 0.3, 4)).toEqual({
      enrolled: 20,
      placesNow: 3,
      placesProposed: 6,
      taken: 4,
      overProposed: 0,
    });
    expect(classPlacesOf(20, 0.15, 0.05, 3)).toMatchObject({ placesProposed: 1, overProposed: 2 });
    expect(classPlacesOf(6, null, null, 0)).toMatchObject({ placesNow: 0, placesProposed: 0 });
  });
});
