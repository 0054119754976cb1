import { z } from 'zod';
import type { ProgrammeStatus as ProgrammeStatusValue } from '../../../api/db/generated/prisma/enums.js';
import { builder } from '../../builder.js';
import { recordDecision } from '../../history/index.js';
import { globalIdSchema, InvalidStateError, parseInput, payloadQuery } from '../../shared/index.js';
import { changeProgrammeErrors } from '../errors.js';
import { commentSchema, MAX_COMMENT_LENGTH } from '../input.js';
import { Programme } from '../programme.js';
import { loadProgrammeForChange } from './load.js';

/** The programme life cycle: each mutation moves one step, DRAFT → PUBLISHED → RUNNING → CLOSED. */
const TRANSITIONS = [
  {
    field: 'publishProgramme',
    action: 'PUBLISH',
    from: 'DRAFT',
    to: 'PUBLISHED',
    what: 'Publishes a DRAFT programme: its rules and catalogue are fixed from now on.',
  },
  {
    field: 'startProgramme',
    action: 'START',
    from: 'PUBLISHED',
    to: 'RUNNING',
    what: 'Starts a PUBLISHED programme (RUNNING).',
  },
  {
    field: 'closeProgramme',
    action: 'CLOSE',
    from: 'RUNNING',
    to: 'CLOSED',
    what: 'Closes a RUNNING programme; a CLOSED programme never changes again.',
  },
] as const satisfies ReadonlyArray<{
  field: string;
  action: string;
  from: ProgrammeStatusValue;
  to: ProgrammeStatusValue;
  what: string;
}>;

const transitionSchema = z.object({ id: globalIdSchema, comment: commentSchema.nullish() });

for (const transition of TRANSITIONS) {
  const inputName = `${transition.field.charAt(0).toUpperCase()}${transition.field.slice(1)}Input`;
  const Input = builder.inputType(inputName, {
    description: `Which programme to move from ${transition.from} to ${transition.to}, and why.`,
    fields: (t) => ({
      id: t.globalID({ required: true, for: Programme }),
      comment: t.string({
        required: false,
        description: `Kept in the programme’s history; at most ${MAX_COMMENT_LENGTH} characters.`,
      }),
    }),
  });

  builder.mutationField(transition.field, (t) =>
    t.prismaField({
      type: 'Programme',
      description: `${transition.what} Only the district’s admins may; from any other state it is INVALID_STATE. Written to the history.`,
      authorize: {
        action: 'programme:manage',
        resource: (_root, args) => ({ kind: 'Programme', id: args.input.id.id }),
      },
      errors: {
        types: changeProgrammeErrors,
        dataField: { name: 'programme', description: `The programme, now ${transition.to}.` },
      },
      args: { input: t.arg({ type: Input, required: true }) },
      resolve: async (query, _root, args, context) => {
        const input = parseInput(transitionSchema, args.input);
        const programme = await loadProgrammeForChange(context, input.id.id, { allowClosed: true });
        const refuse = (from: string) =>
          new InvalidStateError('programmeTransition', { from, to: transition.to, allowed: transition.from });
        if (programme.status !== transition.from) throw refuse(programme.status);
        await context.db.prisma.$transaction(async (tx) => {
          const { count } = await tx.programme.updateMany({
            where: { id: programme.id, status: transition.from },
            data: { status: transition.to },
          });
          if (count === 0) throw refuse('its current state');
          await recordDecision(tx, {
            subjectType: 'Programme',
            subjectId: programme.id,
            actorId: context.viewer.user?.id ?? null,
            action: transition.action,
            fromState: transition.from,
            toState: transition.to,
            comment: input.comment || null,
            orgPath: programme.orgPath,
          });
        });
        return context.db.prisma.programme.findUniqueOrThrow({ ...payloadQuery(query), where: { id: programme.id } });
      },
    }),
  );
}
