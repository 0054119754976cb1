import { builder } from '../builder.js';
import { personalData } from './user.js';

builder.prismaObjectFields('User', (t) => ({
  nationalIdMasked: t.string({
    nullable: true,
    description:
      'The national ID number (居民身份证号), masked: the first 6 and last 4 characters (440402********1234); the number itself is never stored. ' +
      'Shown to the user and to the school, district or province admins over their home organisation (action user:readPersonal); null for others and when none was given.',
    select: { nationalIdMasked: true, orgPath: true },
    authorize: { action: 'user:readPersonal', resource: personalData },
    resolve: (user) => user.nationalIdMasked,
  }),
}));
