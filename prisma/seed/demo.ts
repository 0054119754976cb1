import type { PrismaClient } from '../../api/db/client.js';
import type { OrganisationKind, Role, SchoolStage } from '../../api/db/generated/prisma/enums.js';
import { newOrganisationKey } from '../../schema/organisations/tree.js';

type Transaction = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

interface OrgSpec {
  code: string;
  kind: OrganisationKind;
  name: string;
  stages?: SchoolStage[];
  fullTimeTeachers?: number;
  children?: OrgSpec[];
}

const school = (n: number, name: string, stages: SchoolStage[], fullTimeTeachers: number): OrgSpec => ({
  code: `demo-school-${n}`,
  kind: 'SCHOOL',
  name,
  stages,
  fullTimeTeachers,
  children: [
    { code: `demo-school-${n}-class-1`, kind: 'CLASS', name: `${name} 提升工程2.0 班` },
    { code: `demo-school-${n}-group-1`, kind: 'GROUP', name: `${name} 语文教研组` },
  ],
});

/** The demo tree: one province, city and district with two schools, each with a class and a group. */
export const DEMO_TREE: OrgSpec = {
  code: 'demo-province',
  kind: 'PROVINCE',
  name: '示范省',
  children: [
    {
      code: 'demo-city',
      kind: 'CITY',
      name: '示范市',
      children: [
        {
          code: 'demo-district',
          kind: 'DISTRICT',
          name: '示范区',
          children: [
            school(1, '示范区第一实验小学', ['PRIMARY'], 120),
            school(2, '示范区第二中学', ['JUNIOR_SECONDARY'], 90),
          ],
        },
      ],
    },
  ],
};

interface UserSpec {
  login: string;
  displayName: string;
  home: string;
  roles: Array<[Role, string]>;
}

/** One user per role, with stable logins (the README lists them; `npm run token -- --login <login>`). */
export const DEMO_USERS: UserSpec[] = [
  {
    login: 'teacher',
    displayName: '王老师 (teacher)',
    home: 'demo-school-1',
    roles: [
      ['TEACHER', 'demo-school-1'],
      ['TEACHER', 'demo-school-1-class-1'],
      ['TEACHER', 'demo-school-1-group-1'],
    ],
  },
  {
    login: 'class.tutor',
    displayName: '李辅导 (class tutor)',
    home: 'demo-school-1',
    roles: [['CLASS_TUTOR', 'demo-school-1-class-1']],
  },
  {
    login: 'group.leader',
    displayName: '张组长 (group leader)',
    home: 'demo-school-1',
    roles: [['GROUP_LEADER', 'demo-school-1-group-1']],
  },
  {
    login: 'school.admin',
    displayName: '赵校管 (school admin)',
    home: 'demo-school-1',
    roles: [['SCHOOL_ADMIN', 'demo-school-1']],
  },
  {
    login: 'district.admin',
    displayName: '陈项目办 (district admin)',
    home: 'demo-district',
    roles: [['DISTRICT_ADMIN', 'demo-district']],
  },
  { login: 'expert', displayName: '刘专家 (expert)', home: 'demo-district', roles: [['EXPERT', 'demo-district']] },
  {
    login: 'province.admin',
    displayName: '吴省管 (province admin)',
    home: 'demo-province',
    roles: [['PROVINCE_ADMIN', 'demo-province']],
  },
  {
    login: 'sync.client',
    displayName: 'Provincial credit system (sync client)',
    home: 'demo-province',
    roles: [['SYNC_CLIENT', 'demo-province']],
  },
  {
    login: 'teacher2',
    displayName: '孙老师 (teacher, school 2)',
    home: 'demo-school-2',
    roles: [
      ['TEACHER', 'demo-school-2'],
      ['TEACHER', 'demo-school-2-class-1'],
    ],
  },
  {
    login: 'school2.admin',
    displayName: '周校管 (school 2 admin)',
    home: 'demo-school-2',
    roles: [['SCHOOL_ADMIN', 'demo-school-2']],
  },
];

/** Creates what is missing of the demo tree and users; existing rows are left unchanged. */
export async function seedDemo(tx: Transaction): Promise<void> {
  const paths = new Map<string, { id: string; path: string }>();
  const walk = async (spec: OrgSpec, parent: { id: string; path: string } | null) => {
    let org = await tx.organisation.findUnique({ where: { code: spec.code }, select: { id: true, path: true } });
    if (!org) {
      const key = newOrganisationKey(parent?.path ?? null);
      org = await tx.organisation.create({
        data: {
          ...key,
          kind: spec.kind,
          code: spec.code,
          name: spec.name,
          parentId: parent?.id ?? null,
          stages: spec.stages ?? [],
          fullTimeTeachers: spec.fullTimeTeachers ?? null,
        },
        select: { id: true, path: true },
      });
    }
    paths.set(spec.code, org);
    for (const child of spec.children ?? []) await walk(child, org);
  };
  await walk(DEMO_TREE, null);
  const orgOf = (code: string) => {
    const found = paths.get(code);
    if (!found) throw new Error(`Seed: demo organisation ${code} is not in the demo tree`);
    return found;
  };

  for (const spec of DEMO_USERS) {
    const home = orgOf(spec.home);
    const user = await tx.user.upsert({
      where: { login: spec.login },
      create: {
        login: spec.login,
        displayName: spec.displayName,
        email: `${spec.login}@demo.tisheng.invalid`,
        organisationId: home.id,
        orgPath: home.path,
      },
      update: {},
      select: { id: true },
    });
    await tx.roleAssignment.createMany({
      data: spec.roles.map(([role, code]) => ({
        userId: user.id,
        role,
        organisationId: orgOf(code).id,
        orgPath: orgOf(code).path,
      })),
      skipDuplicates: true,
    });
  }
}
