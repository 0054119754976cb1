/**
 * Rows of the live module. A subscription the viewer may open stays open without an event (`allowed`: nothing within
 * the wait); one they may not ends at once with NOT_FOUND (`missing`). The events themselves are tested in live.test.ts.
 */
import { CLASS_PROGRESS, openStream } from '../../kit/live.js';
import { matrix, type Outcome, type Row } from './kit.js';

const READERS = {
  tutor: 'allowed',
  schoolAdmin: 'allowed',
  districtAdmin: 'allowed',
  provinceAdmin: 'allowed',
} as const;

export const rows: Record<string, Row> = {
  'Subscription.classProgressChanged': {
    run: async (x, as) => {
      const stream = await openStream(matrix.t, CLASS_PROGRESS, { classId: x.s.class.gid, programmeId: x.p.gid }, as);
      try {
        const first = await stream.next(200);
        if (first === null) return 'allowed';
        const codes = (first.errors ?? []).map((error: { extensions?: { code?: string } }) => error.extensions?.code);
        if (codes.length === 1 && codes[0] === 'NOT_FOUND') return 'missing' as Outcome;
        if (codes.length === 1 && codes[0] === 'CLIENT_OPERATION_REFUSED') return 'forbidden' as Outcome;
        throw new Error(`classProgressChanged: unexpected first event ${JSON.stringify(first)}`);
      } finally {
        await stream.close();
      }
    },
    own: READERS,
  },
};
