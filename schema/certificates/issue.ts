/**
 * Issuing certificates for a programme (or one school of it): COMPLETION (结业证书) to every teacher who qualifies,
 * EXCELLENT_TRAINEE (优秀学员证书) to every CONFIRMED excellent nominee (the quota is enforced when nominating) who is
 * not in remedial study (补学: 此类教师不参加评优). Idempotent per (enrolment, kind): a second run issues only what is
 * missing. One transaction, serialised per programme (advisory lock), in a fixed number of statements: the status
 * indices come from the sequence in one statement, the rows are inserted with createMany.
 */
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import { buildCredential, type CertificateKindValue, signCredential } from '../../api/certificates/credential.js';
import { currentIssuerKey } from '../../api/certificates/keys.js';
import { certificateSettings } from '../../api/certificates/settings.js';
import type { Context } from '../../api/context.js';
import { Prisma } from '../../api/db/generated/prisma/client.js';
import { translate } from '../../api/i18n/messages.js';
import { builder } from '../builder.js';
import { loadQualifications } from '../completion/index.js';
import { Organisation } from '../organisations/index.js';
import { Programme, parseProgrammeRules } from '../programmes/index.js';
import { ConflictError, globalIdSchema, InvalidStateError, NotFoundError, parseInput } from '../shared/index.js';
import { Certificate, CertificateKind } from './certificate.js';
import { issueCertificatesErrors } from './errors.js';
import { expiryOf, type IssueOutcome, issueOutcome } from './rules.js';

const TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 120_000 } as const;
const INSERT_CHUNK = 1000;

export const CertificateIssueOutcome = builder.enumType('CertificateIssueOutcome', {
  description: 'What issuing did for one teacher.',
  values: {
    ISSUED: { description: 'A certificate was issued now.' },
    ALREADY_ISSUED: { description: 'The teacher already had this certificate: nothing changed.' },
    NOT_QUALIFIED: { description: 'COMPLETION: the teacher does not qualify (yet); `reasons` says why.' },
    IN_REMEDIATION: {
      description: 'EXCELLENT_TRAINEE: the teacher is in remedial study (补学) and does not take part.',
    },
  } as const,
});

interface RowShape {
  enrolmentId: string;
  teacherName: string;
  outcome: IssueOutcome;
  reasons: string[];
  certificate: Prisma.CertificateGetPayload<object> | null;
}

const CertificateIssueRow = builder.objectRef<RowShape>('CertificateIssueRow').implement({
  description: 'One teacher considered by issueCertificates.',
  fields: (t) => ({
    enrolmentId: t.globalID({
      description: 'The teacher’s enrolment (an Enrolment global ID).',
      resolve: (row) => ({ type: 'Enrolment', id: row.enrolmentId }),
    }),
    teacherName: t.exposeString('teacherName', { description: 'The teacher’s name.' }),
    outcome: t.field({ type: CertificateIssueOutcome, description: 'What happened.', resolve: (row) => row.outcome }),
    reasons: t.stringList({
      description: 'Why not, in the request’s language (NOT_QUALIFIED, IN_REMEDIATION); empty otherwise.',
      resolve: (row) => row.reasons,
    }),
    certificate: t.field({
      type: Certificate,
      nullable: true,
      description: 'The certificate (ISSUED, ALREADY_ISSUED); null otherwise.',
      resolve: (row) => row.certificate,
    }),
  }),
});

interface PayloadShape {
  kind: CertificateKindValue;
  rows: RowShape[];
}

const IssueCertificatesPayload = builder.objectRef<PayloadShape>('IssueCertificatesPayload').implement({
  description: 'The certificates are issued.',
  fields: (t) => ({
    kind: t.field({ type: CertificateKind, description: 'The kind issued.', resolve: (p) => p.kind }),
    issued: t.int({ description: 'Issued now.', resolve: (p) => p.rows.filter((r) => r.outcome === 'ISSUED').length }),
    alreadyIssued: t.int({
      description: 'Already issued before (unchanged).',
      resolve: (p) => p.rows.filter((r) => r.outcome === 'ALREADY_ISSUED').length,
    }),
    skipped: t.int({
      description: 'Not eligible (NOT_QUALIFIED, IN_REMEDIATION).',
      resolve: (p) => p.rows.filter((r) => r.outcome !== 'ISSUED' && r.outcome !== 'ALREADY_ISSUED').length,
    }),
    rows: t.field({
      type: [CertificateIssueRow],
      description:
        'One row per teacher considered, by name: for COMPLETION every enrolled teacher (of the school), for EXCELLENT_TRAINEE every ' +
        'CONFIRMED nominee.',
      resolve: (p) => p.rows,
    }),
  }),
});

const IssueCertificatesInput = builder.inputType('IssueCertificatesInput', {
  description: 'Which certificates to issue, and to whom.',
  fields: (t) => ({
    programmeId: t.globalID({ required: true, for: Programme, description: 'The programme.' }),
    schoolId: t.globalID({
      required: false,
      for: Organisation,
      description:
        'Only this school’s teachers (an Organisation of kind SCHOOL in the programme’s district); all when absent.',
    }),
    kind: t.field({ type: CertificateKind, required: true, description: 'COMPLETION or EXCELLENT_TRAINEE.' }),
  }),
});

const inputSchema = z.object({
  programmeId: globalIdSchema,
  schoolId: globalIdSchema.nullish(),
  kind: z.enum(['COMPLETION', 'EXCELLENT_TRAINEE']),
});

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

async function issue(context: Context, input: z.infer<typeof inputSchema>): Promise<PayloadShape> {
  const prisma = context.db.prisma;
  const programmeId = input.programmeId.id;
  const programme = await prisma.programme.findUnique({
    where: { id: programmeId },
    select: { id: true, name: true, orgPath: true, status: true, rules: true, district: { select: { name: true } } },
  });
  if (!programme || !context.viewer.isOnLine(programme.orgPath)) throw new NotFoundError('Programme');
  let schoolId: string | null = null;
  if (input.schoolId) {
    const school = await prisma.organisation.findUnique({
      where: { id: input.schoolId.id },
      select: { id: true, path: true, kind: true },
    });
    if (school?.kind !== 'SCHOOL') throw new NotFoundError('School');
    if (!school.path.startsWith(programme.orgPath)) throw new InvalidStateError('certificateSchoolOutside');
    schoolId = school.id;
  }
  const rules = parseProgrammeRules(programme.rules).certificates;
  const kind = input.kind;
  if (kind === 'COMPLETION' ? !rules.completion : !rules.excellentTrainee)
    throw new InvalidStateError('certificatesNotIssued', { kind });
  if (programme.status === 'DRAFT') throw new InvalidStateError('certificateProgrammeDraft');
  const settings = certificateSettings(context.db);
  const key = await currentIssuerKey(prisma, settings.keySecret);
  const actorId = context.viewer.user?.id ?? null;

  const rows = await prisma
    .$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`certificates:${programmeId}`}::text))`;
      const enrolments = await tx.enrolment.findMany({
        where: {
          programmeId,
          ...(schoolId ? { schoolId } : {}),
          ...(kind === 'EXCELLENT_TRAINEE' ? { nomination: { status: 'CONFIRMED' } } : {}),
        },
        select: { id: true, teacherId: true, orgPath: true, teacher: { select: { displayName: true } } },
        orderBy: [{ teacher: { displayName: 'asc' } }, { id: 'asc' }],
      });
      const ids = enrolments.map((e) => e.id);
      if (ids.length === 0) return [];
      const [existing, qualifications, remedial] = await Promise.all([
        tx.certificate.findMany({ where: { kind, enrolmentId: { in: ids } } }),
        kind === 'COMPLETION'
          ? loadQualifications({ db: { prisma: tx }, locale: context.locale }, ids)
          : Promise.resolve(null),
        kind === 'EXCELLENT_TRAINEE'
          ? tx.remedialRound.findMany({
              where: { OR: [{ enrolmentId: { in: ids } }, { failedEnrolmentId: { in: ids } }] },
              select: { enrolmentId: true, failedEnrolmentId: true },
            })
          : Promise.resolve([]),
      ]);
      const issuedBy = new Map(existing.map((c) => [c.enrolmentId, c]));
      const inRemediation = new Set(remedial.flatMap((r) => [r.enrolmentId, r.failedEnrolmentId]));
      const decided = enrolments.map((enrolment) => {
        const qualification = qualifications?.get(enrolment.id) ?? null;
        const outcome = issueOutcome(kind, {
          issued: issuedBy.has(enrolment.id),
          qualified: qualification?.qualified ?? false,
          inRemediation: inRemediation.has(enrolment.id),
        });
        const reasons =
          outcome === 'NOT_QUALIFIED'
            ? (qualification?.reasons.map((reason) => reason.message) ?? [])
            : outcome === 'IN_REMEDIATION'
              ? [translate(context.locale, 'CERTIFICATE.IN_REMEDIATION')]
              : [];
        return { enrolment, outcome, reasons };
      });
      const toIssue = decided.filter((row) => row.outcome === 'ISSUED');
      const created = new Map<string, Prisma.CertificateGetPayload<object>>();
      if (toIssue.length) {
        const indices = await tx.$queryRaw<Array<{ index: number }>>`
          SELECT nextval(pg_get_serial_sequence('"Certificate"', 'statusIndex'))::int AS index
            FROM generate_series(1, ${toIssue.length}::int)`;
        const issuedAt = new Date(Math.floor(Date.now() / 1000) * 1000);
        const expiresAt = expiryOf(issuedAt, rules.validYears);
        const data = await Promise.all(
          toIssue.map(async ({ enrolment }, i) => {
            const id = uuidv7();
            const statusIndex = Number(indices[i]?.index);
            const credential = await signCredential(
              buildCredential(
                {
                  certificateId: id,
                  kind,
                  teacherName: enrolment.teacher.displayName,
                  programme: { id: programme.id, name: programme.name },
                  districtName: programme.district.name,
                  statusIndex,
                  issuedAt,
                  expiresAt,
                },
                settings,
              ),
              key,
            );
            return {
              id,
              kind,
              programmeId,
              enrolmentId: enrolment.id,
              teacherId: enrolment.teacherId,
              orgPath: enrolment.orgPath,
              keyId: key.kid,
              statusIndex,
              credential,
              issuedAt,
              expiresAt,
              issuedById: actorId,
              revokedAt: null,
              revokedById: null,
              revocationReason: null,
            };
          }),
        );
        for (let start = 0; start < data.length; start += INSERT_CHUNK)
          await tx.certificate.createMany({ data: data.slice(start, start + INSERT_CHUNK) });
        for (const row of data) created.set(row.enrolmentId, row);
      }
      return decided.map(({ enrolment, outcome, reasons }) => ({
        enrolmentId: enrolment.id,
        teacherName: enrolment.teacher.displayName,
        outcome,
        reasons,
        certificate: created.get(enrolment.id) ?? issuedBy.get(enrolment.id) ?? null,
      }));
    }, TRANSACTION_OPTIONS)
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) throw new ConflictError('certificatesMeanwhile');
      throw error;
    });
  return { kind, rows };
}

builder.mutationField('issueCertificates', (t) =>
  t.field({
    type: IssueCertificatesPayload,
    description:
      'Issues certificates (颁发证书, action certificate:issue over the programme, or the school when given: the district admin) as Open ' +
      'Badges 3.0 credentials signed with the current issuer key. COMPLETION (结业证书): every teacher who qualifies (完成全部研修任务，' +
      '网络研修合格; see `qualification`). EXCELLENT_TRAINEE (优秀学员证书): every CONFIRMED excellent nominee (the 15% quota is enforced ' +
      'when nominating) not in remedial study (补学). Idempotent: teachers who already have the certificate keep it (ALREADY_ISSUED); ' +
      'run it again after more teachers qualify. INVALID_STATE when the programme’s rules issue no certificates of the kind, or it is a ' +
      'draft. One transaction; one row per teacher considered.',
    authorize: {
      action: 'certificate:issue',
      resource: (_root, args) =>
        args.input.schoolId
          ? { kind: 'School', id: args.input.schoolId.id, programmeId: args.input.programmeId.id }
          : { kind: 'Programme', id: args.input.programmeId.id },
    },
    errors: { types: issueCertificatesErrors, directResult: true },
    args: { input: t.arg({ type: IssueCertificatesInput, required: true, description: 'What to issue.' }) },
    resolve: (_root, args, context) => issue(context, parseInput(inputSchema, args.input)),
  }),
);
