/**
 * What an evidence holds: its versions (each the artefacts as submitted then), the current version and its
 * artefacts, and, around it, the author (unless blind), the assessment specification, the programme and the
 * enrolment. A draft version is seen by its author only: every other viewer sees the submitted versions.
 *
 * Decision: versions, artefacts and their files are read by one per-request loader (one statement for every evidence
 * on a page, whatever the number of versions), and the author, programme and spec by loaders of their own, so a page
 * of evidence costs the same number of statements for 1 or 50 pieces.
 */
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { Context } from '../../api/context.js';
import type { Prisma } from '../../api/db/generated/prisma/client.js';
import { AssessmentSpec, specKey, specLoader } from '../assessment-specs/index.js';
import { builder } from '../builder.js';
import { canSeeEnrolment, Enrolment } from '../enrolments/index.js';
import { StoredFile } from '../files/index.js';
import { Programme, parseProgrammeRules } from '../programmes/index.js';
import { canSeeUser, User } from '../users/index.js';
import { authorVisibleTo, evidenceAccess, evidenceVisibleWhere } from './visibility.js';

/** The versions a viewer may see: submitted ones, and the author's own drafts. */
export function visibleVersionsWhere(context: Pick<Context, 'viewer'>): Prisma.EvidenceVersionWhereInput {
  const userId = context.viewer.user?.id;
  return {
    OR: [{ submittedAt: { not: null } }, ...(userId ? [{ evidence: { teacherId: userId } }] : [])],
  };
}

const ARTEFACT_ORDER = [{ slot: 'asc' }, { position: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }] as const;

const VERSION_INCLUDE = {
  artefacts: { orderBy: [...ARTEFACT_ORDER], include: { file: true } },
} as const satisfies Prisma.EvidenceVersionInclude;

export type VersionRow = Prisma.EvidenceVersionGetPayload<{ include: typeof VERSION_INCLUDE }>;
export type ArtefactRow = VersionRow['artefacts'][number];

/** The versions of each evidence the viewer may see, oldest first, with artefacts and files (one statement). */
export const versionsLoader = createContextCache(
  (context: Context) =>
    new DataLoader<string, VersionRow[]>(
      async (evidenceIds) => {
        const rows = await context.db.prisma.evidenceVersion.findMany({
          where: { evidenceId: { in: [...evidenceIds] }, ...visibleVersionsWhere(context) },
          orderBy: [{ evidenceId: 'asc' }, { version: 'asc' }],
          include: VERSION_INCLUDE,
        });
        const byEvidence = new Map<string, VersionRow[]>();
        for (const row of rows) byEvidence.set(row.evidenceId, [...(byEvidence.get(row.evidenceId) ?? []), row]);
        return evidenceIds.map((id) => byEvidence.get(id) ?? []);
      },
      { maxBatchSize: 500 },
    ),
);

/** The current version of an evidence, when the viewer may see it (a draft only its author). */
async function currentVersionOf(context: Context, evidence: { id: string; version: number }) {
  const versions = await versionsLoader(context).load(evidence.id);
  return versions.find((row) => row.version === evidence.version) ?? null;
}

/** Programmes by id, with their rules and status (one statement per page). */
export const programmeLoader = createContextCache(
  (context: Context) =>
    new DataLoader<string, Prisma.ProgrammeGetPayload<object> | null>(async (ids) => {
      const rows = await context.db.prisma.programme.findMany({ where: { id: { in: [...ids] } } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
);

/** Stored files by id (one statement per page). */
const storedFileLoader = createContextCache(
  (context: Context) =>
    new DataLoader<string, Prisma.StoredFileGetPayload<object> | null>(async (ids) => {
      const rows = await context.db.prisma.storedFile.findMany({ where: { id: { in: [...ids] } } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
);

type UserRow = Prisma.UserGetPayload<{ include: { roleAssignments: { select: { orgPath: true } } } }>;

/** Users by id with what the User type's check reads (one statement per page). */
const userLoader = createContextCache(
  (context: Context) =>
    new DataLoader<string, UserRow | null>(async (ids) => {
      const rows = await context.db.prisma.user.findMany({
        where: { id: { in: [...ids] } },
        include: { roleAssignments: { select: { orgPath: true }, orderBy: [{ role: 'asc' }, { id: 'asc' }] } },
      });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
);

/** Whether the viewer sees the evidence's author, by the programme's blind-review rules. */
export async function authorShown(
  context: Context,
  evidence: {
    id: string;
    teacherId: string;
    orgPath: string;
    groupPath: string | null;
    status: string;
    programmeId: string;
    firstSubmittedAt: Date | null;
    sampledAt: Date | null;
    publishedAt: Date | null;
  },
): Promise<boolean> {
  const access = await evidenceAccess(context, evidence);
  if (access === null) return false;
  if (access === 'AUTHOR') return true;
  const programme = await programmeLoader(context).load(evidence.programmeId);
  if (!programme) return false;
  return authorVisibleTo(context, evidence, access, parseProgrammeRules(programme.rules));
}

/** One artefact of an evidence version: a file in a slot of the assessment specification. */
export const EvidenceArtefact = builder.prismaNode('EvidenceArtefact', {
  id: { field: 'id' },
  nullable: true,
  description:
    'One file of an evidence version, in an artefact slot of the assessment specification (e.g. the activity plan, a piece of ' +
    'student work with the teacher’s comment, the reflection video with its duration read from the file).',
  findUnique: (id, context) => ({
    id,
    version: { ...visibleVersionsWhere(context), evidence: evidenceVisibleWhere(context) },
  }),
  fields: (t) => ({
    slot: t.exposeString('slot', { description: 'The key of the spec’s artefact slot it fills.' }),
    file: t.field({
      type: StoredFile,
      nullable: true,
      description: 'The file (download it through `downloadUrl`); null when the viewer may not reach it.',
      // Read with the artefact by the versions loader; through node(id), by the file loader.
      resolve: (artefact, _args, context) =>
        (artefact as Partial<ArtefactRow>).file ?? storedFileLoader(context).load(artefact.fileId),
    }),
    durationSeconds: t.exposeFloat('durationSeconds', {
      nullable: true,
      description:
        'A video’s duration in seconds, read from the MP4 file itself (its movie header); null for other files.',
    }),
    comment: t.exposeString('comment', {
      nullable: true,
      description: 'The teacher’s comment on it (e.g. on a piece of student work).',
    }),
    position: t.exposeInt('position', { description: 'Its place among the slot’s files (0, 1, …).' }),
    uploadedAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was added to the evidence.' }),
  }),
});

/** One version of an evidence: the artefacts as the teacher prepared (and, once submitted, submitted) them. */
export const EvidenceVersion = builder.prismaObject('EvidenceVersion', {
  description:
    'One version of an evidence (1, 2, …): its artefacts, the teacher’s note, and when it was submitted. A returned evidence is ' +
    'revised as a new version; earlier versions are kept unchanged.',
  fields: (t) => ({
    version: t.exposeInt('version', { description: 'Its number: 1 for the first, 2 after the first return, …' }),
    note: t.exposeString('note', { nullable: true, description: 'The teacher’s note when submitting it.' }),
    submittedAt: t.expose('submittedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was submitted; null while it is the author’s draft.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was started.' }),
    artefacts: t.field({
      type: [EvidenceArtefact],
      description: 'Its artefacts, by slot and position.',
      // Versions are only reached through the versions loader, which reads their artefacts and files with them.
      resolve: (version) => (version as VersionRow).artefacts,
    }),
  }),
});

builder.prismaObjectFields('Evidence', (t) => ({
  versions: t.field({
    type: [EvidenceVersion],
    description:
      'Every version the viewer may see, oldest first: all of them for the author, the submitted ones for everyone else.',
    select: { id: true },
    resolve: (evidence, _args, context) => versionsLoader(context).load(evidence.id),
  }),
  currentVersion: t.field({
    type: EvidenceVersion,
    nullable: true,
    description:
      'The current version (number `version`); null when it is a draft and the viewer is not its author (they see `versions`).',
    select: { id: true, version: true },
    resolve: (evidence, _args, context) => currentVersionOf(context, evidence),
  }),
  artefacts: t.field({
    type: [EvidenceArtefact],
    description: 'The artefacts of the current version (empty when the viewer may not see that version).',
    select: { id: true, version: true },
    resolve: async (evidence, _args, context) => (await currentVersionOf(context, evidence))?.artefacts ?? [],
  }),
  authorName: t.string({
    nullable: true,
    description:
      'The teacher’s display name; null when hidden from the viewer (blind peer review; blind assessment before the outcome).',
    select: {
      id: true,
      teacherId: true,
      orgPath: true,
      groupPath: true,
      status: true,
      programmeId: true,
      firstSubmittedAt: true,
      sampledAt: true,
      publishedAt: true,
      teacher: { select: { displayName: true } },
    },
    resolve: async (evidence, _args, context) =>
      (await authorShown(context, evidence)) ? evidence.teacher.displayName : null,
  }),
  author: t.field({
    type: User,
    nullable: true,
    description:
      'The teacher who prepared it; null when hidden from the viewer (blind peer review; blind assessment before the outcome) or ' +
      'when the viewer may not see the person (read `authorName` then).',
    select: {
      id: true,
      teacherId: true,
      orgPath: true,
      groupPath: true,
      status: true,
      programmeId: true,
      firstSubmittedAt: true,
      sampledAt: true,
      publishedAt: true,
    },
    resolve: async (evidence, _args, context) => {
      if (!(await authorShown(context, evidence))) return null;
      const user = await userLoader(context).load(evidence.teacherId);
      return user && canSeeUser(context.viewer, user) ? user : null;
    },
  }),
  spec: t.field({
    type: AssessmentSpec,
    nullable: true,
    description:
      'The assessment specification it answers (the programme’s override, or the catalogue’s); null if none.',
    select: { programmeId: true, competencyId: true },
    resolve: (evidence, _args, context) =>
      specLoader(context).load(specKey(evidence.programmeId, evidence.competencyId)),
  }),
  programme: t.field({
    type: Programme,
    nullable: true,
    description: 'The programme it belongs to; null for viewers outside the programme’s district (published work).',
    select: { programmeId: true },
    resolve: async (evidence, _args, context) => {
      const programme = await programmeLoader(context).load(evidence.programmeId);
      return programme && context.viewer.isOnLine(programme.orgPath) ? programme : null;
    },
  }),
  enrolment: t.field({
    type: Enrolment,
    nullable: true,
    description: 'The teacher’s enrolment; null for viewers who do not see enrolments (peers, other schools).',
    select: (_args, _context, nestedSelection) => ({ enrolment: nestedSelection(true) }),
    resolve: (evidence, _args, context) => {
      // The nested selection brings the Enrolment type's own include (its class path) along.
      const enrolment = evidence.enrolment as typeof evidence.enrolment & { class: { path: string } | null };
      return canSeeEnrolment(context, { ...enrolment, classPath: enrolment.class?.path ?? null }) ? enrolment : null;
    },
  }),
}));
