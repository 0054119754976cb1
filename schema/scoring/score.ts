/**
 * `Enrolment.score`: the teacher's score under the programme's scheme with one explained line per item, computed for a
 * whole page of enrolments from one facts statement and one programme statement (schema/scoring/facts.ts).
 */
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { Context } from '../../api/context.js';
import { builder } from '../builder.js';
import { ScoringItemKind } from '../programmes/index.js';
import { SCORE_LINE_CODES, type ScoreLine as ScoreLineValue, type ScoreResult } from './engine.js';
import { loadScores } from './facts.js';
import { lineMessage } from './messages.js';

/**
 * The per-request batched loader of scores: every `score` asked in one request (a page of enrolments, a roster) is
 * loaded together, in two statements.
 */
export const scoreLoader = createContextCache(
  (context: Context) =>
    new DataLoader<string, ScoreResult | null>(async (ids) => {
      const scores = await loadScores(context.db.prisma, ids);
      return ids.map((id) => scores.get(id) ?? null);
    }),
);

export const ScoreVerdict = builder.enumType('ScoreVerdict', {
  description: 'Where a teacher stands against the programme’s scoring scheme.',
  values: {
    IN_PROGRESS: { description: 'Not passed yet, and the study phase has not ended.' },
    PASSED: {
      description: 'The total reaches the pass threshold and every required item is complete (合格).',
    },
    FAILED: {
      description:
        'Not passed, and the study phase has ended (the IMPLEMENTATION phase ended before today, or the programme is CLOSED): remedial study.',
    },
  },
});

export const ScoreLineCode = builder.enumType('ScoreLineCode', {
  description: 'What a score line says about its item (its `message` words it in the request’s language).',
  values: Object.fromEntries(
    SCORE_LINE_CODES.map((code) => [
      code,
      {
        description: {
          SCORE_ITEM_COMPLETE: 'The item is complete: its minimum is met.',
          SCORE_MINUTES_SHORT: 'WATCH_MINUTES: fewer credited minutes than required (`missing` minutes).',
          SCORE_REQUIRED_COURSES_SHORT:
            'WATCH_MINUTES: enough minutes, but too few in required courses (`missing` minutes of required courses).',
          SCORE_BELOW_MINIMUM:
            'PER_UNIT or MARK_WEIGHT: the points are below the item’s minimum (`missing` units, or marks to the least passing mark).',
          SCORE_NOT_MARKED: 'MARK_WEIGHT: the assignment is not marked yet (0 points).',
          SCORE_HOURS_SHORT: 'GROUP_HOURS: fewer recorded hours than the item’s minimum (`missing` hours).',
        }[code],
      },
    ]),
  ) as Record<(typeof SCORE_LINE_CODES)[number], { description: string }>,
});

export const ScoreLine = builder.objectRef<ScoreLineValue>('ScoreLine').implement({
  description: 'One item of a teacher’s score: what was counted, the points, and what is still missing to complete it.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'The item’s key in the programme’s scheme (rules.scoring.items).' }),
    kind: t.field({ type: ScoringItemKind, description: 'The item’s kind.', resolve: (line) => line.kind }),
    name: t.string({
      description: 'The item’s name in the request’s language (Accept-Language).',
      resolve: (line, _args, context) => (context.locale === 'zh-CN' ? line.nameZh : line.nameEn),
    }),
    requiredToPass: t.exposeBoolean('requiredToPass', {
      description: 'Whether the item must be complete for the teacher to pass.',
    }),
    counted: t.exposeFloat('counted', {
      description:
        'The number counted, in the item’s unit: credited minutes, units (discussions, shares, activities), the mark (0 when not marked), hours (capped).',
    }),
    required: t.exposeFloat('required', {
      description:
        'What completes the item, in the same unit: the required minutes, the least number of units, the least mark, the least hours.',
    }),
    points: t.exposeFloat('points', { description: 'Points the item gives (two decimals).' }),
    maxPoints: t.exposeFloat('maxPoints', { description: 'Most points the item can give.' }),
    complete: t.exposeBoolean('complete', { description: 'True once the item’s minimum is met.' }),
    missing: t.exposeFloat('missing', {
      description:
        'What is still needed to complete the item, in its unit (minutes, units, marks, hours); 0 when complete.',
    }),
    code: t.field({ type: ScoreLineCode, description: 'What the line says, as a code.', resolve: (line) => line.code }),
    message: t.string({
      description: 'The line explained in the request’s language (Accept-Language: zh-CN or en), with its numbers.',
      resolve: (line, _args, context) => lineMessage(context.locale, line),
    }),
  }),
});

export const Score = builder.objectRef<ScoreResult>('Score').implement({
  description:
    'A teacher’s score under the programme’s scoring scheme (考核), computed from the counted facts when asked (never stored), one line per item.',
  fields: (t) => ({
    total: t.exposeFloat('total', { description: 'Sum of the lines’ points (two decimals).' }),
    passThreshold: t.exposeFloat('passThreshold', { description: 'Least total to pass (Tianchang 80, Huaibei 78).' }),
    verdict: t.field({ type: ScoreVerdict, description: 'Passed, failed or in progress.', resolve: (s) => s.verdict }),
    lines: t.field({
      type: [ScoreLine],
      description: 'One line per item of the scheme, in the scheme’s order.',
      resolve: (score) => score.lines,
    }),
  }),
});

builder.prismaObjectFields('Enrolment', (t) => ({
  score: t.field({
    type: Score,
    nullable: true,
    description:
      'The teacher’s score with its explanation, line by line. Null when the programme has no scoring scheme, and for viewers who may not ' +
      'read it: only the teacher, their class’s tutors and the school, district and province admins over the school (action score:read). ' +
      'A page of enrolments with their scores costs two statements, whatever its size.',
    select: { id: true, orgPath: true, teacherId: true, class: { select: { path: true } } },
    authorize: {
      action: 'score:read',
      resource: (enrolment) => ({
        paths: enrolment.class ? [enrolment.class.path, enrolment.orgPath] : [enrolment.orgPath],
        ownerId: enrolment.teacherId,
      }),
    },
    resolve: (enrolment, _args, context) => scoreLoader(context).load(enrolment.id),
  }),
}));
