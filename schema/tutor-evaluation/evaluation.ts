/**
 * Tutor evaluations as the API shows them: the `TutorEvaluation` resource (a tutor of a class in a programme), the
 * `tutorEvaluation` query and `Programme.tutorEvaluations`.
 *
 * The resource id of a tutor's evaluation is `<programmeId>:<classId>:<tutorId>` (ids, not global IDs): it exists when
 * the person holds CLASS_TUTOR on the class and the class has teachers enrolled in the programme, whether or not the
 * district has entered anything yet. It belongs to the class (and so to the school and district above); the tutor
 * owns it. Visible to the tutor, the school, district and province admins over the class; missing for anyone else.
 */
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import type { Context } from '../../api/context.js';
import { builder } from '../builder.js';
import { Organisation } from '../organisations/index.js';
import { Programme, TutorIndicatorSourceEnum } from '../programmes/index.js';
import { registerResource, scopeOf } from '../shared/index.js';
import { User } from '../users/index.js';
import { TUTOR_LINE_CODES, type TutorLine } from './engine.js';
import { loadEvaluations, loadProgrammeSetting, type TutorEvaluationView } from './facts.js';
import { tutorLineMessage } from './messages.js';

/** The resource id of a tutor's evaluation. */
export const evaluationResourceId = (programmeId: string, classId: string, tutorId: string) =>
  `${programmeId}:${classId}:${tutorId}`;

/** Whether the viewer sees evaluations over `classPath` of `tutorId`. */
function canSeeEvaluation(context: Context, tutorId: string, classPath: string): boolean {
  return (
    tutorId === context.viewer.user?.id ||
    scopeOf(context.viewer, 'tutor:readEvaluation').some((root) => classPath.startsWith(root))
  );
}

registerResource('TutorEvaluation', async (ids, context) => {
  const parts = ids.map((id) => id.split(':'));
  const wellFormed = parts.filter((p) => p.length === 3 && p.every((part) => part.length > 0 && part.length <= 64));
  if (wellFormed.length === 0) return new Map();
  const rows = await context.db.prisma.$queryRaw<
    Array<{ programmeId: string; classId: string; tutorId: string; path: string }>
  >`
    SELECT x."programmeId", x."classId", x."tutorId", c.path
      FROM unnest(${wellFormed.map((p) => p[0])}::text[], ${wellFormed.map((p) => p[1])}::text[],
                  ${wellFormed.map((p) => p[2])}::text[]) AS x("programmeId", "classId", "tutorId")
      JOIN "Organisation" c ON c.id = x."classId" AND c.kind = 'CLASS'
     WHERE EXISTS (SELECT 1 FROM "RoleAssignment" r
                    WHERE r."userId" = x."tutorId" AND r."organisationId" = x."classId" AND r.role = 'CLASS_TUTOR')
       AND EXISTS (SELECT 1 FROM "Enrolment" e WHERE e."classId" = x."classId" AND e."programmeId" = x."programmeId")`;
  return new Map(
    rows.map((row) => [
      evaluationResourceId(row.programmeId, row.classId, row.tutorId),
      {
        paths: [row.path],
        ownerId: row.tutorId,
        visible: canSeeEvaluation(context, row.tutorId, row.path),
        // The evaluation of a class's tutor in the programme: the school's record there.
        programmeId: row.programmeId,
      },
    ]),
  );
});

export const TutorLineCode = builder.enumType('TutorLineCode', {
  description: 'What a tutor-evaluation line says (its `message` words it in the request’s language).',
  values: Object.fromEntries(
    TUTOR_LINE_CODES.map((code) => [
      code,
      {
        description: {
          TUTOR_TARGET_MET: 'A computed indicator at or above its target: the full weight.',
          TUTOR_BELOW_TARGET: 'A computed indicator below its target: weight × measured / target.',
          TUTOR_BELOW_TARGET_NO_CREDIT: 'A computed indicator with allOrNothing below its target: 0 points.',
          TUTOR_NOTHING_DUE: 'MARKING_ON_TIME with no submission due for marking yet: the full weight.',
          TUTOR_NO_SCORING: 'PASS_RATE in a programme that scores nothing: 0 points.',
          TUTOR_ENTERED: 'An ENTERED indicator the district scored: weight × score / 100.',
          TUTOR_NOT_ENTERED: 'An ENTERED indicator the district has not scored yet: 0 points for now.',
        }[code],
      },
    ]),
  ) as Record<(typeof TUTOR_LINE_CODES)[number], { description: string }>,
});

export const TutorEvaluationLine = builder.objectRef<TutorLine>('TutorEvaluationLine').implement({
  description: 'One indicator of a tutor’s evaluation: what was measured or entered, and the points it earns.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'The indicator’s key in rules.tutorEvaluation.' }),
    name: t.string({
      description: 'The indicator’s name in the request’s language.',
      resolve: (line, _args, context) => (context.locale === 'zh-CN' ? line.nameZh : line.nameEn),
    }),
    weight: t.exposeFloat('weight', { description: 'Share of the 100 points (0.15 = 15%).' }),
    source: t.field({ type: TutorIndicatorSourceEnum, resolve: (line) => line.source }),
    measured: t.float({
      nullable: true,
      description:
        'The measured value (a share 0–1 for rates, a count otherwise) or the entered score (0–100); null when nothing is measured ' +
        '(not entered, nothing due, no scoring scheme).',
      resolve: (line) => line.measured,
    }),
    target: t.exposeFloat('target', { description: 'What earns the full weight, in the same unit (100 for ENTERED).' }),
    share: t.exposeFloat('share', { description: 'Share of the weight earned, 0 to 1.' }),
    points: t.exposeFloat('points', { description: 'weight × 100 × share (two decimals).' }),
    maxPoints: t.exposeFloat('maxPoints', { description: 'weight × 100.' }),
    code: t.field({ type: TutorLineCode, resolve: (line) => line.code }),
    comment: t.exposeString('comment', { nullable: true, description: 'ENTERED: the district’s comment.' }),
    message: t.string({
      description: 'The line explained in the request’s language, with its numbers.',
      resolve: (line, _args, context) => tutorLineMessage(context.locale, line),
    }),
  }),
});

export const TutorEvaluation = builder.objectRef<TutorEvaluationView>('TutorEvaluation').implement({
  description:
    'A class tutor’s evaluation in a programme (班级辅导者考核), computed when asked from the class’s data and the district’s entries: ' +
    'one line per indicator of rules.tutorEvaluation, total out of 100. Visible to the tutor, their school and the district and province.',
  fields: (t) => ({
    programme: t.prismaField({
      type: Programme,
      description: 'The programme.',
      resolve: (query, ev, _args, context) =>
        context.db.prisma.programme.findUniqueOrThrow({ ...query, where: { id: ev.programmeId } }),
    }),
    class: t.prismaField({
      type: Organisation,
      description: 'The class (an Organisation of kind CLASS).',
      resolve: (query, ev, _args, context) =>
        context.db.prisma.organisation.findUniqueOrThrow({ ...query, where: { id: ev.classId } }),
    }),
    tutor: t.prismaField({
      type: User,
      description: 'The tutor (CLASS_TUTOR of the class).',
      resolve: (query, ev, _args, context) =>
        context.db.prisma.user.findUniqueOrThrow({ ...query, where: { id: ev.tutorId } }),
    }),
    lines: t.field({
      type: [TutorEvaluationLine],
      description: 'One line per indicator, in the rules’ order.',
      resolve: (ev) => ev.lines,
    }),
    total: t.exposeFloat('total', { description: 'Sum of the lines’ points, out of 100 (two decimals).' }),
    reachesExcellentThreshold: t.exposeBoolean('reachesExcellentThreshold', {
      description: 'Whether the total reaches rules.tutorEvaluation.excellentThreshold (true when none is set).',
    }),
    excellentThreshold: t.float({
      nullable: true,
      description:
        'The least total an excellent tutor needs (rules.tutorEvaluation.excellentThreshold); null for no minimum.',
      resolve: (ev) => ev.excellentThreshold,
    }),
    excellent: t.exposeBoolean('excellent', {
      description: 'Recognised by the district as an excellent tutor (优秀班级辅导者).',
    }),
    recognisedAt: t.expose('recognisedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the district recognised the tutor as excellent; null unless excellent.',
    }),
  }),
});

/** One tutor's evaluation, or null when the programme has no tutor evaluation. */
export async function loadOneEvaluation(context: Context, programmeId: string, classId: string, tutorId: string) {
  const setting = await loadProgrammeSetting(context.db.prisma, programmeId);
  if (!setting?.tutorEvaluation) return null;
  const [view] = await loadEvaluations(
    context.db.prisma,
    programmeId,
    { ...setting, tutorEvaluation: setting.tutorEvaluation },
    [{ classId, tutorId }],
  );
  return view ?? null;
}

builder.queryField('tutorEvaluation', (t) =>
  t.field({
    type: TutorEvaluation,
    nullable: true,
    description:
      'A class tutor’s evaluation in a programme (action tutor:readEvaluation): for the tutor themself, the school admins over the class and ' +
      'the district and province admins; null for anyone else, when the person is not a CLASS_TUTOR of the class, when the class has no ' +
      'teacher enrolled in the programme, and when the programme does not evaluate its tutors.',
    args: {
      programmeId: t.arg.globalID({ required: true, for: Programme, description: 'The programme.' }),
      classId: t.arg.globalID({ required: true, for: Organisation, description: 'The class.' }),
      tutorId: t.arg.globalID({ required: true, for: User, description: 'The tutor.' }),
    },
    authorize: {
      action: 'tutor:readEvaluation',
      resource: (_root, args) => ({
        kind: 'TutorEvaluation',
        id: evaluationResourceId(args.programmeId.id, args.classId.id, args.tutorId.id),
      }),
    },
    resolve: (_root, args, context) =>
      loadOneEvaluation(context, args.programmeId.id, args.classId.id, args.tutorId.id),
  }),
);

builder.prismaObjectFields('Programme', (t) => ({
  tutorEvaluations: t.connection(
    {
      type: TutorEvaluation,
      nullable: true,
      description:
        'The evaluation of every CLASS_TUTOR of a class with teachers enrolled in the programme, by class path then tutor: a page costs a ' +
        'fixed number of statements whatever its size. For the district and province admins over the programme (action ' +
        'tutor:readEvaluation); null for anyone else, and when the programme does not evaluate its tutors. At most 100 a page.',
      select: { id: true, orgPath: true },
      authorize: {
        action: 'tutor:readEvaluation',
        resource: (programme) => ({ paths: [programme.orgPath], ownerId: null }),
      },
      resolve: async (programme, args, context) => {
        const prisma = context.db.prisma;
        const setting = await loadProgrammeSetting(prisma, programme.id);
        const rules = setting?.tutorEvaluation;
        if (!setting || !rules) return null;
        const where = {
          role: 'CLASS_TUTOR' as const,
          organisation: { kind: 'CLASS' as const, classEnrolments: { some: { programmeId: programme.id } } },
          ...context.viewer.within('orgPath', scopeOf(context.viewer, 'tutor:readEvaluation')),
        };
        const connection = await resolveOffsetConnection({ args }, async ({ offset, limit }) => {
          const tutors = await prisma.roleAssignment.findMany({
            where,
            orderBy: [{ orgPath: 'asc' }, { userId: 'asc' }],
            skip: offset,
            take: limit,
            select: { userId: true, organisationId: true },
          });
          return loadEvaluations(
            prisma,
            programme.id,
            { ...setting, tutorEvaluation: rules },
            tutors.map((row) => ({ classId: row.organisationId, tutorId: row.userId })),
          );
        });
        return { ...connection, totalCount: () => prisma.roleAssignment.count({ where }) };
      },
    },
    {
      name: 'TutorEvaluationConnection',
      description: 'A page of tutors’ evaluations.',
      fields: (connection) => ({
        totalCount: connection.int({
          description: 'Tutors evaluated in the programme that the viewer may see.',
          resolve: (parent) => (parent as unknown as { totalCount: () => Promise<number> }).totalCount(),
        }),
      }),
    },
  ),
}));
