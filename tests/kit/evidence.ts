/**
 * Factories for evidence tests: programmes with evidence rules, group membership, and evidence written straight to
 * the database (for reviewers' queues, peer allocation and publication tests that need many pieces in a given state).
 * The submit path itself is tested through the API (tests/integration/evidence*.test.ts).
 */
import type { PrismaClient } from '../../api/db/client.js';
import type { EvidenceOutcome, EvidenceStatus } from '../../api/db/generated/prisma/enums.js';
import { gid, unique } from './ids.js';
import type { EnrolmentRef, OrgRef, UserRef } from './world.js';

/** Makes `teacher` a member (TEACHER role) of a teaching-research group. */
export async function joinGroup(prisma: PrismaClient, teacher: UserRef, group: OrgRef): Promise<void> {
  await prisma.roleAssignment.create({
    data: { userId: teacher.id, role: 'TEACHER', organisationId: group.id, orgPath: group.path },
  });
}

/** The id of a competency of the catalogue by code ("C1"). */
export async function competencyId(prisma: PrismaClient, catalogueId: string, code: string): Promise<string> {
  const row = await prisma.competency.findUniqueOrThrow({
    where: { catalogueId_code: { catalogueId, code } },
    select: { id: true },
  });
  return row.id;
}

export interface EvidenceRowOptions {
  status?: EvidenceStatus;
  version?: number;
  /** The group the teacher was in at submission; null for none (default). */
  group?: OrgRef | null;
  outcome?: EvidenceOutcome | null;
  points?: number | null;
  sampled?: boolean;
  published?: boolean;
  publishConsent?: boolean;
  /** Adds one PDF artefact in slot `plan` to the current version (default true). */
  withArtefact?: boolean;
}

export interface EvidenceRef {
  id: string;
  gid: string;
  competencyId: string;
  /** The artefact's stored file, when one was made. */
  fileId: string | null;
}

/** A teacher's evidence of a competency, in the given state (default SUBMITTED, version 1), with its versions. */
export async function evidenceRow(
  prisma: PrismaClient,
  enrolment: EnrolmentRef,
  programme: { id: string; catalogueId: string },
  code: string,
  options: EvidenceRowOptions = {},
): Promise<EvidenceRef> {
  const status = options.status ?? 'SUBMITTED';
  const version = options.version ?? 1;
  const submitted = status !== 'DRAFT' || version > 1;
  const now = new Date();
  const competency = await competencyId(prisma, programme.catalogueId, code);
  const evidence = await prisma.evidence.create({
    data: {
      enrolmentId: enrolment.id,
      competencyId: competency,
      programmeId: programme.id,
      teacherId: enrolment.teacher.id,
      status,
      version,
      outcome: options.outcome ?? null,
      points: options.points ?? null,
      firstSubmittedAt: submitted ? now : null,
      submittedAt: status === 'DRAFT' ? null : now,
      assessedAt: status === 'ASSESSED' ? now : null,
      sampledAt: options.sampled ? now : null,
      publishedAt: options.published ? now : null,
      publishConsent: options.publishConsent ?? options.published ?? false,
      orgPath: enrolment.orgPath,
      groupPath: options.group?.path ?? null,
    },
  });
  let fileId: string | null = null;
  for (let v = 1; v <= version; v++) {
    const row = await prisma.evidenceVersion.create({
      data: { evidenceId: evidence.id, version: v, submittedAt: v < version || status !== 'DRAFT' ? now : null },
    });
    if (v === version && (options.withArtefact ?? true)) {
      const file = await prisma.storedFile.create({
        data: {
          storageKey: `evidence-${unique()}${unique()}`,
          filename: 'plan.pdf',
          contentType: 'application/pdf',
          size: 1,
          sha256: '0'.repeat(64),
          orgPath: enrolment.orgPath,
          uploadedById: enrolment.teacher.id,
        },
      });
      fileId = file.id;
      await prisma.evidenceArtefact.create({ data: { versionId: row.id, slot: 'plan', fileId: file.id } });
    }
  }
  return { id: evidence.id, gid: gid('Evidence', evidence.id), competencyId: competency, fileId };
}
