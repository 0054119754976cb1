/**
 * `Enrolment.qualification`: whether the teacher qualifies (合格) under the programme's rules, with every reason why
 * not, computed when asked for a whole page of enrolments in a fixed number of statements.
 */
import { builder } from '../builder.js';
import { QualificationReasonType } from './completion.js';
import { type Qualification, qualificationLoader } from './qualification.js';

export const QualificationType = builder.objectRef<Qualification>('Qualification').implement({
  description:
    'Whether a teacher qualifies (合格): every requirement the programme switches on (rules.completion.require*) and configures is met.',
  fields: (t) => ({
    qualified: t.exposeBoolean('qualified', { description: 'True when every required part passed.' }),
    reasons: t.field({
      type: [QualificationReasonType],
      description: 'Why not, one reason per unmet requirement (empty when qualified).',
      resolve: (q) => q.reasons,
    }),
  }),
});

builder.prismaObjectFields('Enrolment', (t) => ({
  qualification: t.field({
    type: QualificationType,
    nullable: true,
    description:
      'Whether the teacher qualifies (合格), with the reasons in the request’s language. For the teacher and the admins over the school ' +
      '(action credit:read); null otherwise. A page of enrolments costs at most six statements, whatever its size.',
    select: { id: true, orgPath: true, teacherId: true },
    authorize: {
      action: 'credit:read',
      resource: (enrolment) => ({ paths: [enrolment.orgPath], ownerId: enrolment.teacherId }),
    },
    resolve: (enrolment, _args, context) => qualificationLoader(context).load(enrolment.id),
  }),
}));
