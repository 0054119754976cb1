import { describe, expect, it } from 'vitest';
import { hasMessage } from '../../api/i18n/messages.js';
import type { ScoringRules } from '../../schema/programmes/index.js';
import { NO_FACTS, type ScoreFacts, scoreOf } from '../../schema/scoring/engine.js';
import { lineMessage } from '../../schema/scoring/messages.js';

const SCHEME: ScoringRules = {
  passThreshold: 80,
  excellentQuotaRate: 0.15,
  items: [
    {
      kind: 'WATCH_MINUTES',
      key: 'courses',
      nameZh: '课程学习时间',
      nameEn: 'Course time',
      required: true,
      points: 50,
      requiredMinutes: 960,
      requiredCourseMinutes: 600,
    },
    {
      kind: 'PER_UNIT',
      key: 'shares',
      nameZh: '分享',
      nameEn: 'Shares',
      required: true,
      unit: 'SHARE',
      pointsPerUnit: 10,
      maxPoints: 20,
      minPoints: 10,
    },
    {
      kind: 'PER_UNIT',
      key: 'acts',
      nameZh: '活动',
      nameEn: 'Activities',
      required: true,
      unit: 'GROUP_ACTIVITY',
      pointsPerUnit: 5,
      maxPoints: 20,
      minPoints: 10,
    },
    {
      kind: 'MARK_WEIGHT',
      key: 'hw1',
      nameZh: '作业一',
      nameEn: 'Assignment 1',
      required: true,
      assignmentCode: 'hw1',
      weight: 0.15,
      minPoints: 9,
    },
    {
      kind: 'GROUP_HOURS',
      key: 'hours',
      nameZh: '校本研修',
      nameEn: 'School-based hours',
      required: true,
      capHours: 25,
      pointsPerHour: 1,
      minHours: 25,
    },
  ],
};

const lines = (facts: Partial<ScoreFacts>) => scoreOf(SCHEME, { ...NO_FACTS, ...facts }, { studyEnded: false }).lines;

describe('score line messages', () => {
  const variants = [
    lines({}),
    lines({
      creditedMinutes: 960,
      requiredCourseMinutes: 500,
      countedShares: 1,
      completedGroupActivities: 1,
      marks: { hw1: 55 },
      groupHours: 3,
    }),
    lines({
      creditedMinutes: 960,
      requiredCourseMinutes: 700,
      countedShares: 3,
      completedGroupActivities: 4,
      marks: { hw1: 90 },
      groupHours: 30,
    }),
  ].flat();

  it('every line the engine gives has a message in both languages, with its numbers', () => {
    const codes = new Set(variants.map((line) => `${line.kind}.${line.code}`));
    expect(codes.size).toBe(10); // WATCH_MINUTES 3, PER_UNIT 2, MARK_WEIGHT 3, GROUP_HOURS 2
    for (const line of variants) {
      expect(hasMessage(`SCORE_LINE.${line.kind}.${line.code}`)).toBe(true);
      for (const locale of ['en', 'zh-CN'] as const) {
        const message = lineMessage(locale, line);
        expect(message).toContain(String(line.points));
        expect(message).not.toMatch(/[{}]/);
      }
    }
  });

  it('says how many of the missing minutes must be in required courses', () => {
    const [short] = lines({ creditedMinutes: 480, requiredCourseMinutes: 100 });
    expect(short).toMatchObject({ missing: 500, code: 'SCORE_MINUTES_SHORT' });
    expect(lineMessage('en', short!)).toBe(
      '480 of 960 minutes credited: 25 of 50 points (50 × 480 / 960). 500 more minutes needed, 500 of them in required courses.',
    );
    expect(lineMessage('zh-CN', short!)).toBe(
      '已认定学习时长 480 分钟（要求 960 分钟）：得 25 分（50 × 480 / 960），还差 500 分钟，其中必修课程 500 分钟。',
    );
    const [plain] = lines({ creditedMinutes: 700, requiredCourseMinutes: 650 });
    expect(lineMessage('en', plain!)).toBe(
      '700 of 960 minutes credited: 36.46 of 50 points (50 × 700 / 960). 260 more minutes needed.',
    );
  });

  it('words what is missing in the item’s unit', () => {
    const [courses, shares, , hw1, hours] = lines({
      creditedMinutes: 960,
      requiredCourseMinutes: 500,
      marks: { hw1: 55 },
      groupHours: 12.5,
    });
    expect(lineMessage('en', courses!)).toBe(
      '960 of 960 minutes credited (50 of 50 points), but only 500 of the 600 minutes required in required courses: 100 more minutes of required courses needed.',
    );
    expect(lineMessage('zh-CN', shares!)).toBe(
      '分享资源或文章 0 篇，每次 10 分（最多 20 分）：得 0 分，低于最低要求 10 分，还需 1 篇分享。',
    );
    expect(lineMessage('en', hw1!)).toBe(
      'Marked 55 × 15%: 8.25 points, below the minimum of 9; a mark of at least 60 is needed.',
    );
    expect(lineMessage('zh-CN', hours!)).toBe(
      '已记录 12.5 学时（要求 25 学时，上限 25 学时）：得 12.5 分（满分 25 分），还差 12.5 学时。',
    );
  });
});
