/**
 * The author's consent (作者授权) and withdrawals: the author publishes or declines a curated resource and may withdraw
 * a published one (library:consent, the author alone); a curator over the library withdraws (library:curate).
 */
import { z } from 'zod';
import type { LibraryResourceStatus as StatusValue } from '../../api/db/generated/prisma/enums.js';
import { builder } from '../builder.js';
import { globalIdSchema, InvalidStateError, NotFoundError, parseInput, payloadQuery } from '../shared/index.js';
import { resourceErrors } from './errors.js';
import { LibraryResource } from './resource.js';
import { consentTransition, mayWithdraw } from './rules.js';

const RespondLibraryConsentInput = builder.inputType('RespondLibraryConsentInput', {
  description: 'The author’s answer to a curation of their work.',
  fields: (t) => ({
    resourceId: t.globalID({ required: true, for: LibraryResource, description: 'A resource of the viewer’s work.' }),
    consent: t.boolean({
      required: true,
      description:
        'true: publish it (also after declining); false: decline it, or withdraw it when it is already published.',
    }),
  }),
});

const respondSchema = z.object({ resourceId: globalIdSchema, consent: z.boolean() });

builder.mutationField('respondLibraryConsent', (t) =>
  t.prismaField({
    type: LibraryResource,
    description:
      'The author answers a curation of their work (action library:consent, the author alone): consenting publishes it (PUBLISHED, ' +
      '`consentedAt` set; readers find it from then on), declining leaves it DECLINED, and declining a published resource withdraws it ' +
      '(WITHDRAWN). Answering the same way again changes nothing. A withdrawn resource cannot be published again (INVALID_STATE).',
    authorize: {
      action: 'library:consent',
      resource: (_root, args) => ({ kind: 'LibraryResource', id: args.input.resourceId.id }),
    },
    errors: {
      types: resourceErrors,
      result: { description: 'The answer is recorded.' },
      dataField: { name: 'resource', description: 'The resource as it is now.' },
    },
    args: {
      input: t.arg({ type: RespondLibraryConsentInput, required: true, description: 'The resource and the answer.' }),
    },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(respondSchema, args.input);
      const id = input.resourceId.id;
      await context.db.prisma.$transaction(async (tx) => {
        const rows = await tx.$queryRaw<Array<{ status: StatusValue }>>`
          SELECT status FROM "LibraryResource" WHERE id = ${id} FOR UPDATE`;
        const status = rows[0]?.status;
        if (!status) throw new NotFoundError('LibraryResource');
        const transition = consentTransition(status, input.consent);
        if ('refusal' in transition) throw new InvalidStateError('libraryWithdrawn');
        if (transition.next === status) return;
        const now = new Date();
        await tx.libraryResource.update({
          where: { id },
          data: {
            status: transition.next,
            ...(transition.next === 'PUBLISHED' ? { consentedAt: now } : {}),
            ...(transition.next === 'WITHDRAWN' ? { withdrawnAt: now } : {}),
          },
        });
      });
      return context.db.prisma.libraryResource.findUniqueOrThrow({ ...payloadQuery(query), where: { id } });
    },
  }),
);

const WithdrawLibraryResourceInput = builder.inputType('WithdrawLibraryResourceInput', {
  description: 'A resource its author or a curator takes out of a library.',
  fields: (t) => ({
    resourceId: t.globalID({
      required: true,
      for: LibraryResource,
      description:
        'A resource awaiting consent or published: the viewer’s own, or in a library the viewer administers.',
    }),
  }),
});

const withdrawSchema = z.object({ resourceId: globalIdSchema });

builder.mutationField('withdrawLibraryResource', (t) =>
  t.prismaField({
    type: LibraryResource,
    description:
      'The author, or an admin over the library (action library:withdraw over its scope organisation: the school’s admin for a ' +
      'school library, the district’s admins for the district’s and its schools’, the province’s for all), takes a resource out of ' +
      'it: it becomes WITHDRAWN and readers no longer find it. Only a resource awaiting consent or published (else INVALID_STATE). ' +
      'A withdrawn resource cannot be published again.',
    authorize: {
      action: 'library:withdraw',
      resource: (_root, args) => ({ kind: 'LibraryResource', id: args.input.resourceId.id }),
    },
    errors: {
      types: resourceErrors,
      result: { description: 'The resource is withdrawn.' },
      dataField: { name: 'resource', description: 'The resource (WITHDRAWN).' },
    },
    args: { input: t.arg({ type: WithdrawLibraryResourceInput, required: true, description: 'The resource.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(withdrawSchema, args.input);
      const id = input.resourceId.id;
      const { count } = await context.db.prisma.libraryResource.updateMany({
        where: { id, status: { in: ['AWAITING_CONSENT', 'PUBLISHED'] } },
        data: { status: 'WITHDRAWN', withdrawnAt: new Date() },
      });
      if (count !== 1) {
        const current = await context.db.prisma.libraryResource.findUnique({ where: { id }, select: { status: true } });
        if (!current) throw new NotFoundError('LibraryResource');
        if (!mayWithdraw(current.status))
          throw new InvalidStateError('libraryNotWithdrawable', { status: current.status });
      }
      return context.db.prisma.libraryResource.findUniqueOrThrow({ ...payloadQuery(query), where: { id } });
    },
  }),
);
