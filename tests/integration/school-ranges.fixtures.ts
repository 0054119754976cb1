/**
 * Test data for the school-range and school-plan suites, written straight to the database:
 * a district with schools and their staff, a programme over the national catalogue with the
 * schools in its batch, enrolments and selections; plus multipart uploads through `yoga.fetch`.
 */
import { randomBytes } from 'node:crypto';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Prisma } from '../../api/db/generated/prisma/client.js';
import type { SelectionStatus } from '../../api/db/generated/prisma/enums.js';
import { nationalCatalogue, principalLeadershipStandard, seedCatalogue } from '../../prisma/seed/catalogues.js';
import type { GraphQLResponse, TestApp } from '../helpers/app.js';
import type { OrgRef, UserRef } from '../helpers/factories.js';

const unique = () => randomBytes(4).toString('hex');

/** Seeds the national catalogue and the principals' standard (another catalogue). */
export async function seedCatalogues(t: TestApp) {
  await t.db.prisma.$transaction(
    async (tx) => {
      await seedCatalogue(tx, nationalCatalogue());
      await seedCatalogue(tx, principalLeadershipStandard());
    },
    { timeout: 60_000 },
  );
}

export async function catalogueData(t: TestApp) {
  const prisma = t.db.prisma;
  const national = await prisma.catalogue.findUniqueOrThrow({
    where: { code_version: { code: 'national-2019', version: '2019' } },
    select: { id: true },
  });
  const competencies = await prisma.competency.findMany({
    where: { catalogueId: national.id },
    select: { id: true, code: true },
    orderBy: { position: 'asc' },
  });
  const other = await prisma.competency.findFirstOrThrow({
    where: { catalogueId: { not: national.id } },
    select: { id: true },
  });
  const byCode = new Map(competencies.map((c) => [c.code, c.id]));
  const id = (code: string) => encodeGlobalID('Competency', byCode.get(code) ?? `missing-${code}`);
  return {
    catalogueId: national.id,
    /** Codes in catalogue order. */
    codes: competencies.map((c) => c.code),
    /** Global IDs of competencies by code. */
    ids: (...codes: string[]) => codes.map(id),
    /** A competency of another catalogue. */
    otherCatalogueId: encodeGlobalID('Competency', other.id),
  };
}

/** A district with two schools, their admins and teachers, and a district admin. */
export async function district(t: TestApp) {
  const { district } = await t.seed.district();
  const one = await t.seed.school(district);
  const two = await t.seed.school(district);
  return {
    district,
    school: one.school,
    otherSchool: two.school,
    districtAdmin: await t.seed.user(district, [['DISTRICT_ADMIN', district]]),
    schoolAdmin: await t.seed.user(one.school, [['SCHOOL_ADMIN', one.school]]),
    teacher: await t.seed.user(one.school, [
      ['TEACHER', one.school],
      ['TEACHER', one.class],
    ]),
    otherSchoolAdmin: await t.seed.user(two.school, [['SCHOOL_ADMIN', two.school]]),
    otherTeacher: await t.seed.user(two.school, [['TEACHER', two.school]]),
  };
}

export interface ProgrammeRef {
  id: string;
  gid: string;
  batchId: string;
}

/** A programme of the district over the national catalogue, with `schools` in its batch. */
export async function programme(
  t: TestApp,
  catalogueId: string,
  owner: OrgRef,
  schools: OrgRef[],
  {
    selection = {},
    status = 'RUNNING',
  }: { selection?: Prisma.InputJsonObject; status?: 'DRAFT' | 'PUBLISHED' | 'RUNNING' | 'CLOSED' } = {},
): Promise<ProgrammeRef> {
  const code = `prog-${unique()}`;
  const created = await t.db.prisma.programme.create({
    data: {
      districtId: owner.id,
      orgPath: owner.path,
      code,
      name: `Programme ${code}`,
      catalogueId,
      status,
      rules: { version: 1, selection },
      batches: {
        create: {
          name: 'Batch 1',
          startsOn: new Date('2025-03-01'),
          endsOn: new Date('2025-12-31'),
          stages: ['PRIMARY'],
          position: 0,
          schools: { create: schools.map((school) => ({ schoolId: school.id, orgPath: school.path, quota: 100 })) },
        },
      },
    },
    select: { id: true, batches: { select: { id: true } } },
  });
  return { id: created.id, gid: encodeGlobalID('Programme', created.id), batchId: created.batches[0]!.id };
}

/** `count` teachers of the school enrolled in the programme, the first of them with a selection in each of `statuses`. */
export async function enrolTeachers(
  t: TestApp,
  p: ProgrammeRef,
  school: OrgRef,
  count: number,
  statuses: SelectionStatus[],
) {
  const prisma = t.db.prisma;
  const competency = await prisma.competency.findFirstOrThrow({ select: { id: true } });
  for (let i = 0; i < count; i += 1) {
    const teacher: UserRef = await t.seed.user(school, [['TEACHER', school]]);
    const enrolment = await prisma.enrolment.create({
      data: { programmeId: p.id, batchId: p.batchId, schoolId: school.id, teacherId: teacher.id, orgPath: school.path },
      select: { id: true },
    });
    const status = statuses[i];
    if (status) {
      await prisma.selection.create({
        data: {
          enrolmentId: enrolment.id,
          status,
          totalCredits: 0,
          submittedAt: new Date(),
          submittedById: teacher.id,
          orgPath: school.path,
          items: { create: [{ competencyId: competency.id, position: 0 }] },
        },
      });
    }
  }
}

export const schoolGid = (school: OrgRef) => encodeGlobalID('Organisation', school.id);

export interface UploadPart {
  bytes: Uint8Array<ArrayBuffer>;
  filename: string;
  contentType?: string;
}

/**
 * Sends an operation as a multipart request (GraphQL multipart request spec): `operations`
 * with null where files go, `map` from part names to variable paths, then the file parts.
 * The body is encoded to bytes first, so Yoga parses it exactly as it would from the network.
 */
export async function multipart<Data = Record<string, any>>(
  t: TestApp,
  query: string,
  variables: Record<string, unknown>,
  files: Record<string, UploadPart>,
  as?: Pick<UserRef, 'authSubject'> | null,
): Promise<GraphQLResponse<Data>> {
  const form = new FormData();
  form.set('operations', JSON.stringify({ query, variables }));
  const parts = Object.entries(files);
  form.set('map', JSON.stringify(Object.fromEntries(parts.map(([path], i) => [String(i), [path]]))));
  parts.forEach(([, part], i) =>
    form.set(
      String(i),
      new Blob([part.bytes], { type: part.contentType ?? 'application/octet-stream' }),
      part.filename,
    ),
  );
  const encoded = new Request('http://encode/', { method: 'POST', body: form });
  const headers: Record<string, string> = {
    'content-type': encoded.headers.get('content-type')!,
    'x-graphql-yoga-csrf': '1',
  };
  if (as) headers.authorization = `Bearer ${await t.tokenFor(as)}`;
  const response = await t.app.fetch('http://yoga/graphql', {
    method: 'POST',
    headers,
    body: new Uint8Array(await encoded.arrayBuffer()),
  });
  return { status: response.status, ...(await response.json()) };
}
