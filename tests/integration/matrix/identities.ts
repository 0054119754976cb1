/** Rows of the operations of sign-on identities. */
import { actionOf, ask, mutate, present, type Row, TOO_LONG, type Viewer } from './kit.js';

const SSO = 'https://sso.example-province.cn/';

/** Who sees the enrolled teacher: themselves, their class's tutor, and the staff over their school. */
const TEACHER_READERS: Partial<Record<Viewer, 'allowed'>> = {
  teacher: 'allowed',
  tutor: 'allowed',
  schoolAdmin: 'allowed',
  districtAdmin: 'allowed',
  expert: 'allowed',
  syncClient: 'allowed',
  provinceAdmin: 'allowed',
};
/** Managing the teacher's people data: the admins over their school. */
const PEOPLE_ADMINS = actionOf(TEACHER_READERS, 'schoolAdmin', 'districtAdmin', 'provinceAdmin');

// An over-long subject: an allowed call is a ValidationError and changes nothing.
const identityInput = (teacherGid: string) => ({ userId: teacherGid, issuer: SSO, subject: TOO_LONG });

export const rows: Record<string, Row> = {
  'User.identities': {
    run: async (x, as) =>
      present(
        (
          await ask(
            'query($id: ID!) { node(id: $id) { ... on User { identities { issuer subject } } } }',
            { id: x.enrolment.teacher.gid },
            as,
          )
        )?.identities,
      ),
    own: { teacher: 'allowed', schoolAdmin: 'allowed', districtAdmin: 'allowed', provinceAdmin: 'allowed' },
  },
  'Mutation.linkIdentity': {
    run: (x, as) => mutate('linkIdentity', 'LinkIdentityInput', identityInput(x.enrolment.teacher.gid), as),
    own: PEOPLE_ADMINS,
  },
  'Mutation.unlinkIdentity': {
    run: (x, as) => mutate('unlinkIdentity', 'UnlinkIdentityInput', identityInput(x.enrolment.teacher.gid), as),
    own: PEOPLE_ADMINS,
  },
};
