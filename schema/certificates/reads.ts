/** Reading certificates: the teacher's own, an enrolment's, and a programme's for the admins over the schools. */
import type { Context } from '../../api/context.js';
import { builder } from '../builder.js';
import { Organisation } from '../organisations/index.js';
import { Programme } from '../programmes/index.js';
import { Certificate, CertificateKind, certificateVisibleWhere } from './certificate.js';

/** Most certificates `myCertificates` lists (a teacher earns two per programme at most). */
const MAX_OWN = 100;

builder.prismaObjectField('Enrolment', 'certificates', (t) =>
  t.relation('certificates', {
    nullable: true,
    description:
      'The teacher’s certificates in this programme (COMPLETION, EXCELLENT_TRAINEE), revoked ones included. For the teacher and the ' +
      'school, district and province admins over the school (action credit:read); null for anyone else.',
    authorize: {
      action: 'credit:read',
      resource: (enrolment) => ({ paths: [enrolment.orgPath], ownerId: enrolment.teacherId }),
    },
    query: { orderBy: [{ issuedAt: 'asc' }, { kind: 'asc' }] },
  }),
);

function certificatesWhere(
  args: {
    programmeId: { id: string };
    schoolId?: { id: string } | null;
    kind?: 'COMPLETION' | 'EXCELLENT_TRAINEE' | null;
  },
  context: Context,
) {
  return {
    programmeId: args.programmeId.id,
    ...(args.schoolId ? { enrolment: { schoolId: args.schoolId.id } } : {}),
    ...(args.kind ? { kind: args.kind } : {}),
    ...certificateVisibleWhere(context),
  };
}

builder.queryFields((t) => ({
  myCertificates: t.prismaField({
    type: [Certificate],
    description: `The signed-in teacher’s certificates, newest first (at most ${MAX_OWN}); empty for anonymous viewers.`,
    resolve: (query, _root, _args, context) => {
      const userId = context.viewer.user?.id;
      return context.db.prisma.certificate.findMany({
        ...query,
        // Anonymous viewers own nothing.
        where: userId ? { teacherId: userId } : { id: { in: [] } },
        orderBy: [{ issuedAt: 'desc' }, { id: 'desc' }],
        take: MAX_OWN,
      });
    },
  }),
  certificates: t.prismaConnection({
    type: Certificate,
    cursor: 'id',
    description:
      'A programme’s certificates the viewer may see, oldest first: the school admin’s school, the district admin’s district, the ' +
      'province admin’s province (action credit:read), and a teacher’s own. At most 100 a page; the same number of SQL statements ' +
      'for any page size.',
    totalCount: (_root, args, context) =>
      context.db.prisma.certificate.count({ where: certificatesWhere(args, context) }),
    args: {
      programmeId: t.arg.globalID({ required: true, for: Programme, description: 'The programme.' }),
      schoolId: t.arg.globalID({
        required: false,
        for: Organisation,
        description: 'Only this school’s teachers (an Organisation of kind SCHOOL).',
      }),
      kind: t.arg({ type: CertificateKind, required: false, description: 'Only this kind.' }),
    },
    resolve: (query, _root, args, context) =>
      context.db.prisma.certificate.findMany({
        ...query,
        where: certificatesWhere(args, context),
        orderBy: [{ issuedAt: 'asc' }, { id: 'asc' }],
      }),
  }),
}));
