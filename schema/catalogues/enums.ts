import {
  CatalogueKind as CatalogueKindValues,
  CatalogueStatus as CatalogueStatusValues,
} from '../../api/db/generated/prisma/enums.js';
import { builder } from '../builder.js';

export const CatalogueKind = builder.enumType(CatalogueKindValues, {
  name: 'CatalogueKind',
  description: 'What a catalogue describes.',
});
export const CatalogueStatus = builder.enumType(CatalogueStatusValues, {
  name: 'CatalogueStatus',
  description: 'Publication state of a catalogue version.',
});
