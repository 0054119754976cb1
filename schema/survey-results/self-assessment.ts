/**
 * Framework self-assessments: `selfAssessmentResults` (a SELF_ASSESSMENT survey's ratings per grouping — the
 * catalogue's dimension, or the leadership standard's duty — and per item, for a school or district), and
 * `Enrolment.selfAssessment` (the teacher's own latest self-assessment on the programme's catalogue beside the school's
 * range: a suggestion shown while selecting, never a rule).
 */
import { createContextCache } from '@pothos/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import DataLoader from 'dataloader';
import type { Context } from '../../api/context.js';
import { builder } from '../builder.js';
import { respondentKeyOf } from '../surveys/index.js';
import { anyScope, resultsTarget, surveyOf } from './access.js';
import { loadQuestions, loadTargetCounts } from './aggregate.js';
import {
  type FrameworkGrouping,
  type FrameworkItem,
  type GroupingRating,
  type ItemRating,
  type RatedPoint,
  rangeSuggestions,
  selfAssessmentGroupings,
} from './rules.js';
import { suppressionOf } from './suppression.js';
import { SurveyResultValue } from './types.js';

const localName = (context: Context, row: { nameZh: string; nameEn: string }) =>
  context.locale === 'zh-CN' ? row.nameZh : row.nameEn;

const SelfAssessmentItem = builder.objectRef<ItemRating>('SelfAssessmentItem').implement({
  description: 'One framework item (competency or standard item) with its ratings.',
  fields: (t) => ({
    competencyId: t.id({
      description: 'The item (`Competency` global ID).',
      resolve: (item) => encodeGlobalID('Competency', item.item.competencyId),
    }),
    code: t.string({ description: 'The item’s code.', resolve: (item) => item.item.code }),
    name: t.string({
      description: 'The item’s name in the request’s language.',
      resolve: (item, _args, context) => localName(context, item.item),
    }),
    respondents: t.exposeInt('respondents', { description: 'Respondents who rated it.' }),
    mean: t.exposeFloat('mean', { nullable: true, description: 'Mean rating, 2 decimals; null when nobody rated it.' }),
    distribution: t.field({
      type: [SurveyResultValue],
      description: 'Every rating of the scale, lowest first, with its count and share.',
      resolve: (item) => item.distribution,
    }),
  }),
});

const SelfAssessmentGrouping = builder.objectRef<GroupingRating>('SelfAssessmentGrouping').implement({
  description:
    'One grouping of the framework (a dimension; the leadership standard’s duty: 规划设计, 组织实施, 评价推动).',
  fields: (t) => ({
    code: t.string({ description: 'The grouping’s code.', resolve: (g) => g.grouping.code }),
    name: t.string({
      description: 'Its name in the request’s language.',
      resolve: (g, _args, context) => localName(context, g.grouping),
    }),
    respondents: t.exposeInt('respondents', { description: 'Respondents who rated at least one of its items.' }),
    mean: t.exposeFloat('mean', {
      nullable: true,
      description: 'Every rating of its items pooled (Σ ratings ÷ number of ratings), 2 decimals; null when none.',
    }),
    items: t.field({
      type: [SelfAssessmentItem],
      description: 'Its items in framework order.',
      resolve: (g) => g.items,
    }),
  }),
});

interface SelfAssessmentShape {
  surveyId: string;
  organisationId: string;
  name: string;
  suppressed: boolean;
  minGroupSize: number;
  respondents: number | null;
  groupings: GroupingRating[];
}

const SelfAssessmentResults = builder.objectRef<SelfAssessmentShape>('SelfAssessmentResults').implement({
  description: 'A framework self-assessment’s results for a school or district, by grouping and item.',
  fields: (t) => ({
    surveyId: t.id({
      description: 'The survey (`Survey` global ID).',
      resolve: (r) => encodeGlobalID('Survey', r.surveyId),
    }),
    organisationId: t.id({
      description: 'The school, class or district counted (`Organisation` global ID).',
      resolve: (r) => encodeGlobalID('Organisation', r.organisationId),
    }),
    organisationName: t.exposeString('name', { description: 'Its name.' }),
    suppressed: t.exposeBoolean('suppressed', {
      description: 'Anonymous surveys: fewer respondents than minGroupSize, so nothing is shown.',
    }),
    minGroupSize: t.exposeInt('minGroupSize', { description: 'Least respondents before results are shown.' }),
    respondents: t.exposeInt('respondents', {
      nullable: true,
      description: 'People who answered; null when suppressed.',
    }),
    groupings: t.field({
      type: [SelfAssessmentGrouping],
      description: 'The framework’s groupings that have rated items, in framework order; empty when suppressed.',
      resolve: (r) => r.groupings,
    }),
  }),
});

builder.queryField('selfAssessmentResults', (t) =>
  t.field({
    type: SelfAssessmentResults,
    nullable: true,
    description:
      'A SELF_ASSESSMENT survey’s results for a school or district (or one class) within its audience: per grouping of the framework ' +
      '(the leadership standard’s 规划设计 / 组织实施 / 评价推动, the catalogue’s dimensions) the pooled mean and respondents, and per ' +
      'item the mean and distribution. Same readers as surveyResults (action survey:readResults over the organisation); null for ' +
      'anyone else and for a survey of another purpose. A fixed number of statements.',
    args: {
      surveyId: t.arg.globalID({ required: true, description: 'A SELF_ASSESSMENT survey (`Survey` global ID).' }),
      organisationId: t.arg.globalID({
        required: false,
        description: 'A school, district or class within the audience; omitted: the whole survey.',
      }),
    },
    authorize: { action: 'survey:readResults', resource: anyScope('survey:readResults') },
    resolve: async (_root, args, context) => {
      const survey = await surveyOf(context, args.surveyId);
      if (survey?.purpose !== 'SELF_ASSESSMENT') return null;
      const target = await resultsTarget(context, survey, args.organisationId);
      if (!target) return null;
      const prisma = context.db.prisma;
      const [questions, counts, suppressed] = await Promise.all([
        loadQuestions(prisma, survey.id),
        loadTargetCounts(prisma, survey.id, target.path, { groupings: true }),
        suppressionOf(context, survey),
      ]);
      const base = {
        surveyId: survey.id,
        organisationId: target.organisationId,
        name: target.name,
        minGroupSize: survey.anonymous ? survey.minGroupSize : 1,
      };
      if (suppressed(target.path, counts.respondents))
        return { ...base, suppressed: true, respondents: null, groupings: [] };
      const competencyIds = [...new Set(questions.flatMap((q) => (q.competencyId ? [q.competencyId] : [])))];
      const competencies = await prisma.competency.findMany({
        where: { id: { in: competencyIds } },
        select: {
          id: true,
          code: true,
          nameZh: true,
          nameEn: true,
          position: true,
          dimension: { select: { id: true, code: true, nameZh: true, nameEn: true, position: true } },
        },
      });
      const items = new Map<string, FrameworkItem>(
        competencies.map((c) => [
          c.id,
          {
            competencyId: c.id,
            dimensionId: c.dimension.id,
            code: c.code,
            nameZh: c.nameZh,
            nameEn: c.nameEn,
            position: c.position,
          },
        ]),
      );
      const groupings = new Map<string, FrameworkGrouping>(
        competencies.map((c) => [c.dimension.id, { dimensionId: c.dimension.id, ...c.dimension }]),
      );
      return {
        ...base,
        suppressed: false,
        respondents: counts.respondents,
        groupings: selfAssessmentGroupings(questions, items, [...groupings.values()], counts),
      };
    },
  }),
);

// The teacher's own self-assessment beside the school's range ---------------------------------------------------

interface PointShape extends RatedPoint {
  nameZh: string;
  nameEn: string;
}

interface OwnSelfAssessment {
  surveyId: string;
  title: string;
  anonymous: boolean;
  points: PointShape[];
  suggestions: PointShape[];
}

interface Candidate {
  enrolmentId: string;
  teacherId: string;
  programmeId: string;
  schoolId: string;
  surveyId: string;
  title: string;
  anonymous: boolean;
  responseId: string | null;
}

/**
 * The own self-assessments of a page of enrolments, in at most four statements whatever the page: the candidate
 * surveys (SELF_ASSESSMENT on the programme's catalogue: named ones the teacher answered; anonymous ones whose audience
 * covers the teacher, only when the viewer is that teacher), the viewer's anonymous responses by their keys, the
 * ratings of the chosen responses, and the schools' ranges.
 */
async function loadOwnSelfAssessments(context: Context, ids: readonly string[]) {
  const prisma = context.db.prisma;
  const viewerId = context.viewer.user?.id ?? null;
  const candidates = await prisma.$queryRaw<Candidate[]>`
    SELECT e.id AS "enrolmentId", e."teacherId", e."programmeId", e."schoolId", s.id AS "surveyId", s.title, s.anonymous,
           (SELECT r.id FROM "SurveyResponse" r
             WHERE NOT s.anonymous AND r."surveyId" = s.id AND r."respondentKey" = e."teacherId") AS "responseId"
      FROM "Enrolment" e
      JOIN "Programme" p ON p.id = e."programmeId"
      LEFT JOIN "Organisation" c ON c.id = e."classId"
      JOIN "Survey" s ON s."catalogueId" = p."catalogueId" AND s.purpose = 'SELF_ASSESSMENT' AND s.status <> 'DRAFT'
     WHERE e.id = ANY(${[...ids]}::text[])
       AND ((NOT s.anonymous AND EXISTS (
              SELECT 1 FROM "SurveyResponse" r WHERE r."surveyId" = s.id AND r."respondentKey" = e."teacherId"))
         OR (s.anonymous AND e."teacherId" = ${viewerId}::text
             AND (e."orgPath" LIKE (s."orgPath" || '%') OR c.path LIKE (s."orgPath" || '%') OR s."programmeId" = e."programmeId")))
     ORDER BY s."opensAt" DESC, s."createdAt" DESC, s.id`;
  const anonymous = candidates.filter((c) => c.anonymous && c.teacherId === viewerId);
  if (anonymous.length && viewerId) {
    const keys = anonymous.map((c) => respondentKeyOf(context.keys.nationalId, c.surveyId, viewerId));
    const found = await prisma.surveyResponse.findMany({
      where: { OR: anonymous.map((c, i) => ({ surveyId: c.surveyId, respondentKey: keys[i] as string })) },
      select: { id: true, surveyId: true },
    });
    const bySurvey = new Map(found.map((row) => [row.surveyId, row.id]));
    for (const c of anonymous) c.responseId = bySurvey.get(c.surveyId) ?? null;
  }
  // The latest answered one per enrolment (candidates come newest first).
  const chosen = new Map<string, Candidate>();
  for (const c of candidates) if (c.responseId && !chosen.has(c.enrolmentId)) chosen.set(c.enrolmentId, c);
  const result = new Map<string, OwnSelfAssessment>();
  if (chosen.size === 0) return result;
  const responses = [...chosen.values()];
  const ratings = await prisma.$queryRaw<
    Array<{
      responseId: string;
      competencyId: string;
      value: number;
      scaleMax: number | null;
      code: string;
      nameZh: string;
      nameEn: string;
      position: number;
    }>
  >`
    SELECT a."responseId", q."competencyId", a.value, q."scaleMax", c.code, c."nameZh", c."nameEn", c.position
      FROM "SurveyAnswer" a
      JOIN "SurveyQuestion" q ON q.id = a."questionId"
      JOIN "Competency" c ON c.id = q."competencyId"
     WHERE a."responseId" = ANY(${responses.map((c) => c.responseId as string)}::text[])
       AND q.kind = 'SCALE' AND a.value IS NOT NULL`;
  const ranges = await prisma.$queryRaw<Array<{ programmeId: string; schoolId: string; competencyId: string }>>`
    SELECT r."programmeId", r."schoolId", i."competencyId"
      FROM "SchoolRange" r JOIN "SchoolRangeItem" i ON i."rangeId" = r.id
     WHERE (r."programmeId", r."schoolId") IN (
       SELECT * FROM unnest(${responses.map((c) => c.programmeId)}::text[], ${responses.map((c) => c.schoolId)}::text[]))`;
  const rangeOf = (c: Candidate) =>
    new Set(
      ranges.filter((r) => r.programmeId === c.programmeId && r.schoolId === c.schoolId).map((r) => r.competencyId),
    );
  for (const [enrolmentId, c] of chosen) {
    const own = ratings.filter((r) => r.responseId === c.responseId);
    const names = new Map(own.map((r) => [r.competencyId, r]));
    const { points, suggestions } = rangeSuggestions(
      own.map((r) => ({
        competencyId: r.competencyId,
        code: r.code,
        position: r.position,
        rating: Number(r.value),
        scaleMax: r.scaleMax ?? 5,
      })),
      rangeOf(c),
    );
    const named = (p: RatedPoint): PointShape => {
      const row = names.get(p.competencyId);
      return { ...p, nameZh: row?.nameZh ?? '', nameEn: row?.nameEn ?? '' };
    };
    result.set(enrolmentId, {
      surveyId: c.surveyId,
      title: c.title,
      anonymous: c.anonymous,
      points: points.map(named),
      suggestions: suggestions.map(named),
    });
  }
  return result;
}

const ownSelfAssessments = createContextCache(
  (context: Context) =>
    new DataLoader<string, OwnSelfAssessment | null>(async (ids) => {
      const found = await loadOwnSelfAssessments(context, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
);

const SelfAssessmentPoint = builder.objectRef<PointShape>('SelfAssessmentPoint').implement({
  description: 'A competency the teacher rated in their self-assessment, and whether the school’s range allows it.',
  fields: (t) => ({
    competencyId: t.id({
      description: 'The competency (`Competency` global ID).',
      resolve: (p) => encodeGlobalID('Competency', p.competencyId),
    }),
    code: t.exposeString('code', { description: 'Its code (A1, B2, …).' }),
    name: t.string({
      description: 'Its name in the request’s language.',
      resolve: (p, _a, context) => localName(context, p),
    }),
    rating: t.exposeInt('rating', { description: 'The teacher’s own rating.' }),
    scaleMax: t.exposeInt('scaleMax', {
      description: 'The top of the rating scale (5 unless the survey says otherwise).',
    }),
    inRange: t.exposeBoolean('inRange', {
      description: 'True when the school’s range (学校框定范围) allows the point.',
    }),
  }),
});

const EnrolmentSelfAssessment = builder.objectRef<OwnSelfAssessment>('EnrolmentSelfAssessment').implement({
  description:
    'The teacher’s own latest self-assessment on the programme’s catalogue, beside the school’s range: a suggestion for selecting, ' +
    'never a rule (selection validity does not read it).',
  fields: (t) => ({
    surveyId: t.id({
      description: 'The self-assessment (`Survey` global ID).',
      resolve: (s) => encodeGlobalID('Survey', s.surveyId),
    }),
    title: t.exposeString('title', { description: 'Its title.' }),
    anonymous: t.exposeBoolean('anonymous', {
      description: 'True for an anonymous self-assessment: then only the teacher themselves ever sees it here.',
    }),
    points: t.field({
      type: [SelfAssessmentPoint],
      description: 'Every competency rated, in catalogue order, with whether it is in the school’s range.',
      resolve: (s) => s.points,
    }),
    suggestions: t.field({
      type: [SelfAssessmentPoint],
      description: 'The points in the school’s range, lowest-rated first (then catalogue order): where to improve.',
      resolve: (s) => s.suggestions,
    }),
  }),
});

builder.prismaObjectFields('Enrolment', (t) => ({
  selfAssessment: t.field({
    type: EnrolmentSelfAssessment,
    nullable: true,
    description:
      'The teacher’s latest answered self-assessment (a SELF_ASSESSMENT survey on the programme’s catalogue), each rated point with ' +
      'whether the school’s range allows it, and the in-range points lowest-rated first as suggestions: a suggestion shown beside ' +
      'the range, never a rule. Readable by whoever may see the enrolment (the teacher, their tutors, the admins over the school); ' +
      'an anonymous self-assessment is found only by the teacher themselves. Null when there is none. A page of enrolments costs ' +
      'at most four statements, whatever its size.',
    select: { id: true },
    resolve: (enrolment, _args, context) => ownSelfAssessments(context).load(enrolment.id),
  }),
}));
