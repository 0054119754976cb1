import { builder } from '../builder.js';

export const Dimension = builder.prismaObject('Dimension', {
  description:
    'A grouping of catalogue items: 学情分析, 教学设计, 学法指导, 学业评价 (or, in the leadership standard, a duty).',
  fields: (t) => ({
    code: t.exposeString('code'),
    nameZh: t.exposeString('nameZh'),
    nameEn: t.exposeString('nameEn'),
    position: t.exposeInt('position', { description: 'Order within the catalogue, from 1.' }),
  }),
});

export const Environment = builder.prismaObject('Environment', {
  description: 'A teaching environment: 多媒体 (multimedia), 混合 (blended), 智慧 (smart).',
  fields: (t) => ({
    code: t.exposeString('code'),
    nameZh: t.exposeString('nameZh'),
    nameEn: t.exposeString('nameEn'),
    position: t.exposeInt('position', { description: 'Order within the catalogue, from 1.' }),
  }),
});
