/**
 * Rows of certificates: issuing, revoking, the public verification, and reading certificates (the teacher's own, an
 * enrolment's, a programme's list, a certificate by id). Each tenant's teacher gets a COMPLETION certificate, signed
 * with the issuer key; the tenant programme's rules issue no excellent-trainee certificates, so an allowed
 * issueCertificates(EXCELLENT_TRAINEE) is refused with INVALID_STATE after the check and an allowed revokeCertificate
 * without a reason with INVALID_INPUT: nothing changes.
 */
import { v7 as uuidv7 } from 'uuid';
import { buildCredential, signCredential } from '../../../api/certificates/credential.js';
import { currentIssuerKey } from '../../../api/certificates/keys.js';
import { DEVELOPMENT_CERTIFICATE_SETTINGS } from '../../../api/certificates/settings.js';
import { gid } from '../../kit/ids.js';
import {
  actionOf,
  ask,
  DISTRICT_ADMIN_ACTION,
  everyone,
  lists,
  matrix,
  mutate,
  type Outcome,
  present,
  type Row,
  type Tenant,
  type Viewer,
} from './kit.js';

interface Objects {
  certificate: { id: string; gid: string; credential: string };
}

const objects = (x: Tenant) => x.extra.certificates as Objects;

export async function prepare(target: Tenant): Promise<void> {
  const prisma = matrix.t.db.prisma;
  const { p, enrolment } = target;
  const stored = await prisma.programme.findUniqueOrThrow({ where: { id: p.id }, select: { rules: true } });
  await prisma.programme.update({
    where: { id: p.id },
    data: { rules: { ...(stored.rules as object), certificates: { completion: true, excellentTrainee: false } } },
  });
  const key = await currentIssuerKey(prisma, DEVELOPMENT_CERTIFICATE_SETTINGS.keySecret);
  const id = uuidv7();
  const [row] = await prisma.$queryRaw<Array<{ index: number }>>`
    SELECT nextval(pg_get_serial_sequence('"Certificate"', 'statusIndex'))::int AS index`;
  const index = Number(row?.index);
  const issuedAt = new Date();
  const credential = await signCredential(
    buildCredential(
      {
        certificateId: id,
        kind: 'COMPLETION',
        teacherName: enrolment.teacher.displayName,
        programme: { id: p.id, name: p.name },
        districtName: target.d.district.name,
        statusIndex: index,
        issuedAt,
        expiresAt: null,
      },
      DEVELOPMENT_CERTIFICATE_SETTINGS,
    ),
    key,
  );
  await prisma.certificate.create({
    data: {
      id,
      kind: 'COMPLETION',
      programmeId: p.id,
      enrolmentId: enrolment.id,
      teacherId: enrolment.teacher.id,
      orgPath: enrolment.orgPath,
      keyId: key.kid,
      statusIndex: index,
      credential,
      issuedAt,
    },
  });
  target.extra.certificates = { certificate: { id, gid: gid('Certificate', id), credential } } satisfies Objects;
}

/** Who reads a teacher's certificates: the teacher and the admins over the school (credit:read). */
const CERTIFICATE_READERS: Partial<Record<Viewer, Outcome>> = {
  teacher: 'allowed',
  schoolAdmin: 'allowed',
  districtAdmin: 'allowed',
  provinceAdmin: 'allowed',
};

export const rows: Record<string, Row> = {
  'Mutation.issueCertificates': {
    run: (x, as) =>
      mutate('issueCertificates', 'IssueCertificatesInput', { programmeId: x.p.gid, kind: 'EXCELLENT_TRAINEE' }, as),
    own: DISTRICT_ADMIN_ACTION,
  },
  'Mutation.revokeCertificate': {
    run: (x, as) =>
      mutate(
        'revokeCertificate',
        'RevokeCertificateInput',
        { certificateId: objects(x).certificate.gid, reason: ' ' },
        as,
      ),
    own: actionOf(CERTIFICATE_READERS, 'districtAdmin'),
  },
  'Query.verifyCredential': {
    // Public: anyone verifies any credential, and learns only what it carries.
    run: async (x, as) => {
      const result = await ask(
        'query($c: String!) { verifyCredential(credential: $c) { valid status subjectName } }',
        { c: objects(x).certificate.credential },
        as,
      );
      return result?.valid === true && result.subjectName === x.enrolment.teacher.displayName ? 'allowed' : 'missing';
    },
    own: everyone('allowed'),
    other: everyone('allowed'),
  },
  'Query.myCertificates': {
    run: async (x, as) => lists(await ask('{ myCertificates { id } }', {}, as), objects(x).certificate.gid),
    own: { teacher: 'allowed' },
  },
  'Query.certificates': {
    run: async (x, as) =>
      lists(
        (await ask('query($p: ID!) { certificates(programmeId: $p, first: 100) { nodes { id } } }', { p: x.p.gid }, as))
          ?.nodes,
        objects(x).certificate.gid,
      ),
    own: CERTIFICATE_READERS,
  },
  'Enrolment.certificates': {
    run: async (x, as) =>
      present(
        (
          await ask(
            'query($id: ID!) { node(id: $id) { ... on Enrolment { certificates { id } } } }',
            { id: x.enrolment.gid },
            as,
          )
        )?.certificates,
      ),
    own: CERTIFICATE_READERS,
  },
};
