/**
 * Workshop objects as actions see them. The owner (`self` of the workshop:* actions) is the viewer when they take
 * part in the object in the way the action needs:
 * - 'Workshop' `id`: the viewer is a member or a host (workshop:read, workshop:post);
 * - 'Workshop' `hostKey(id)`: the viewer hosts the workshop (workshop:host: creating its activities);
 * - 'WorkshopActivity' and 'WorkshopPost': the viewer hosts the activity or its workshop (workshop:host; and
 *   workshop:read of an activity's participation list);
 * - 'ClassNotice': its author.
 * Whatever the viewer may not read is invisible: it looks missing.
 */
import { registerResource } from '../shared/index.js';
import { canReadWorkshop, canSeeNotice, canSeePost, membership } from './membership.js';

const HOST_SUFFIX = '#host';

/** The key of a workshop whose owner is its host only (for workshop:host on the workshop itself). */
export const hostKey = (workshopId: string) => `${workshopId}${HOST_SUFFIX}`;

registerResource('Workshop', async (keys, context) => {
  const ids = [...new Set(keys.map((key) => (key.endsWith(HOST_SUFFIX) ? key.slice(0, -HOST_SUFFIX.length) : key)))];
  const [member, rows] = await Promise.all([
    membership(context),
    context.db.prisma.workshop.findMany({
      where: { id: { in: ids } },
      select: { id: true, orgPath: true, programmeId: true },
    }),
  ]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const userId = context.viewer.user?.id ?? null;
  const found = new Map();
  for (const key of keys) {
    const forHost = key.endsWith(HOST_SUFFIX);
    const row = byId.get(forHost ? key.slice(0, -HOST_SUFFIX.length) : key);
    if (!row) continue;
    const owns = forHost ? member.hosts.has(row.id) : member.takesPart.has(row.id);
    found.set(key, {
      paths: [row.orgPath],
      ownerId: owns ? userId : null,
      visible: canReadWorkshop(context, member, row),
      // A class workshop (its path is the class's) is the school's record in the programme; a district's
      // competency workshop lies under no school, so the closing guard never refuses it.
      programmeId: row.programmeId,
    });
  }
  return found;
});

registerResource('WorkshopActivity', async (ids, context) => {
  const [member, rows] = await Promise.all([
    membership(context),
    context.db.prisma.workshopActivity.findMany({
      where: { id: { in: [...ids] } },
      select: { id: true, workshop: { select: { id: true, orgPath: true, programmeId: true } } },
    }),
  ]);
  const userId = context.viewer.user?.id ?? null;
  return new Map(
    rows.map((row) => {
      const hosting = member.hosts.has(row.workshop.id) || member.hostsActivities.has(row.id);
      return [
        row.id,
        {
          paths: [row.workshop.orgPath],
          ownerId: hosting ? userId : null,
          visible: canReadWorkshop(context, member, row.workshop),
          programmeId: row.workshop.programmeId,
        },
      ];
    }),
  );
});

registerResource('WorkshopPost', async (ids, context) => {
  const [member, rows] = await Promise.all([
    membership(context),
    context.db.prisma.workshopPost.findMany({
      where: { id: { in: [...ids] } },
      select: {
        id: true,
        orgPath: true,
        authorId: true,
        activityId: true,
        hiddenAt: true,
        workshop: { select: { id: true, orgPath: true, programmeId: true } },
      },
    }),
  ]);
  const userId = context.viewer.user?.id ?? null;
  return new Map(
    rows.map((row) => {
      const hosting =
        member.hosts.has(row.workshop.id) || (row.activityId !== null && member.hostsActivities.has(row.activityId));
      return [
        row.id,
        {
          paths: [row.workshop.orgPath],
          ownerId: hosting ? userId : null,
          visible: canSeePost(context, member, row),
          programmeId: row.workshop.programmeId,
        },
      ];
    }),
  );
});

registerResource('ClassNotice', async (ids, context) => {
  const [member, rows] = await Promise.all([
    membership(context),
    context.db.prisma.classNotice.findMany({
      where: { id: { in: [...ids] } },
      select: { id: true, programmeId: true, classId: true, orgPath: true, authorId: true },
    }),
  ]);
  return new Map(
    rows.map((row) => [
      row.id,
      {
        paths: [row.orgPath],
        ownerId: row.authorId,
        visible: canSeeNotice(context, member, row),
        programmeId: row.programmeId,
      },
    ]),
  );
});
