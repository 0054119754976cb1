/**
 * Role history is kept by the database (migration 20261202000000_administration): every role assignment written or
 * removed, by a mutation, an import, the seed or manual SQL, leaves one RoleChange row, with the actor the
 * transaction names through `actingAs`, and none when no one is named.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actingAs } from '../../schema/users/index.js';
import { type TestApp, testApp } from '../kit/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const history = (userId: string) =>
  t.db.prisma.roleChange.findMany({
    where: { userId },
    orderBy: [{ createdAt: 'asc' }, { change: 'asc' }],
    select: { role: true, organisationId: true, orgPath: true, change: true, actorId: true },
  });

describe('role history', () => {
  it('records a grant and a revocation with the actor the transaction names', async () => {
    const d = await t.world.district();
    const s = await d.school();
    const teacher = await s.teacher({ class: null });
    await t.db.prisma.$transaction(async (tx) => {
      await actingAs(tx, s.admin.id);
      await tx.roleAssignment.create({
        data: { userId: teacher.id, role: 'CLASS_TUTOR', organisationId: s.class.id, orgPath: s.class.path },
      });
    });
    await t.db.prisma.$transaction(async (tx) => {
      await actingAs(tx, d.admin.id);
      await tx.roleAssignment.deleteMany({ where: { userId: teacher.id, role: 'CLASS_TUTOR' } });
    });
    const changes = await history(teacher.id);
    expect(changes).toEqual([
      // Made by the test world with no actor named.
      { role: 'TEACHER', organisationId: s.school.id, orgPath: s.school.path, change: 'GRANTED', actorId: null },
      {
        role: 'CLASS_TUTOR',
        organisationId: s.class.id,
        orgPath: s.class.path,
        change: 'GRANTED',
        actorId: s.admin.id,
      },
      {
        role: 'CLASS_TUTOR',
        organisationId: s.class.id,
        orgPath: s.class.path,
        change: 'REVOKED',
        actorId: d.admin.id,
      },
    ]);
  });

  it('names no actor in a later transaction on the same connection', async () => {
    const d = await t.world.district();
    const s = await d.school();
    const teacher = await s.teacher({ class: null });
    await t.db.prisma.$transaction(async (tx) => {
      await actingAs(tx, s.admin.id);
    });
    await t.db.prisma.roleAssignment.create({
      data: { userId: teacher.id, role: 'TEACHER', organisationId: s.group.id, orgPath: s.group.path },
    });
    const [, granted] = await history(teacher.id);
    expect(granted).toMatchObject({ organisationId: s.group.id, change: 'GRANTED', actorId: null });
  });

  it('keeps no history for a user who is deleted with their roles', async () => {
    const d = await t.world.district();
    const s = await d.school();
    const teacher = await s.teacher({ class: null });
    await t.db.prisma.user.delete({ where: { id: teacher.id } });
    expect(await history(teacher.id)).toEqual([]);
  });
});
