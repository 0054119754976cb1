import { randomBytes, randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../api/db/client.js';
import type { OrganisationKind, Role } from '../../api/db/generated/prisma/enums.js';
import { newOrganisationKey } from '../../schema/organisations/tree.js';

export interface OrgRef {
  id: string;
  path: string;
  code: string;
  name: string;
  kind: OrganisationKind;
}

export interface UserRef {
  id: string;
  login: string;
  authSubject: string;
}

const unique = () => randomBytes(4).toString('hex');

/**
 * Seed factories: each test mints its own organisations and users, so tests never share rows.
 * `seed(prisma).district()` → a province, city and district of its own.
 */
export function factories(prisma: PrismaClient) {
  async function organisation(kind: OrganisationKind, parent: OrgRef | null, name?: string): Promise<OrgRef> {
    const key = newOrganisationKey(parent?.path ?? null);
    const code = `${kind.toLowerCase()}-${unique()}`;
    return prisma.organisation.create({
      data: { ...key, kind, code, name: name ?? `${kind} ${code}`, parentId: parent?.id ?? null },
      select: { id: true, path: true, code: true, name: true, kind: true },
    });
  }

  async function district(name?: string) {
    const province = await organisation('PROVINCE', null);
    const city = await organisation('CITY', province);
    return { province, city, district: await organisation('DISTRICT', city, name) };
  }

  async function school(district: OrgRef, name?: string) {
    const school = await organisation('SCHOOL', district, name);
    const [klass, group] = [await organisation('CLASS', school), await organisation('GROUP', school)];
    return { school, class: klass, group };
  }

  async function user(home: OrgRef, roles: Array<[Role, OrgRef]>, login = `user-${unique()}`): Promise<UserRef> {
    return prisma.user.create({
      data: {
        id: randomUUID(),
        login,
        authSubject: `subject-${login}`,
        displayName: login,
        email: `${login}@test.invalid`,
        organisationId: home.id,
        orgPath: home.path,
        roleAssignments: { create: roles.map(([role, org]) => ({ role, organisationId: org.id, orgPath: org.path })) },
      },
      select: { id: true, login: true, authSubject: true },
    });
  }

  return { organisation, district, school, user };
}

export type Factories = ReturnType<typeof factories>;
