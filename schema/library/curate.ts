/**
 * Curating an excellent output into a library (收录): a tutor into their class's school's library, a school admin into
 * the school's, a district admin into the district's or a school's, a province admin into any on the source's line.
 * The resource waits for its author's consent (AWAITING_CONSENT); attribution is the author's name and school now.
 */
import { z } from 'zod';
import type { Context } from '../../api/context.js';
import type { PrismaClient } from '../../api/db/client.js';
import { Prisma } from '../../api/db/generated/prisma/client.js';
import type { SchoolStage as SchoolStageValue } from '../../api/db/generated/prisma/enums.js';
import { segmenter } from '../../api/library/segmenter.js';
import { AssignmentSubmission } from '../assignments/index.js';
import { builder } from '../builder.js';
import { Competency } from '../catalogues/index.js';
import { Evidence } from '../evidence/index.js';
import { SchoolStage } from '../programmes/index.js';
import {
  ACTIONS,
  actingUserId,
  ConflictError,
  ForbiddenActionError,
  globalIdSchema,
  InvalidStateError,
  inputIssue,
  NotFoundError,
  parseInput,
  payloadQuery,
  type ResourceKind,
  scopeOf,
} from '../shared/index.js';
import { Share } from '../shares/index.js';
import { ClassNotice } from '../workshops/index.js';
import { curateErrors } from './errors.js';
import { LibraryResource, LibraryResourceKind, LibraryScope, LibrarySourceKind } from './resource.js';
import {
  ancestorPaths,
  attribution,
  type CurationSource,
  type CuratorOrganisation,
  chooseFile,
  type LibraryKindValue,
  type LibraryScopeValue,
  type LibrarySourceKindValue,
  MAX_LIBRARY_BODY_LENGTH,
  MAX_LIBRARY_SUBJECT_LENGTH,
  MAX_LIBRARY_TITLE_LENGTH,
  mayCurateInto,
  plainText,
  SCOPE_ORGANISATION_KIND,
  type SourceFile,
  type SourceRefusal,
  searchTokens,
  sourceRefusal,
  tagNames,
} from './rules.js';

const RESOURCE_OF: Record<LibrarySourceKindValue, ResourceKind> = {
  SHARE: 'Share',
  ASSIGNMENT_SUBMISSION: 'AssignmentSubmission',
  EVIDENCE: 'Evidence',
  CLASS_NOTICE: 'ClassNotice',
};

const REFUSAL_VARIANT: Record<SourceRefusal, string> = {
  SHARE_NOT_ACTIVE: 'libraryShareNotActive',
  SUBMISSION_NOT_MARKED: 'librarySubmissionNotMarked',
  EVIDENCE_NOT_PASSED: 'libraryEvidenceNotPassed',
  NOTICE_NOT_BRIEFING: 'libraryNoticeNotBriefing',
};

const LibrarySourceInput = builder.inputType('LibrarySourceInput', {
  description: 'The output to curate: its kind and its global ID.',
  fields: (t) => ({
    kind: t.field({ type: LibrarySourceKind, required: true, description: 'What it is.' }),
    id: t.globalID({
      required: true,
      for: [Share, AssignmentSubmission, Evidence, ClassNotice],
      description: 'A Share, AssignmentSubmission, Evidence or ClassNotice of that kind.',
    }),
  }),
});

const CurateLibraryResourceInput = builder.inputType('CurateLibraryResourceInput', {
  description: 'An output to put into a library, and how to present and tag it.',
  fields: (t) => ({
    source: t.field({ type: LibrarySourceInput, required: true, description: 'The output.' }),
    scope: t.field({
      type: LibraryScope,
      required: true,
      description:
        'Whose library: the source’s school’s (SCHOOL), its district’s (DISTRICT) or its province’s (PROVINCE).',
    }),
    kind: t.field({ type: LibraryResourceKind, required: true, description: 'The kind of work (a tag).' }),
    title: t.string({
      required: false,
      description: `1 to ${MAX_LIBRARY_TITLE_LENGTH} characters; default the source’s title (a share’s or briefing’s title, the assignment’s title, the evidence’s competency).`,
    }),
    body: t.string({
      required: false,
      description: `A description, or the content itself when there is no file: up to ${MAX_LIBRARY_BODY_LENGTH} characters; default the source’s text (a link share’s URL, the marked answer’s text, the evidence version’s note, the briefing’s HTML).`,
    }),
    competencyId: t.globalID({
      required: false,
      for: Competency,
      description:
        'The micro-competency it serves (a tag), of the programme’s catalogue; default the source’s competency.',
    }),
    stage: t.field({
      type: SchoolStage,
      required: false,
      description: 'The school stage (学段, a tag); default the author’s stage.',
    }),
    subject: t.string({
      required: false,
      description: `The subject (a tag): 1 to ${MAX_LIBRARY_SUBJECT_LENGTH} characters; default the author’s teaching subject.`,
    }),
  }),
});

const curateSchema = z.object({
  source: z.object({
    kind: z.enum(['SHARE', 'ASSIGNMENT_SUBMISSION', 'EVIDENCE', 'CLASS_NOTICE']),
    id: globalIdSchema,
  }),
  scope: z.enum(['SCHOOL', 'DISTRICT', 'PROVINCE']),
  kind: z.enum(['LESSON_PLAN', 'COURSEWARE', 'VIDEO', 'CASE', 'REFLECTION', 'BRIEFING', 'ARTICLE', 'OTHER']),
  title: z.string().trim().min(1).max(MAX_LIBRARY_TITLE_LENGTH).nullish(),
  body: z.string().trim().max(MAX_LIBRARY_BODY_LENGTH).nullish(),
  competencyId: globalIdSchema.nullish(),
  stage: z.enum(['KINDERGARTEN', 'PRIMARY', 'JUNIOR_SECONDARY', 'SENIOR_SECONDARY', 'VOCATIONAL']).nullish(),
  subject: z.string().trim().min(1).max(MAX_LIBRARY_SUBJECT_LENGTH).nullish(),
});

/** A source as curation sees it, whatever its kind. */
interface SourceFacts {
  eligibility: CurationSource;
  title: string;
  body: string;
  authorId: string;
  author: { displayName: string; stage: SchoolStageValue | null; teachingSubject: string | null };
  school: { path: string; name: string };
  /** The source's organisations, most specific first (its class, its school). */
  paths: string[];
  programmeId: string;
  catalogueId: string;
  competencyId: string | null;
  files: SourceFile[];
}

const AUTHOR = { select: { displayName: true, stage: true, teachingSubject: true } } as const;
const FILE = { select: { id: true, contentType: true } } as const;
const ENROLMENT = {
  select: {
    programmeId: true,
    programme: { select: { catalogueId: true } },
    school: { select: { path: true, name: true } },
    class: { select: { path: true } },
    teacher: AUTHOR,
  },
} as const;

const pathsOf = (classPath: string | null | undefined, schoolPath: string) =>
  classPath ? [classPath, schoolPath] : [schoolPath];

/** Loads a source's facts (one statement; two for a briefing, whose files are attachments). */
async function loadSource(prisma: PrismaClient, kind: LibrarySourceKindValue, id: string): Promise<SourceFacts | null> {
  switch (kind) {
    case 'SHARE': {
      const share = await prisma.share.findUnique({
        where: { id },
        select: {
          status: true,
          title: true,
          url: true,
          teacherId: true,
          competencyId: true,
          file: FILE,
          enrolment: ENROLMENT,
        },
      });
      if (!share) return null;
      const { enrolment } = share;
      return {
        eligibility: { kind, status: share.status },
        title: share.title,
        body: share.url ?? '',
        authorId: share.teacherId,
        author: enrolment.teacher,
        school: enrolment.school,
        paths: pathsOf(enrolment.class?.path, enrolment.school.path),
        programmeId: enrolment.programmeId,
        catalogueId: enrolment.programme.catalogueId,
        competencyId: share.competencyId,
        files: share.file ? [{ fileId: share.file.id, contentType: share.file.contentType }] : [],
      };
    }
    case 'ASSIGNMENT_SUBMISSION': {
      const submission = await prisma.assignmentSubmission.findUnique({
        where: { id },
        select: {
          status: true,
          attempt: true,
          teacherId: true,
          assignment: { select: { title: true } },
          attempts: { select: { attempt: true, text: true, file: FILE } },
          enrolment: ENROLMENT,
        },
      });
      if (!submission) return null;
      const { enrolment } = submission;
      const current = submission.attempts.find((attempt) => attempt.attempt === submission.attempt);
      return {
        eligibility: { kind, status: submission.status },
        title: submission.assignment.title,
        body: current?.text ?? '',
        authorId: submission.teacherId,
        author: enrolment.teacher,
        school: enrolment.school,
        paths: pathsOf(enrolment.class?.path, enrolment.school.path),
        programmeId: enrolment.programmeId,
        catalogueId: enrolment.programme.catalogueId,
        competencyId: null,
        files: current?.file ? [{ fileId: current.file.id, contentType: current.file.contentType }] : [],
      };
    }
    case 'EVIDENCE': {
      const evidence = await prisma.evidence.findUnique({
        where: { id },
        select: {
          status: true,
          outcome: true,
          version: true,
          teacherId: true,
          groupPath: true,
          competencyId: true,
          competency: { select: { code: true, nameZh: true } },
          versions: {
            select: {
              version: true,
              note: true,
              artefacts: { select: { file: FILE }, orderBy: [{ position: 'asc' }, { createdAt: 'asc' }] },
            },
          },
          enrolment: ENROLMENT,
        },
      });
      if (!evidence) return null;
      const { enrolment } = evidence;
      const current = evidence.versions.find((version) => version.version === evidence.version);
      return {
        eligibility: { kind, status: evidence.status, outcome: evidence.outcome },
        title: `${evidence.competency.code} ${evidence.competency.nameZh}`,
        body: current?.note ?? '',
        authorId: evidence.teacherId,
        author: enrolment.teacher,
        school: enrolment.school,
        paths: [...(evidence.groupPath ? [evidence.groupPath] : []), enrolment.school.path],
        programmeId: enrolment.programmeId,
        catalogueId: enrolment.programme.catalogueId,
        competencyId: evidence.competencyId,
        files: (current?.artefacts ?? []).map((artefact) => ({
          fileId: artefact.file.id,
          contentType: artefact.file.contentType,
        })),
      };
    }
    case 'CLASS_NOTICE': {
      const [notice, attachments] = await Promise.all([
        prisma.classNotice.findUnique({
          where: { id },
          select: {
            kind: true,
            title: true,
            body: true,
            authorId: true,
            orgPath: true,
            programmeId: true,
            programme: { select: { catalogueId: true } },
            class: { select: { parent: { select: { path: true, name: true } } } },
            author: AUTHOR,
          },
        }),
        prisma.attachment.findMany({
          where: { ownerType: 'ClassNotice', ownerId: id },
          select: { file: FILE },
          orderBy: { position: 'asc' },
        }),
      ]);
      const school = notice?.class.parent;
      if (!notice || !school) return null;
      return {
        eligibility: { kind, noticeKind: notice.kind },
        title: notice.title,
        body: notice.body,
        authorId: notice.authorId,
        author: notice.author,
        school,
        paths: [notice.orgPath, school.path],
        programmeId: notice.programmeId,
        catalogueId: notice.programme.catalogueId,
        competencyId: null,
        files: attachments.map((attachment) => ({
          fileId: attachment.file.id,
          contentType: attachment.file.contentType,
        })),
      };
    }
  }
}

/** The organisations where the viewer holds a curating role (library:curate), with their kinds. */
function curatorOrganisations(context: Context): CuratorOrganisation[] {
  const paths = new Set(scopeOf(context.viewer, 'library:curate'));
  return context.viewer.assignments
    .filter((assignment) => paths.has(assignment.orgPath))
    .map((assignment) => ({ path: assignment.orgPath, kind: assignment.organisationKind }));
}

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

builder.mutationField('curateLibraryResource', (t) =>
  t.prismaField({
    type: LibraryResource,
    description:
      'Curates an excellent output into a library (收录, action library:curate over the source): an ACTIVE share, a MARKED assignment ' +
      'submission, evidence ASSESSED as PASS or EXCELLENT, or a class briefing (简报). A class tutor curates into their class’s school’s ' +
      'library, a school admin into the school’s, a district admin into the district’s or a school’s, a province admin into any on the ' +
      'source’s line (else FORBIDDEN_ACTION). The resource waits for the author’s consent (AWAITING_CONSENT); it keeps the author’s name ' +
      'and school as attribution and the source’s file. The same output in the same library twice is CONFLICT.',
    authorize: {
      action: 'library:curate',
      resource: (_root, args) => ({ kind: RESOURCE_OF[args.input.source.kind], id: args.input.source.id.id }),
      afterClosing: 'allowed',
      afterClosingReason:
        'a library entry is a copy of finished work made after the fact (libraries are built when a programme ends), not a record of the school in the programme',
    },
    errors: {
      types: curateErrors,
      result: { description: 'The resource is curated and waits for the author’s consent.' },
      dataField: { name: 'resource', description: 'The new resource (AWAITING_CONSENT).' },
    },
    args: {
      input: t.arg({
        type: CurateLibraryResourceInput,
        required: true,
        description: 'The output and its presentation.',
      }),
    },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(curateSchema, args.input);
      const prisma = context.db.prisma;
      const curatorId = actingUserId(context);
      const sourceId = input.source.id.id;
      const source = await loadSource(prisma, input.source.kind, sourceId);
      if (!source) throw new NotFoundError(RESOURCE_OF[input.source.kind]);
      const authorId = source.authorId;
      const refusal = sourceRefusal(source.eligibility);
      if (refusal) throw new InvalidStateError(REFUSAL_VARIANT[refusal]);

      const scope: LibraryScopeValue = input.scope;
      const scopeOrganisation = await prisma.organisation.findFirst({
        where: { path: { in: ancestorPaths(source.school.path) }, kind: SCOPE_ORGANISATION_KIND[scope] },
        select: { id: true, path: true },
      });
      if (!scopeOrganisation) throw new NotFoundError('Organisation');
      if (!mayCurateInto(curatorOrganisations(context), source.paths, scopeOrganisation.path))
        throw new ForbiddenActionError('library:curate', ACTIONS['library:curate'].roles);

      const competencyId = input.competencyId?.id ?? source.competencyId;
      const competency = competencyId
        ? await prisma.competency.findUnique({
            where: { id: competencyId },
            select: { catalogueId: true, code: true, nameZh: true },
          })
        : null;
      if (input.competencyId && competency?.catalogueId !== source.catalogueId)
        throw inputIssue(['competencyId'], 'VALIDATION.libraryCompetency');

      const existing = await prisma.libraryResource.findUnique({
        where: {
          scopeOrganisationId_sourceKind_sourceId: {
            scopeOrganisationId: scopeOrganisation.id,
            sourceKind: input.source.kind,
            sourceId,
          },
        },
        select: { status: true },
      });
      if (existing) throw new ConflictError('libraryAlreadyCurated', { status: existing.status });

      const kind: LibraryKindValue = input.kind;
      const title = input.title ?? source.title.trim();
      if (!title) throw inputIssue(['title'], 'VALIDATION.libraryNoTitle');
      const body = input.body ?? source.body;
      const stage = input.stage ?? source.author.stage;
      const subject = input.subject ?? source.author.teachingSubject?.trim() ?? null;
      const tags = tagNames({ competency, stage, subject: subject || null, kind });
      const segment = await segmenter();
      let created: { id: string };
      try {
        created = await prisma.libraryResource.create({
          data: {
            scope,
            scopeOrganisationId: scopeOrganisation.id,
            orgPath: scopeOrganisation.path,
            sourceOrgPath: source.school.path,
            sourceKind: input.source.kind,
            sourceId,
            programmeId: source.programmeId,
            authorId,
            attribution: attribution(source.author.displayName, source.school.name),
            curatedById: curatorId,
            title,
            body,
            kind,
            competencyId: competency ? competencyId : null,
            stage: stage ?? null,
            subject: subject || null,
            fileId: chooseFile(kind, source.files),
            searchTokens: searchTokens({ title, body: plainText(body), tags }, segment),
          },
          select: { id: true },
        });
      } catch (error) {
        // Two curators at once: the unique key (scope organisation, source) lets one through.
        if (isUniqueViolation(error)) throw new ConflictError('libraryAlreadyCurated', { status: 'AWAITING_CONSENT' });
        throw error;
      }
      return prisma.libraryResource.findUniqueOrThrow({ ...payloadQuery(query), where: { id: created.id } });
    },
  }),
);
