/**
 * The test world: factories that write straight to the database through Prisma (fast, no GraphQL), each returning
 * what it made, with codes and logins unique per call, so every test builds a world of its own and no two tests
 * share a row.
 *
 *   const d = await t.world.district();              // province, city, district and its admin
 *   const s = await d.school();                      // school, class, group, admin, tutor and leader
 *   const teachers = await s.teachers(10);           // or at once: await t.world.district().school().teachers(10)
 *   const p = await d.programme({ rules: { selection: { minPoints: 3 } }, schools: [s] });
 *   const e = await p.enrol(teachers[0]!, s);        // or `await p.teacher(s)`: a new teacher, enrolled
 *   await p.select(e, ['A1', 'B2', 'C3'], 'APPROVED');
 */
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../api/db/client.js';
import type { Prisma } from '../../api/db/generated/prisma/client.js';
import type {
  OrganisationKind,
  PhaseKind,
  ProgrammeStatus,
  Role,
  SchoolStage,
  SelectionStatus,
} from '../../api/db/generated/prisma/enums.js';
import { nationalCatalogue, principalLeadershipStandard, seedCatalogue } from '../../prisma/seed/catalogues.js';
import { seed } from '../../prisma/seed/seed.js';
import { newOrganisationKey } from '../../schema/organisations/tree.js';
import { gid, unique } from './ids.js';

export interface OrgRef {
  id: string;
  /** Global ID (`Organisation:<id>`). */
  gid: string;
  path: string;
  code: string;
  name: string;
  kind: OrganisationKind;
}

export interface UserRef {
  id: string;
  gid: string;
  login: string;
  displayName: string;
}

export type RoleGrant = [Role, OrgRef];

export interface UserOptions {
  login?: string;
  displayName?: string;
  email?: string | null;
}

export interface TeacherOptions extends UserOptions {
  /** The class the teacher belongs to besides the school (default: the school's class); null for none. */
  class?: OrgRef | null;
}

export interface SchoolWorld {
  school: OrgRef;
  class: OrgRef;
  group: OrgRef;
  /** SCHOOL_ADMIN of the school. */
  admin: UserRef;
  /** CLASS_TUTOR of the class. */
  tutor: UserRef;
  /** GROUP_LEADER of the group. */
  leader: UserRef;
  /** A new teacher at the school (TEACHER of the school and, unless `class: null`, of a class). */
  teacher(options?: TeacherOptions): Promise<UserRef>;
  teachers(count: number, options?: Omit<TeacherOptions, 'login'>): Promise<UserRef[]>;
}

export interface BatchSpec {
  name?: string;
  startsOn?: string;
  endsOn?: string;
  stages?: SchoolStage[];
}

export interface ProgrammeOptions {
  code?: string;
  name?: string;
  status?: ProgrammeStatus;
  /** The rules JSON without its version (version 1 is added; selection `{}` unless given): `{ selection: { minCredits: 20 } }`. */
  rules?: { enrolment?: Record<string, unknown>; selection?: Record<string, unknown> };
  phases?: Array<{ kind: PhaseKind; startsOn: string; endsOn: string }>;
  /** Default: one batch, 第一批, 2025-03-01 to 2025-12-31, primary schools. */
  batches?: BatchSpec[];
  /** Schools enrolled in every batch, with `quota` each (default 100). */
  schools?: Array<SchoolWorld | OrgRef>;
  quota?: number;
  /** Default: the national catalogue. */
  catalogue?: { id: string };
}

export interface BatchRef {
  id: string;
  gid: string;
  name: string;
}

export interface EnrolmentRef {
  id: string;
  gid: string;
  teacher: UserRef;
  schoolId: string;
  classId: string | null;
  orgPath: string;
}

export interface SelectionRef {
  id: string;
  gid: string;
  status: SelectionStatus;
}

export interface EnrolOptions {
  /** Default: the school's class when a school world is given, else none. */
  class?: OrgRef | null;
  /** End of the selection window (default none). */
  selectionDueAt?: Date | null;
  /** Default: the first batch. */
  batch?: BatchRef;
}

export interface ProgrammeWorld {
  id: string;
  gid: string;
  code: string;
  name: string;
  districtId: string;
  catalogueId: string;
  /** The first batch. */
  batch: BatchRef;
  batches: BatchRef[];
  /** Enrols a school in a batch (default the first) with a quota (default 100). */
  enrolSchool(school: SchoolWorld | OrgRef, options?: { quota?: number; batch?: BatchRef }): Promise<void>;
  enrol(teacher: UserRef, school: SchoolWorld | OrgRef, options?: EnrolOptions): Promise<EnrolmentRef>;
  /** A new teacher of the school (and of its class unless `class: null`), enrolled. */
  teacher(school: SchoolWorld, options?: TeacherOptions & Omit<EnrolOptions, 'class'>): Promise<EnrolmentRef>;
  /** A stored selection of national-catalogue codes, as if submitted earlier, with its SUBMIT history entry. */
  select(enrolment: EnrolmentRef, codes: string[], status?: SelectionStatus): Promise<SelectionRef>;
  /** Sets (or replaces) the school's range (学校框定范围). */
  range(school: SchoolWorld | OrgRef, codes: string[]): Promise<void>;
}

export interface DistrictWorld {
  province: OrgRef;
  city: OrgRef;
  district: OrgRef;
  /** DISTRICT_ADMIN of the district. */
  admin: UserRef;
  /** PROVINCE_ADMIN of the province (shared by the districts made `in` this one). */
  provinceAdmin: UserRef;
  school(options?: SchoolOptions): PendingSchool;
  programme(options?: ProgrammeOptions): Promise<ProgrammeWorld>;
}

/** A school being made; chain on it: `await d.school().teachers(10)`. */
export type PendingSchool = Promise<SchoolWorld> & Pick<SchoolWorld, 'teacher' | 'teachers'>;

/** A district being made; chain on it: `await world.district().school().teachers(10)`. */
export type PendingDistrict = Promise<DistrictWorld> & Pick<DistrictWorld, 'school' | 'programme'>;

export interface CompetencyRef {
  id: string;
  gid: string;
  code: string;
  credits: number | null;
}

export interface CatalogueRef {
  id: string;
  gid: string;
  code: string;
  /** Competency codes in catalogue order. */
  codes: string[];
  competency(code: string): CompetencyRef;
  /** Global IDs of competencies, in the order given. */
  ids(...codes: string[]): string[];
}

export interface OrganisationOptions {
  name?: string;
  /** School stages (default for schools: PRIMARY, as the default batch). */
  stages?: SchoolStage[];
  /** Full-time teachers (default for schools: 100). */
  fullTimeTeachers?: number | null;
}

export type SchoolOptions = OrganisationOptions;

export interface DistrictOptions {
  name?: string;
  /** Another district's province and city (and province admin): both districts lie in one province. */
  in?: Pick<DistrictWorld, 'province' | 'city' | 'provinceAdmin'>;
}

export interface World {
  district(options?: DistrictOptions): PendingDistrict;
  organisation(kind: OrganisationKind, parent: OrgRef | null, options?: OrganisationOptions): Promise<OrgRef>;
  user(home: OrgRef, roles: RoleGrant[], options?: UserOptions): Promise<UserRef>;
  /** The national catalogue (30 points, 194 credits), seeded once per app. */
  catalogue(): Promise<CatalogueRef>;
  /** The principals' leadership standard (another catalogue: 15 items, no credits), seeded once per app. */
  principalStandard(): Promise<CatalogueRef>;
  /** The demo seed `npm start` writes (both catalogues, the demo district, its users and programmes), once per app. */
  demo(): Promise<void>;
}

const ORG_SELECT = { id: true, path: true, code: true, name: true, kind: true } as const;
const USER_SELECT = { id: true, login: true, displayName: true } as const;

const withGid = <T extends { id: string }>(type: string, row: T) => ({ ...row, gid: gid(type, row.id) });

const day = (value: string) => new Date(`${value}T00:00:00Z`);

const isSchoolWorld = (school: SchoolWorld | OrgRef): school is SchoolWorld => 'school' in school;

const pendingSchool = (made: Promise<SchoolWorld>): PendingSchool =>
  Object.assign(made, {
    teacher: (options?: TeacherOptions) => made.then((s) => s.teacher(options)),
    teachers: (count: number, options?: Omit<TeacherOptions, 'login'>) => made.then((s) => s.teachers(count, options)),
  });

const pendingDistrict = (made: Promise<DistrictWorld>): PendingDistrict =>
  Object.assign(made, {
    school: (options?: SchoolOptions) => pendingSchool(made.then((d) => d.school(options))),
    programme: (options?: ProgrammeOptions) => made.then((d) => d.programme(options)),
  });
const schoolOf = (school: SchoolWorld | OrgRef) => (isSchoolWorld(school) ? school.school : school);

export function createWorld(prisma: PrismaClient): World {
  const once = <T>(make: () => Promise<T>) => {
    let made: Promise<T> | undefined;
    return () => {
      made ??= make();
      return made;
    };
  };

  async function organisation(kind: OrganisationKind, parent: OrgRef | null, options: OrganisationOptions = {}) {
    const key = newOrganisationKey(parent?.path ?? null);
    const code = `${kind.toLowerCase()}-${unique()}`;
    const row = await prisma.organisation.create({
      data: {
        ...key,
        kind,
        code,
        name: options.name ?? `${kind} ${code}`,
        parentId: parent?.id ?? null,
        stages: options.stages ?? [],
        fullTimeTeachers: options.fullTimeTeachers ?? null,
      },
      select: ORG_SELECT,
    });
    return withGid('Organisation', row);
  }

  async function user(home: OrgRef, roles: RoleGrant[], options: UserOptions = {}): Promise<UserRef> {
    const login = options.login ?? `user-${unique()}`;
    const row = await prisma.user.create({
      data: {
        id: randomUUID(),
        login,
        displayName: options.displayName ?? login,
        email: options.email === undefined ? `${login}@test.invalid` : options.email,
        organisationId: home.id,
        orgPath: home.path,
        roleAssignments: { create: roles.map(([role, org]) => ({ role, organisationId: org.id, orgPath: org.path })) },
      },
      select: USER_SELECT,
    });
    return withGid('User', row);
  }

  async function loadCatalogue(code: string, version: string): Promise<CatalogueRef> {
    const catalogue = await prisma.catalogue.findUniqueOrThrow({
      where: { code_version: { code, version } },
      select: { id: true, code: true },
    });
    const competencies = await prisma.competency.findMany({
      where: { catalogueId: catalogue.id },
      select: { id: true, code: true, credits: true },
      orderBy: { position: 'asc' },
    });
    const byCode = new Map(competencies.map((c) => [c.code, withGid('Competency', c)]));
    const competency = (c: string) => {
      const found = byCode.get(c);
      if (!found) throw new Error(`No competency ${c} in ${code}`);
      return found;
    };
    return {
      ...withGid('Catalogue', catalogue),
      codes: competencies.map((c) => c.code),
      competency,
      ids: (...codes) => codes.map((c) => competency(c).gid),
    };
  }

  const seedOne = (spec: Parameters<typeof seedCatalogue>[1]) =>
    prisma.$transaction((tx) => seedCatalogue(tx, spec), { timeout: 60_000 });

  const catalogue = once(async () => {
    const spec = nationalCatalogue();
    await seedOne(spec);
    return loadCatalogue(spec.code, spec.version);
  });

  const principalStandard = once(async () => {
    const spec = principalLeadershipStandard();
    await seedOne(spec);
    return loadCatalogue(spec.code, spec.version);
  });

  const demo = once(() => seed(prisma));

  function schoolWorld(
    school: OrgRef,
    klass: OrgRef,
    group: OrgRef,
    staff: Pick<SchoolWorld, 'admin' | 'tutor' | 'leader'>,
  ): SchoolWorld {
    const teacher = (options: TeacherOptions = {}) => {
      const inClass = options.class === undefined ? klass : options.class;
      return user(school, [['TEACHER', school], ...(inClass ? [['TEACHER', inClass] as RoleGrant] : [])], options);
    };
    return {
      school,
      class: klass,
      group,
      ...staff,
      teacher,
      async teachers(count, options = {}) {
        const made: UserRef[] = [];
        for (let i = 0; i < count; i += 1) made.push(await teacher(options));
        return made;
      },
    };
  }

  async function programme(district: OrgRef, options: ProgrammeOptions = {}): Promise<ProgrammeWorld> {
    const national = await catalogue();
    const code = options.code ?? `prog-${unique()}`;
    const specs = options.batches ?? [{}];
    const created = await prisma.programme.create({
      data: {
        districtId: district.id,
        orgPath: district.path,
        code,
        name: options.name ?? `Programme ${code}`,
        catalogueId: options.catalogue?.id ?? national.id,
        status: options.status ?? 'RUNNING',
        rules: { version: 1, selection: {}, ...options.rules } as Prisma.InputJsonObject,
        ...(options.phases
          ? {
              phases: {
                createMany: {
                  data: options.phases.map((p) => ({ kind: p.kind, startsOn: day(p.startsOn), endsOn: day(p.endsOn) })),
                },
              },
            }
          : {}),
      },
      select: { id: true, code: true, name: true, districtId: true, catalogueId: true },
    });
    const batches: BatchRef[] = [];
    for (const [position, spec] of specs.entries()) {
      const batch = await prisma.batch.create({
        data: {
          programmeId: created.id,
          name: spec.name ?? (position === 0 ? '第一批' : `第${position + 1}批`),
          startsOn: day(spec.startsOn ?? '2025-03-01'),
          endsOn: day(spec.endsOn ?? '2025-12-31'),
          stages: spec.stages ?? ['PRIMARY'],
          position,
        },
        select: { id: true, name: true },
      });
      batches.push(withGid('Batch', batch));
    }
    const first = batches[0]!;

    async function enrolSchool(school: SchoolWorld | OrgRef, { quota = 100, batch = first } = {}) {
      const org = schoolOf(school);
      await prisma.batchSchool.create({ data: { batchId: batch.id, schoolId: org.id, orgPath: org.path, quota } });
    }

    async function enrol(teacher: UserRef, school: SchoolWorld | OrgRef, options: EnrolOptions = {}) {
      const org = schoolOf(school);
      const klass = options.class === undefined ? (isSchoolWorld(school) ? school.class : null) : options.class;
      const row = await prisma.enrolment.create({
        data: {
          programmeId: created.id,
          batchId: (options.batch ?? first).id,
          schoolId: org.id,
          classId: klass?.id ?? null,
          teacherId: teacher.id,
          orgPath: org.path,
          selectionDueAt: options.selectionDueAt ?? null,
        },
        select: { id: true, schoolId: true, classId: true, orgPath: true },
      });
      return { ...withGid('Enrolment', row), teacher };
    }

    for (const school of options.schools ?? []) {
      for (const batch of batches) await enrolSchool(school, { quota: options.quota ?? 100, batch });
    }

    return {
      ...withGid('Programme', created),
      batch: first,
      batches,
      enrolSchool,
      enrol,
      async teacher(school, options = {}) {
        const teacher = await school.teacher(options);
        return enrol(teacher, school, {
          class: options.class === undefined ? school.class : options.class,
          ...(options.selectionDueAt !== undefined ? { selectionDueAt: options.selectionDueAt } : {}),
          ...(options.batch ? { batch: options.batch } : {}),
        });
      },
      async select(enrolment, codes, status = 'SUBMITTED') {
        const competencies = codes.map((c) => national.competency(c));
        const selection = await prisma.selection.create({
          data: {
            enrolmentId: enrolment.id,
            status,
            totalCredits: competencies.reduce((sum, c) => sum + (c.credits ?? 0), 0),
            submittedAt: new Date(),
            submittedById: enrolment.teacher.id,
            decidedAt: status === 'SUBMITTED' ? null : new Date(),
            orgPath: enrolment.orgPath,
            items: { create: competencies.map((c, position) => ({ competencyId: c.id, position })) },
          },
          select: { id: true, status: true },
        });
        await prisma.decision.create({
          data: {
            subjectType: 'Selection',
            subjectId: selection.id,
            actorId: enrolment.teacher.id,
            action: 'SUBMIT',
            toState: 'SUBMITTED',
            orgPath: enrolment.orgPath,
          },
        });
        return withGid('Selection', selection);
      },
      async range(school, codes) {
        const org = schoolOf(school);
        const items = codes.map((c) => ({ competencyId: national.competency(c).id }));
        await prisma.schoolRange.upsert({
          where: { programmeId_schoolId: { programmeId: created.id, schoolId: org.id } },
          create: { programmeId: created.id, schoolId: org.id, orgPath: org.path, items: { create: items } },
          update: { items: { deleteMany: {}, create: items } },
        });
      },
    };
  }

  async function school(district: OrgRef, options: SchoolOptions = {}) {
    const org = await organisation('SCHOOL', district, { stages: ['PRIMARY'], fullTimeTeachers: 100, ...options });
    const klass = await organisation('CLASS', org);
    const group = await organisation('GROUP', org);
    return schoolWorld(org, klass, group, {
      admin: await user(org, [['SCHOOL_ADMIN', org]]),
      tutor: await user(org, [['CLASS_TUTOR', klass]]),
      leader: await user(org, [['GROUP_LEADER', group]]),
    });
  }

  async function district(options: DistrictOptions = {}): Promise<DistrictWorld> {
    const province = options.in?.province ?? (await organisation('PROVINCE', null));
    const city = options.in?.city ?? (await organisation('CITY', province));
    const org = await organisation('DISTRICT', city, { name: options.name });
    return {
      province,
      city,
      district: org,
      admin: await user(org, [['DISTRICT_ADMIN', org]]),
      provinceAdmin: options.in?.provinceAdmin ?? (await user(province, [['PROVINCE_ADMIN', province]])),
      school: (schoolOptions) => pendingSchool(school(org, schoolOptions)),
      programme: (programmeOptions) => programme(org, programmeOptions),
    };
  }

  return {
    district: (options) => pendingDistrict(district(options)),
    organisation,
    user,
    catalogue,
    principalStandard,
    demo,
  };
}
