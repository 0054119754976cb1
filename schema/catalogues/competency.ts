import { builder } from '../builder.js';
import { catalogueVisibleWhere } from './visibility.js';

export const Competency = builder.prismaNode('Competency', {
  id: { field: 'id' },
  // A missing or invisible object resolves to null through node(id), not to an error.
  nullable: true,
  description: 'One item of a catalogue: a micro-competency (微能力点) such as A1, or an item of a standard.',
  findUnique: (id, context) => ({ id, catalogue: catalogueVisibleWhere(context) }),
  include: { catalogue: { select: { status: true, ownerOrganisation: { select: { path: true } } } } },
  authScopes: ({ catalogue }) =>
    catalogue.status === 'DRAFT' ? { visible: catalogue.ownerOrganisation?.path ?? '\u0000no-owner' } : true,
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Code within the catalogue (e.g. "A1", "B3").' }),
    nameZh: t.exposeString('nameZh', { description: 'Name in Chinese.' }),
    nameEn: t.exposeString('nameEn', { description: 'Name in English.' }),
    credits: t.exposeInt('credits', {
      nullable: true,
      description: 'Credits (学分) the item is worth; null where the framework gives none.',
    }),
    dimension: t.relation('dimension'),
    environment: t.relation('environment', {
      nullable: true,
      description: 'Teaching environment; null where the framework has none.',
    }),
    catalogue: t.relation('catalogue'),
  }),
});
