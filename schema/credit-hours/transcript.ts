/**
 * A teacher's transcript (学时档案): every programme they were enrolled in, across years, with the hours summary, the
 * ledger and the totals per year; the district-confirmed totals apart from all counted ones. For the teacher and the
 * admins over their school (credit:read on the teacher); null for anyone else.
 */
import { builder } from '../builder.js';
import { User } from '../users/index.js';
import { CreditEntry } from './credit-entry.js';
import { CreditHours } from './enrolment-fields.js';
import type { HoursResult } from './rules.js';
import { hoursStatusOf, loadEnrolmentRules } from './status.js';

interface TranscriptProgrammeShape {
  enrolmentId: string;
  programmeId: string;
  year: number;
  hours: HoursResult | null;
  counted: number;
  confirmed: number;
}

interface TranscriptYearShape {
  year: number;
  online: number;
  offline: number;
  counted: number;
  confirmed: number;
  programmes: number;
}

interface TranscriptShape {
  teacherId: string;
  programmes: TranscriptProgrammeShape[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

const TranscriptProgramme = builder.objectRef<TranscriptProgrammeShape>('TranscriptProgramme').implement({
  description: 'One programme of a teacher’s transcript: its hours summary, totals and ledger.',
  fields: (t) => ({
    year: t.exposeInt('year', {
      description: 'The programme year: the year the teacher’s batch starts (the programme’s dates).',
    }),
    programme: t.prismaField({
      type: 'Programme',
      description: 'The programme.',
      resolve: (query, row, _args, context) =>
        context.db.prisma.programme.findUniqueOrThrow({ ...query, where: { id: row.programmeId } }),
    }),
    enrolment: t.prismaField({
      type: 'Enrolment',
      nullable: true,
      description: 'The teacher’s enrolment in it.',
      resolve: (query, row, _args, context) =>
        context.db.prisma.enrolment.findUnique({ ...query, where: { id: row.enrolmentId } }),
    }),
    hours: t.field({
      type: CreditHours,
      nullable: true,
      description: 'The hours against the programme’s hour rules, explained; null when it has none.',
      resolve: (row) => row.hours,
    }),
    countedHours: t.float({
      description: 'All counted hours (from the programme’s `countFrom` confirmation, reversals included).',
      resolve: (row) => row.counted,
    }),
    confirmedHours: t.float({
      description: 'Hours the district confirmed (DISTRICT_CONFIRMED), reversals included once confirmed too.',
      resolve: (row) => row.confirmed,
    }),
    entries: t.prismaConnection({
      type: CreditEntry,
      cursor: 'id',
      description:
        'The ledger in this programme, newest first (reversals and what they reverse included). At most 100 a page.',
      resolve: (query, row, _args, context) =>
        context.db.prisma.creditEntry.findMany({
          ...query,
          where: { enrolmentId: row.enrolmentId },
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        }),
    }),
  }),
});

const TranscriptYear = builder.objectRef<TranscriptYearShape>('TranscriptYear').implement({
  description: 'A teacher’s hours of one programme year, over the programmes of that year.',
  fields: (t) => ({
    year: t.exposeInt('year', { description: 'The programme year.' }),
    online: t.exposeFloat('online', { description: 'Counted online hours.' }),
    offline: t.exposeFloat('offline', { description: 'Counted offline hours.' }),
    countedHours: t.exposeFloat('counted', { description: 'All counted hours (online + offline).' }),
    confirmedHours: t.exposeFloat('confirmed', { description: 'Hours the district confirmed (DISTRICT_CONFIRMED).' }),
    programmes: t.exposeInt('programmes', { description: 'Programmes of the year.' }),
  }),
});

const CreditTranscript = builder.objectRef<TranscriptShape>('CreditTranscript').implement({
  description:
    'A teacher’s credit-hour transcript (学时档案) across programmes and years: the counted hours and, apart, those the district ' +
    'confirmed (what continuing-education records take).',
  fields: (t) => ({
    teacher: t.prismaField({
      type: User,
      nullable: true,
      description: 'The teacher.',
      resolve: (query, transcript, _args, context) =>
        context.db.prisma.user.findUnique({ ...query, where: { id: transcript.teacherId } }),
    }),
    programmes: t.field({
      type: [TranscriptProgramme],
      description: 'Every programme the teacher was enrolled in, newest year first.',
      resolve: (transcript) => transcript.programmes,
    }),
    years: t.field({
      type: [TranscriptYear],
      description: 'Totals per programme year, newest first.',
      resolve: (transcript) => {
        const years = new Map<number, TranscriptYearShape>();
        for (const row of transcript.programmes) {
          const year = years.get(row.year) ?? {
            year: row.year,
            online: 0,
            offline: 0,
            counted: 0,
            confirmed: 0,
            programmes: 0,
          };
          year.online = round2(year.online + (row.hours?.online ?? 0));
          year.offline = round2(year.offline + (row.hours?.offline ?? 0));
          year.counted = round2(year.counted + row.counted);
          year.confirmed = round2(year.confirmed + row.confirmed);
          year.programmes += 1;
          years.set(row.year, year);
        }
        return [...years.values()].sort((a, b) => b.year - a.year);
      },
    }),
    countedHours: t.float({
      description: 'All counted hours over every programme.',
      resolve: (transcript) => round2(transcript.programmes.reduce((sum, row) => sum + row.counted, 0)),
    }),
    confirmedHours: t.float({
      description: 'Hours the district confirmed, over every programme.',
      resolve: (transcript) => round2(transcript.programmes.reduce((sum, row) => sum + row.confirmed, 0)),
    }),
  }),
});

builder.queryField('creditTranscript', (t) =>
  t.field({
    type: CreditTranscript,
    nullable: true,
    description:
      'A teacher’s credit-hour transcript (学时档案): per programme they were enrolled in, across years, the hours summary, the ledger ' +
      'and the totals per year. The viewer’s own without `teacherId`. For the teacher and the admins over their school (action ' +
      'credit:read); null for anyone else, exactly as for a missing teacher.',
    args: {
      teacherId: t.arg.globalID({
        required: false,
        for: User,
        description: 'The teacher (a User global ID); the viewer when omitted.',
      }),
    },
    authorize: {
      action: 'credit:read',
      resource: (_root, args, context) => ({ kind: 'User', id: args.teacherId?.id ?? context.viewer.user?.id ?? '' }),
    },
    resolve: async (_root, args, context) => {
      const teacherId = args.teacherId?.id ?? context.viewer.user?.id;
      if (!teacherId) return null;
      const prisma = context.db.prisma;
      const enrolments = await prisma.enrolment.findMany({
        where: { teacherId },
        select: { id: true, programmeId: true, batch: { select: { startsOn: true } } },
      });
      const rules = await loadEnrolmentRules(
        prisma,
        enrolments.map(({ id }) => id),
      );
      const status = await hoursStatusOf(prisma, rules);
      const programmes = enrolments.map((enrolment): TranscriptProgrammeShape => {
        const hours = status.get(enrolment.id);
        return {
          enrolmentId: enrolment.id,
          programmeId: enrolment.programmeId,
          year: enrolment.batch.startsOn.getUTCFullYear(),
          hours: hours?.result ?? null,
          counted: hours?.result?.total ?? 0,
          confirmed: hours?.confirmed ?? 0,
        };
      });
      programmes.sort((a, b) => b.year - a.year || b.enrolmentId.localeCompare(a.enrolmentId));
      return { teacherId, programmes };
    },
  }),
);
