import { builder } from '../builder.js';

/** A person's sign-on identities are personal data: theirs, and their home organisation's admins'. */
const personalData = (user: { id: string; orgPath: string }) => ({ paths: [user.orgPath], ownerId: user.id });

export const UserIdentity = builder.prismaObject('UserIdentity', {
  description:
    'A sign-on identity: the subject (`sub`) an identity provider (`iss`) knows a person by. A token of a trusted provider whose ' +
    'subject is linked signs in as that person.',
  fields: (t) => ({
    issuer: t.exposeString('issuer', {
      description: 'The identity provider: the `iss` of its tokens (1 to 255 characters).',
    }),
    subject: t.exposeString('subject', {
      description: 'The person at that provider: the `sub` of their tokens (1 to 255 characters).',
    }),
    linkedAt: t.expose('createdAt', { type: 'DateTime', description: 'When the identity was linked.' }),
  }),
});

builder.prismaObjectField('User', 'identities', (t) =>
  t.relation('identities', {
    nullable: true,
    description:
      'The sign-on identities linked to the person, by issuer then subject: shown to the person and to school, district or province ' +
      'admins over their home organisation (action user:readPersonal); null for others.',
    authorize: { action: 'user:readPersonal', resource: personalData },
    query: { orderBy: [{ issuer: 'asc' }, { subject: 'asc' }] },
  }),
);
