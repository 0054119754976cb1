import type { Context } from '../../api/context.js';
import { builder } from '../builder.js';
import { Programme, parseProgrammeRules } from '../programmes/index.js';
import { ExcellentNomination, NominationStatus } from './nomination.js';
import { excellentQuota, type NominationStatusValue, PLACE_TAKING, placesLeft } from './rules.js';

/** A class's excellent-trainee places in a programme and how many are taken. */
interface QuotaShape {
  rate: number;
  enrolled: number;
  quota: number;
  nominated: number;
  confirmed: number;
}

const ExcellentQuota = builder.objectRef<QuotaShape>('ExcellentQuota').implement({
  description:
    'A class’s excellent-trainee (优秀学员) places in a programme: the quota rate × the class’s enrolled teachers, rounded down, and how many ' +
    'are taken.',
  fields: (t) => ({
    rate: t.exposeFloat('rate', {
      description:
        'The programme’s quota rate (`rules.scoring.excellentQuotaRate`): a share between 0 and 1 (0.15 = 15%).',
    }),
    enrolled: t.exposeInt('enrolled', { description: 'Teachers of the class enrolled in the programme.' }),
    quota: t.exposeInt('quota', { description: 'Places: rate × enrolled, rounded down (15% of 20 → 3).' }),
    nominated: t.exposeInt('nominated', {
      description: 'Nominations taking a place: NOMINATED (awaiting the district) or CONFIRMED.',
    }),
    confirmed: t.exposeInt('confirmed', { description: 'Of those, the ones the district CONFIRMED.' }),
    remaining: t.int({
      description: 'Places still free: quota − nominated, never below 0.',
      resolve: (quota) => placesLeft(quota.quota, quota.nominated),
    }),
  }),
});

/** The quota of one class in one programme: one statement for the counts, one for the programme's rules. */
async function loadQuota(
  context: Context,
  klass: { id: string; path: string },
  programmeId: string,
): Promise<QuotaShape | null> {
  const prisma = context.db.prisma;
  const classId = klass.id;
  const programme = await prisma.programme.findUnique({
    where: { id: programmeId },
    select: { rules: true, orgPath: true },
  });
  // A programme of another district has no places in this class.
  const ours = programme !== null && klass.path.startsWith(programme.orgPath);
  const scoring = ours ? parseProgrammeRules(programme.rules).scoring : undefined;
  if (!scoring) return null;
  const [counts] = await prisma.$queryRaw<Array<{ enrolled: number; nominated: number; confirmed: number }>>`
    SELECT (SELECT count(*)::int FROM "Enrolment" WHERE "classId" = ${classId} AND "programmeId" = ${programmeId}) AS enrolled,
           count(*) FILTER (WHERE status::text = ANY(${PLACE_TAKING}::text[]))::int AS nominated,
           count(*) FILTER (WHERE status = 'CONFIRMED')::int AS confirmed
      FROM "ExcellentNomination"
     WHERE "classId" = ${classId} AND "programmeId" = ${programmeId}`;
  const { enrolled, nominated, confirmed } = counts ?? { enrolled: 0, nominated: 0, confirmed: 0 };
  const rate = scoring.excellentQuotaRate;
  return { rate, enrolled, quota: excellentQuota(rate, enrolled), nominated, confirmed };
}

const nominationsWhere = (path: string, programmeId: string, status: NominationStatusValue | null | undefined) => ({
  programmeId,
  orgPath: { startsWith: path },
  ...(status ? { status } : {}),
});

/** Who may read an organisation's nominations: the readers of nominations over it (excellent:read). */
const readOver = (organisation: { path: string }) => ({ paths: [organisation.path], ownerId: null });

builder.prismaObjectFields('Organisation', (t) => ({
  excellentNominations: t.prismaConnection({
    type: ExcellentNomination,
    cursor: 'id',
    nullable: true,
    description:
      'Excellent-trainee nominations of a programme within this organisation: on a class, its own (for its tutors); on a school or a ' +
      'district, every class’s below it (for the admins over it). Ordered by class, then oldest nomination first. Action excellent:read ' +
      'over the organisation; null for anyone else. At most 100 a page.',
    authorize: { action: 'excellent:read', resource: readOver },
    args: {
      programmeId: t.arg.globalID({ required: true, for: Programme, description: 'The programme.' }),
      status: t.arg({ type: NominationStatus, required: false, description: 'Only nominations in this state.' }),
    },
    totalCount: (organisation, args, context) =>
      context.db.prisma.excellentNomination.count({
        where: nominationsWhere(organisation.path, args.programmeId.id, args.status),
      }),
    resolve: (query, organisation, args, context) =>
      context.db.prisma.excellentNomination.findMany({
        ...query,
        where: nominationsWhere(organisation.path, args.programmeId.id, args.status),
        orderBy: [{ orgPath: 'asc' }, { nominatedAt: 'asc' }, { id: 'asc' }],
      }),
  }),
  excellentQuota: t.field({
    type: ExcellentQuota,
    nullable: true,
    description:
      'A class’s excellent-trainee places in a programme and how many are taken (action excellent:read over the class: its tutors, the ' +
      'admins above). Null for other organisations than classes, for programmes that do not score or are not the class’s district’s, and for ' +
      'anyone else.',
    authorize: { action: 'excellent:read', resource: readOver },
    args: { programmeId: t.arg.globalID({ required: true, for: Programme, description: 'The programme.' }) },
    resolve: (organisation, args, context) =>
      organisation.kind === 'CLASS' ? loadQuota(context, organisation, args.programmeId.id) : null,
  }),
}));

builder.prismaObjectField('Enrolment', 'nomination', (t) =>
  t.relation('nomination', {
    nullable: true,
    description:
      'The teacher’s excellent-trainee nomination in this programme, whatever its state; null when there is none. For the teacher, their ' +
      'class’s tutors and the admins over their school (action excellent:read); null for anyone else.',
    authorize: { action: 'excellent:read', resource: (enrolment) => ({ kind: 'Enrolment', id: enrolment.id }) },
  }),
);
