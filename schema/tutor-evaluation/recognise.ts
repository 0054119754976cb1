import { builder } from '../builder.js';
import { Organisation } from '../organisations/index.js';
import { Programme } from '../programmes/index.js';
import { actingUserId, InvalidStateError } from '../shared/index.js';
import { User } from '../users/index.js';
import { evaluationRow } from './enter-indicator.js';
import { BelowExcellentThresholdError, recogniseErrors } from './errors.js';
import { evaluationResourceId, loadOneEvaluation, TutorEvaluation } from './evaluation.js';

const RecogniseExcellentTutorInput = builder.inputType('RecogniseExcellentTutorInput', {
  description: 'The district recognises a tutor as excellent (优秀班级辅导者), or withdraws the recognition.',
  fields: (t) => ({
    programmeId: t.globalID({ required: true, for: Programme, description: 'The programme.' }),
    classId: t.globalID({ required: true, for: Organisation, description: 'The tutor’s class.' }),
    tutorId: t.globalID({ required: true, for: User, description: 'The tutor (CLASS_TUTOR of the class).' }),
    excellent: t.boolean({ required: true, description: 'True to recognise, false to withdraw the recognition.' }),
  }),
});

builder.mutationField('recogniseExcellentTutor', (t) =>
  t.field({
    type: TutorEvaluation,
    description:
      'The district recognises a class tutor as an excellent tutor (优秀班级辅导者) of the programme, or withdraws it (action tutor:evaluate). ' +
      'Refused with BELOW_EXCELLENT_THRESHOLD when recognising a tutor whose total is below rules.tutorEvaluation.excellentThreshold, and ' +
      'INVALID_STATE when the programme does not evaluate its tutors.',
    authorize: {
      action: 'tutor:evaluate',
      resource: (_root, args) => ({
        kind: 'TutorEvaluation',
        id: evaluationResourceId(args.input.programmeId.id, args.input.classId.id, args.input.tutorId.id),
      }),
    },
    errors: {
      types: recogniseErrors,
      result: { description: 'The recognition is stored.' },
      dataField: { name: 'evaluation', description: 'The tutor’s evaluation.' },
    },
    args: { input: t.arg({ type: RecogniseExcellentTutorInput, required: true, description: 'The tutor.' }) },
    resolve: async (_root, args, context) => {
      const programmeId = args.input.programmeId.id;
      const classId = args.input.classId.id;
      const tutorId = args.input.tutorId.id;
      const current = await loadOneEvaluation(context, programmeId, classId, tutorId);
      if (!current) throw new InvalidStateError('tutorEvaluationNotSet');
      const excellent = args.input.excellent;
      if (excellent && !current.reachesExcellentThreshold)
        throw new BelowExcellentThresholdError(current.total, current.excellentThreshold ?? 0);
      const actorId = actingUserId(context);
      await context.db.prisma.$transaction(async (tx) => {
        const evaluation = await evaluationRow(tx, programmeId, classId, tutorId);
        await tx.tutorEvaluation.update({
          where: { id: evaluation.id },
          data: {
            excellent,
            recognisedById: excellent ? actorId : null,
            recognisedAt: excellent ? new Date() : null,
          },
        });
      });
      const view = await loadOneEvaluation(context, programmeId, classId, tutorId);
      if (!view) throw new InvalidStateError('tutorEvaluationNotSet');
      return view;
    },
  }),
);
