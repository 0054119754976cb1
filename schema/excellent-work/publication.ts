/**
 * The province-wide library of published excellent work (优秀成果): `Evidence.publication` (who made it, where, the
 * subject, whether it has a video) and `publishedEvidence`, the library page. Published work with the teacher's
 * consent is public to everyone signed in to an organisation of the same province (evidenceAccess 'PUBLIC').
 */
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { Context } from '../../api/context.js';
import { Prisma } from '../../api/db/generated/prisma/client.js';
import { builder } from '../builder.js';
import { Competency } from '../catalogues/index.js';
import { Evidence, evidenceVisibleWhere, provinceOf } from '../evidence/index.js';
import { Programme } from '../programmes/index.js';
import { normaliseSubject } from './rules.js';

/** Published (and still consented to) excellent work: what the library lists and `publication` describes. */
export const PUBLISHED_WHERE = {
  publishedAt: { not: null },
  publishConsent: true,
  status: 'ASSESSED',
  outcome: 'EXCELLENT',
} satisfies Prisma.EvidenceWhereInput;

/** SQL: the evidence `e` has a video artefact (content type video/…) on its current version. */
export const HAS_VIDEO_SQL = Prisma.sql`EXISTS (
  SELECT 1 FROM "EvidenceVersion" v
    JOIN "EvidenceArtefact" a ON a."versionId" = v.id
    JOIN "StoredFile" f ON f.id = a."fileId"
   WHERE v."evidenceId" = e.id AND v.version = e.version AND lower(f."contentType") LIKE 'video/%')`;

/** Per request: whether each evidence asked about has a video on its current version (one statement a request). */
const videoLoader = createContextCache(
  (context: Context) =>
    new DataLoader<string, boolean>(async (ids) => {
      const rows = await context.db.prisma.$queryRaw<Array<{ id: string }>>`
        SELECT e.id FROM "Evidence" e WHERE e.id = ANY(${[...ids]}::text[]) AND ${HAS_VIDEO_SQL}`;
      const found = new Set(rows.map((row) => row.id));
      return ids.map((id) => found.has(id));
    }),
);

/** The provinces ("/province/") of the viewer's human roles (a sync client reads no published work). */
function viewerProvinces(context: Context): string[] {
  return [
    ...new Set(
      context.viewer.assignments
        .filter((assignment) => assignment.role !== 'SYNC_CLIENT')
        .map((assignment) => provinceOf(assignment.orgPath)),
    ),
  ];
}

interface PublicationShape {
  evidenceId: string;
  publishedAt: Date;
  authorName: string;
  schoolName: string;
  subject: string | null;
}

const EvidencePublication = builder.objectRef<PublicationShape>('EvidencePublication').implement({
  description:
    'Excellent work published province-wide (优秀成果) with the teacher’s consent: public to everyone signed in within the province, ' +
    'with its author and school.',
  fields: (t) => ({
    publishedAt: t.expose('publishedAt', { type: 'DateTime', description: 'When it was published.' }),
    authorName: t.exposeString('authorName', { description: 'The teacher’s display name.' }),
    schoolName: t.exposeString('schoolName', { description: 'The name of the teacher’s school.' }),
    subject: t.exposeString('subject', {
      nullable: true,
      description: 'The subject the teacher teaches (语文, 数学 …); null when they gave none.',
    }),
    hasVideo: t.boolean({
      description: 'True when the published version has a video artefact (e.g. the reflection video).',
      resolve: (publication, _args, context) => videoLoader(context).load(publication.evidenceId),
    }),
  }),
});

builder.prismaObjectFields('Evidence', (t) => ({
  publication: t.field({
    type: EvidencePublication,
    nullable: true,
    description:
      'The province-wide publication of this excellent work: null unless it is published and the teacher still consents. Whoever sees ' +
      'the evidence sees it (published work is public within the province).',
    select: {
      id: true,
      publishedAt: true,
      publishConsent: true,
      status: true,
      outcome: true,
      teacher: { select: { displayName: true, teachingSubject: true } },
      enrolment: { select: { school: { select: { name: true } } } },
    },
    resolve: (evidence) =>
      evidence.publishedAt &&
      evidence.publishConsent &&
      evidence.status === 'ASSESSED' &&
      evidence.outcome === 'EXCELLENT'
        ? {
            evidenceId: evidence.id,
            publishedAt: evidence.publishedAt,
            authorName: evidence.teacher.displayName,
            schoolName: evidence.enrolment.school.name,
            subject: normaliseSubject(evidence.teacher.teachingSubject),
          }
        : null,
  }),
}));

/** The library's filter: published excellent work of the viewer's provinces that they see, narrowed by the arguments. */
function libraryWhere(
  context: Context,
  args: { programmeId?: { id: string } | null; competencyId?: { id: string } | null; subject?: string | null },
): Prisma.EvidenceWhereInput {
  // Without a province (anonymous viewers, sync clients) `within` is false everywhere.
  const provinces = viewerProvinces(context);
  const subject = normaliseSubject(args.subject);
  return {
    AND: [
      evidenceVisibleWhere(context) as Prisma.EvidenceWhereInput,
      {
        ...PUBLISHED_WHERE,
        ...context.viewer.within('orgPath', provinces),
        ...(args.programmeId ? { programmeId: args.programmeId.id } : {}),
        ...(args.competencyId ? { competencyId: args.competencyId.id } : {}),
        ...(subject ? { teacher: { teachingSubject: subject } } : {}),
      },
    ],
  };
}

builder.queryField('publishedEvidence', (t) =>
  t.prismaConnection({
    type: Evidence,
    cursor: 'id',
    description:
      'The province-wide library of published excellent work (优秀成果, 供全省教师学习点评): excellent evidence published by schools with ' +
      'the teachers’ consent, in the viewer’s province (every province they hold a role in), newest first. Each item’s `publication` ' +
      'gives the author, school, subject and whether it has a video. Empty for anonymous viewers and sync clients. At most 100 a page.',
    args: {
      programmeId: t.arg.globalID({ required: false, for: Programme, description: 'Only work of this programme.' }),
      competencyId: t.arg.globalID({
        required: false,
        for: Competency,
        description: 'Only work proving this competency.',
      }),
      subject: t.arg.string({
        required: false,
        description: 'Only work of teachers of this subject (语文, 数学 …), exactly as they gave it.',
      }),
    },
    totalCount: (_root, args, context) => context.db.prisma.evidence.count({ where: libraryWhere(context, args) }),
    resolve: (query, _root, args, context) =>
      context.db.prisma.evidence.findMany({
        ...query,
        where: libraryWhere(context, args),
        orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      }),
  }),
);
