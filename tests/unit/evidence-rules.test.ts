import { describe, expect, it } from 'vitest';
import { Viewer } from '../../api/auth/viewer.js';
import type { Context } from '../../api/context.js';
import type { Role } from '../../api/db/generated/prisma/enums.js';
import { formatDuration } from '../../schema/evidence/errors.js';
import { authorVisibleTo } from '../../schema/evidence/index.js';
import {
  countBySlot,
  draftTarget,
  historyVisibility,
  missingSlots,
  type SlotRule,
  slotCheck,
  submitAction,
  submitCheck,
  videoCheck,
} from '../../schema/evidence/rules.js';

/** The Guangdong spec of 跨学科学习活动设计: one activity plan, two student works with comments, a ≤ 5 min video. */
const GUANGDONG: SlotRule[] = [
  { key: 'plan', nameZh: '活动设计方案', nameEn: 'Activity plan', count: 1, maxCount: 1, commentRequired: false },
  {
    key: 'studentWork',
    nameZh: '学生作品',
    nameEn: 'Student work',
    count: 2,
    maxCount: 2,
    commentRequired: true,
  },
  {
    key: 'reflection',
    nameZh: '反思视频',
    nameEn: 'Reflection video',
    count: 1,
    maxCount: 1,
    maxVideoSeconds: 300,
    commentRequired: false,
  },
];

describe('where an artefact change goes', () => {
  it('creates the evidence on first use and edits a draft in place', () => {
    expect(draftTarget(null, 5)).toEqual({ ok: true, value: { kind: 'CREATE', version: 1 } });
    expect(draftTarget({ status: 'DRAFT', version: 1 }, 5)).toEqual({
      ok: true,
      value: { kind: 'CURRENT', version: 1 },
    });
    expect(draftTarget({ status: 'DRAFT', version: 3 }, 3)).toEqual({
      ok: true,
      value: { kind: 'CURRENT', version: 3 },
    });
  });

  it('revises a returned evidence as its next version, up to maxVersions', () => {
    expect(draftTarget({ status: 'RETURNED', version: 1 }, 5)).toEqual({
      ok: true,
      value: { kind: 'NEXT_VERSION', version: 2 },
    });
    expect(draftTarget({ status: 'RETURNED', version: 4 }, 5)).toEqual({
      ok: true,
      value: { kind: 'NEXT_VERSION', version: 5 },
    });
    expect(draftTarget({ status: 'RETURNED', version: 5 }, 5)).toEqual({
      ok: false,
      refusal: { code: 'VERSION_LIMIT', maxVersions: 5 },
    });
    expect(draftTarget({ status: 'RETURNED', version: 1 }, 1)).toMatchObject({ ok: false });
  });

  it('refuses changes while it is submitted, group-reviewed or assessed', () => {
    for (const status of ['SUBMITTED', 'GROUP_REVIEWED', 'ASSESSED'] as const)
      expect(draftTarget({ status, version: 2 }, 5)).toEqual({ ok: false, refusal: { code: 'NOT_EDITABLE', status } });
  });
});

describe('artefact slots', () => {
  it('finds the slot and checks room and comments', () => {
    expect(slotCheck(GUANGDONG, 'plan', 0, false)).toMatchObject({ ok: true, value: { key: 'plan' } });
    expect(slotCheck(GUANGDONG, 'plan', 1, false)).toMatchObject({ ok: false, refusal: { code: 'SLOT_FULL' } });
    expect(slotCheck(GUANGDONG, 'studentWork', 1, true)).toMatchObject({ ok: true });
    expect(slotCheck(GUANGDONG, 'studentWork', 0, false)).toMatchObject({
      ok: false,
      refusal: { code: 'COMMENT_REQUIRED' },
    });
    expect(slotCheck(GUANGDONG, 'studentWork', 2, true)).toMatchObject({ ok: false, refusal: { code: 'SLOT_FULL' } });
    expect(slotCheck(GUANGDONG, 'lessonVideo', 0, true)).toEqual({
      ok: false,
      refusal: { code: 'UNKNOWN_SLOT', slot: 'lessonVideo', known: ['plan', 'studentWork', 'reflection'] },
    });
  });

  it('lists the slots short of files at submission, in the spec’s order', () => {
    expect(missingSlots(GUANGDONG, new Map())).toEqual([
      { slot: 'plan', nameZh: '活动设计方案', nameEn: 'Activity plan', required: 1, present: 0 },
      { slot: 'studentWork', nameZh: '学生作品', nameEn: 'Student work', required: 2, present: 0 },
      { slot: 'reflection', nameZh: '反思视频', nameEn: 'Reflection video', required: 1, present: 0 },
    ]);
    const some = countBySlot([{ slot: 'plan' }, { slot: 'studentWork' }, { slot: 'reflection' }]);
    expect(missingSlots(GUANGDONG, some)).toEqual([
      { slot: 'studentWork', nameZh: '学生作品', nameEn: 'Student work', required: 2, present: 1 },
    ]);
    const all = countBySlot([
      { slot: 'plan' },
      { slot: 'studentWork' },
      { slot: 'studentWork' },
      { slot: 'reflection' },
    ]);
    expect(missingSlots(GUANGDONG, all)).toEqual([]);
  });
});

describe('video duration', () => {
  it('accepts 4:59 and 5:00 and refuses 5:01 for a ≤ 5 minute video', () => {
    expect(videoCheck(300, 299)).toBeNull();
    expect(videoCheck(300, 300)).toBeNull();
    expect(videoCheck(300, 300.0004)).toBeNull();
    expect(videoCheck(300, 301)).toEqual({ code: 'TOO_LONG', maxSeconds: 300, actualSeconds: 301 });
    expect(videoCheck(300, 300.002)).toMatchObject({ code: 'TOO_LONG' });
  });

  it('refuses a video whose duration cannot be read, unless the slot sets no limit', () => {
    expect(videoCheck(300, null)).toEqual({ code: 'UNREADABLE', maxSeconds: 300 });
    expect(videoCheck(300, Number.NaN)).toEqual({ code: 'UNREADABLE', maxSeconds: 300 });
    expect(videoCheck(null, null)).toBeNull();
    expect(videoCheck(undefined, 7200)).toBeNull();
  });

  it('writes durations as minutes and seconds', () => {
    expect(formatDuration(299)).toBe('4:59');
    expect(formatDuration(301)).toBe('5:01');
    expect(formatDuration(3723)).toBe('1:02:03');
  });
});

describe('submission', () => {
  it('submits the expected version of a draft', () => {
    expect(submitCheck({ status: 'DRAFT', version: 1 }, 1)).toBeNull();
    expect(submitCheck({ status: 'DRAFT', version: 2 }, 2)).toBeNull();
  });

  it('refuses a stale version before anything else', () => {
    expect(submitCheck({ status: 'DRAFT', version: 2 }, 1)).toEqual({ code: 'STALE', version: 2 });
    expect(submitCheck({ status: 'SUBMITTED', version: 2 }, 1)).toEqual({ code: 'STALE', version: 2 });
  });

  it('asks for a revision of a returned evidence and refuses one under review', () => {
    expect(submitCheck({ status: 'RETURNED', version: 1 }, 1)).toEqual({ code: 'RETURNED' });
    for (const status of ['SUBMITTED', 'GROUP_REVIEWED', 'ASSESSED'] as const)
      expect(submitCheck({ status, version: 1 }, 1)).toEqual({ code: 'NOT_DRAFT', status });
  });

  it('records the first version as SUBMIT and later ones as RESUBMIT', () => {
    expect(submitAction(1)).toBe('SUBMIT');
    expect(submitAction(2)).toBe('RESUBMIT');
  });
});

describe('whether a viewer sees the author’s name', () => {
  const school = '/p/c/d/s/';
  const group = '/p/c/d/s/g/';
  const viewerWith = (id: string, grants: Array<[Role, string]>) =>
    ({
      viewer: new Viewer(
        { id, login: id, displayName: id },
        grants.map(([role, orgPath]) => ({ role, organisationId: orgPath, organisationKind: 'SCHOOL', orgPath })),
      ),
    }) as unknown as Context;
  const evidence = (status: string) => ({ teacherId: 'author', orgPath: school, groupPath: group, status });
  const rules = (evidence: { blindReview: boolean; peerReview?: { blind: boolean } }) => ({ evidence });

  it('always shows it to the author, the group leader and district or province admins', () => {
    const blind = rules({ blindReview: true, peerReview: { blind: true } });
    expect(authorVisibleTo(viewerWith('author', [['TEACHER', school]]), evidence('SUBMITTED'), 'AUTHOR', blind)).toBe(
      true,
    );
    expect(
      authorVisibleTo(viewerWith('leader', [['GROUP_LEADER', group]]), evidence('SUBMITTED'), 'GROUP_LEADER', blind),
    ).toBe(true);
    expect(
      authorVisibleTo(viewerWith('district', [['DISTRICT_ADMIN', '/p/c/d/']]), evidence('SUBMITTED'), 'ADMIN', blind),
    ).toBe(true);
    expect(
      authorVisibleTo(viewerWith('province', [['PROVINCE_ADMIN', '/p/']]), evidence('SUBMITTED'), 'ADMIN', blind),
    ).toBe(true);
    // A school admin who also leads the group sees it as its leader.
    const both = viewerWith('both', [
      ['SCHOOL_ADMIN', school],
      ['GROUP_LEADER', group],
    ]);
    expect(authorVisibleTo(both, evidence('SUBMITTED'), 'ADMIN', blind)).toBe(true);
  });

  it('hides it from the school’s raters under blind review until the outcome is settled', () => {
    const admin = viewerWith('admin', [['SCHOOL_ADMIN', school]]);
    expect(authorVisibleTo(admin, evidence('SUBMITTED'), 'ADMIN', rules({ blindReview: true }))).toBe(false);
    expect(authorVisibleTo(admin, evidence('GROUP_REVIEWED'), 'ADMIN', rules({ blindReview: true }))).toBe(false);
    expect(authorVisibleTo(admin, evidence('ASSESSED'), 'ADMIN', rules({ blindReview: true }))).toBe(true);
    expect(authorVisibleTo(admin, evidence('SUBMITTED'), 'ADMIN', rules({ blindReview: false }))).toBe(true);
  });

  it('hides it from peers when peer review is blind, and shows published work', () => {
    const peer = viewerWith('peer', [['TEACHER', '/p/c/d/t/']]);
    const open = rules({ blindReview: false, peerReview: { blind: false } });
    expect(
      authorVisibleTo(peer, evidence('SUBMITTED'), 'PEER', rules({ blindReview: false, peerReview: { blind: true } })),
    ).toBe(false);
    expect(authorVisibleTo(peer, evidence('SUBMITTED'), 'PEER', open)).toBe(true);
    expect(authorVisibleTo(peer, evidence('ASSESSED'), 'PUBLIC', rules({ blindReview: true }))).toBe(true);
    expect(authorVisibleTo(peer, evidence('SUBMITTED'), null, open)).toBe(false);
  });
});

describe('historyVisibility: how much of an evidence’s trail each viewer sees', () => {
  const base = {
    viewerId: 'rater-1',
    authorId: 'teacher',
    authorShown: true,
    overseer: false,
    blindReview: true,
    settled: false,
  };
  const assess = (actorId: string) => ({ actorId, action: 'ASSESS' });

  it('shows the district and the group leader everything, names included', () => {
    const view = { ...base, access: 'ADMIN' as const, overseer: true };
    expect(historyVisibility(view, assess('rater-2'))).toEqual({ keep: true, hideActor: false });
  });

  it('shows peers and readers of published work none of it', () => {
    for (const access of ['PEER', 'PUBLIC'] as const)
      expect(historyVisibility({ ...base, access }, { actorId: 'teacher', action: 'SUBMIT' }).keep).toBe(false);
  });

  it('under blind review, hides another rater’s pending assessment from a rater, and the author’s name when hidden', () => {
    const view = { ...base, access: 'ADMIN' as const, authorShown: false };
    expect(historyVisibility(view, assess('rater-2')).keep).toBe(false);
    expect(historyVisibility(view, assess('rater-1'))).toEqual({ keep: true, hideActor: false });
    expect(historyVisibility(view, { actorId: 'teacher', action: 'SUBMIT' })).toEqual({ keep: true, hideActor: true });
    // Once settled, every assessment shows.
    expect(historyVisibility({ ...view, settled: true }, assess('rater-2')).keep).toBe(true);
    // Without blind review, nothing is hidden from the school's raters.
    expect(historyVisibility({ ...view, blindReview: false, authorShown: true }, assess('rater-2'))).toEqual({
      keep: true,
      hideActor: false,
    });
  });

  it('shows the author the assessments once settled, without the reviewers’ names under blind review', () => {
    const view = { ...base, access: 'AUTHOR' as const, viewerId: 'teacher' };
    expect(historyVisibility(view, assess('rater-1')).keep).toBe(false);
    expect(historyVisibility({ ...view, settled: true }, assess('rater-1'))).toEqual({ keep: true, hideActor: true });
    expect(historyVisibility({ ...view, settled: true, blindReview: false }, assess('rater-1'))).toEqual({
      keep: true,
      hideActor: false,
    });
    expect(historyVisibility(view, { actorId: 'leader', action: 'GROUP_RETURN' })).toEqual({
      keep: true,
      hideActor: false,
    });
    expect(historyVisibility(view, { actorId: 'teacher', action: 'SUBMIT' })).toEqual({ keep: true, hideActor: false });
  });
});
