/** Rows of scores (考核): `Enrolment.score`, read by the teacher, their class tutor and the admins over the school. */
import { ask, type Outcome, present, type Row, type Tenant, type Viewer } from './kit.js';

/** What `prepare` makes for a tenant: the tenant's teacher enrolled in a second, RUNNING programme with a scheme. */
interface Prepared {
  enrolmentGid: string;
}

/** Enrols the tenant's teacher (in the school's class) in a programme with Tianchang's scheme. */
export async function prepare(target: Tenant): Promise<void> {
  const scored = await target.d.programme({
    status: 'RUNNING',
    schools: [target.s],
    rules: {
      scoring: {
        items: [
          {
            kind: 'WATCH_MINUTES',
            key: 'courses',
            nameZh: '课程观看时长',
            nameEn: 'Course watch time',
            points: 50,
            requiredMinutes: 1200,
          },
        ],
        passThreshold: 50,
      },
    } as unknown as Record<string, never>,
  });
  const enrolment = await scored.enrol(target.enrolment.teacher, target.s);
  target.extra.scoring = { enrolmentGid: enrolment.gid } satisfies Prepared;
}

const prepared = (target: Tenant) => target.extra.scoring as Prepared;

/** The teacher, their class's tutor and the school, district and province admins. */
const SCORE_READERS: Partial<Record<Viewer, Outcome>> = {
  teacher: 'allowed',
  tutor: 'allowed',
  schoolAdmin: 'allowed',
  districtAdmin: 'allowed',
  provinceAdmin: 'allowed',
};

export const rows: Record<string, Row> = {
  'Enrolment.score': {
    run: async (x, as) =>
      present(
        (
          await ask(
            'query($id: ID!) { node(id: $id) { ... on Enrolment { score { total verdict lines { code message } } } } }',
            { id: prepared(x).enrolmentGid },
            as,
          )
        )?.score,
      ),
    own: SCORE_READERS,
  },
};
