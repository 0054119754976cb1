import { builder } from '../builder.js';

builder.prismaObjectFields('User', (t) => ({
  nationalIdMasked: t.string({
    nullable: true,
    description:
      'The national ID number (居民身份证号), masked: the first 6 and last 4 characters (440402********1234); the number itself is never stored. ' +
      'Shown to the user and to school or district admins over their home organisation; null for others and when none was given.',
    select: { nationalIdMasked: true, orgPath: true },
    resolve: (user, _args, context) =>
      user.id === context.viewer.user?.id || context.viewer.holdsOver(['SCHOOL_ADMIN', 'DISTRICT_ADMIN'], user.orgPath)
        ? user.nationalIdMasked
        : null,
  }),
}));
