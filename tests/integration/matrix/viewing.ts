/** Authorization rows of the viewing module: only the teacher records viewing, of a course on their own study list. */

import { course } from '../../kit/courses.js';
import { unique } from '../../kit/ids.js';
import { everyone, matrix, mutate, type Row, type Tenant } from './kit.js';

interface ViewingExtra {
  /** A required video of the tenant's programme: on its enrolled teacher's study list. */
  courseGid: string;
}

const extra = (target: Tenant) => target.extra.viewing as ViewingExtra;

export async function prepare(target: Tenant): Promise<void> {
  const video = await course(matrix.t.db.prisma, target.p, { durationSeconds: 600 });
  target.extra.viewing = { courseGid: video.gid } satisfies ViewingExtra;
}

export const rows: Record<string, Row> = {
  'Mutation.recordViewing': {
    run: (x, as) =>
      mutate(
        'recordViewing',
        'RecordViewingInput',
        {
          courseId: extra(x).courseGid,
          sessionId: unique(),
          events: [{ clientEventId: unique() + unique(), kind: 'PLAY', position: 0 }],
        },
        as,
      ),
    // Only the teacher, for a course on their own list; for anyone else the course looks missing.
    own: { ...everyone('missing'), teacher: 'allowed' },
  },
};
