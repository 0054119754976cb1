import { builder } from '../builder.js';
import { historyField } from '../history/index.js';
import { Organisation } from '../organisations/index.js';
import { rubricToCase } from './case.js';
import {
  criterionMaxPoints,
  maxPoints,
  type RubricContent,
  type RubricCriterion,
  type RubricLevel as RubricLevelShape,
  rubricContentSchema,
} from './rules.js';
import { rubricVisible, rubricVisibleWhere } from './visibility.js';

/** The content of a stored version (validated when written); a row that no longer parses reads as no criteria. */
export function versionContent(row: { criteria: unknown; passPoints: number; excellentPoints: number }): RubricContent {
  const parsed = rubricContentSchema.safeParse({
    criteria: row.criteria,
    passPoints: row.passPoints,
    excellentPoints: row.excellentPoints,
  });
  return parsed.success
    ? parsed.data
    : { criteria: [], passPoints: row.passPoints, excellentPoints: row.excellentPoints };
}

export const RubricLevel = builder.objectRef<RubricLevelShape>('RubricLevel').implement({
  description: 'One level of a criterion (e.g. 优秀 / 合格 / 待改进) with its points and descriptor.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable key within the criterion; send it when scoring.' }),
    nameZh: t.exposeString('nameZh', { description: 'Name in Chinese.' }),
    nameEn: t.string({ nullable: true, description: 'Name in English.', resolve: (level) => level.nameEn ?? null }),
    points: t.exposeFloat('points', { description: 'Points the level gives.' }),
    descriptorZh: t.exposeString('descriptorZh', { description: 'What work at this level looks like, in Chinese.' }),
    descriptorEn: t.string({
      nullable: true,
      description: 'What work at this level looks like, in English.',
      resolve: (level) => level.descriptorEn ?? null,
    }),
  }),
});

export const RubricCriterionType = builder.objectRef<RubricCriterion>('RubricCriterion').implement({
  description: 'One criterion (评价指标) of a rubric and its levels, best first as the author ordered them.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable key within the rubric; send it when scoring.' }),
    nameZh: t.exposeString('nameZh', { description: 'Name in Chinese.' }),
    nameEn: t.string({ nullable: true, description: 'Name in English.', resolve: (c) => c.nameEn ?? null }),
    levels: t.field({ type: [RubricLevel], resolve: (criterion) => criterion.levels }),
    maxPoints: t.float({ description: 'Points of its best level.', resolve: (c) => criterionMaxPoints(c) }),
  }),
});

/** One immutable version of a rubric: an assessment made with it keeps it. */
export const RubricVersion = builder.prismaObject('RubricVersion', {
  description:
    'One immutable version of a rubric (评价量规): its criteria, levels and thresholds. A new version never changes an assessment made with an older one.',
  select: {
    id: true,
    rubricId: true,
    version: true,
    criteria: true,
    passPoints: true,
    excellentPoints: true,
    createdAt: true,
  },
  fields: (t) => ({
    version: t.exposeInt('version', { description: 'Version number, 1, 2, …' }),
    criteria: t.field({
      type: [RubricCriterionType],
      description: 'The criteria, in order.',
      resolve: (row) => versionContent(row).criteria,
    }),
    passPoints: t.exposeFloat('passPoints', {
      description: 'Total points at or above which the outcome is PASS (合格).',
    }),
    excellentPoints: t.exposeFloat('excellentPoints', {
      description: 'Total points at or above which the outcome is EXCELLENT (优秀).',
    }),
    maxPoints: t.float({
      description: 'The most points: the sum of every criterion’s best level.',
      resolve: (row) => maxPoints(versionContent(row)),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the version was made.' }),
  }),
});

export const RUBRIC_SELECT = {
  id: true,
  key: true,
  titleZh: true,
  titleEn: true,
  orgPath: true,
  latestVersion: true,
  updatedAt: true,
} as const;

/** A rubric (评价量规): criteria × levels with points, in immutable versions. */
export const Rubric = builder.prismaNode('Rubric', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A rubric (评价量规): criteria × levels with points and pass/excellent thresholds, kept in immutable versions. National ' +
    'rubrics are readable by anyone; a district’s or province’s by the people on its line.',
  select: RUBRIC_SELECT,
  findUnique: (id, context) => ({ id, ...rubricVisibleWhere(context) }),
  authScopes: (rubric, context) => rubricVisible(context, rubric.orgPath),
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable key within the owner; CASE identifiers derive from it.' }),
    titleZh: t.exposeString('titleZh', { description: 'Title in Chinese.' }),
    titleEn: t.exposeString('titleEn', { nullable: true, description: 'Title in English.' }),
    national: t.boolean({
      description: 'True for the national defaults (readable by anyone, changed by nobody).',
      resolve: (rubric) => rubric.orgPath === '/',
    }),
    owner: t.field({
      type: Organisation,
      nullable: true,
      description:
        'The district or province owning it; null for the national defaults, and for viewers below the owner (a teacher reads ' +
        '`ownerName`).',
      // Loaded with the rubric and checked with the Organisation type's own rule.
      select: (_args, _context, nestedSelection) => ({ ownerOrganisation: nestedSelection(true) }),
      resolve: (rubric, _args, context) =>
        rubric.ownerOrganisation && context.viewer.canSee(rubric.ownerOrganisation.path)
          ? rubric.ownerOrganisation
          : null,
    }),
    ownerName: t.string({
      nullable: true,
      description: 'Name of the owning district or province; null for the national defaults.',
      select: { ownerOrganisation: { select: { name: true } } },
      resolve: (rubric) => rubric.ownerOrganisation?.name ?? null,
    }),
    latestVersion: t.exposeInt('latestVersion', {
      description: 'Number of the latest version: send it as `expectedVersion` when revising.',
    }),
    latest: t.field({
      type: RubricVersion,
      description: 'The latest version.',
      select: (_args, _context, nestedSelection) => ({
        // The same relation query as `versions` and `caseJson` (Pothos merges them into one load): all versions, newest first.
        versions: nestedSelection({ orderBy: { version: 'desc' } }),
      }),
      resolve: (rubric) => {
        const [latest] = rubric.versions;
        if (!latest) throw new Error(`rubric ${rubric.id} has no version`);
        return latest;
      },
    }),
    versions: t.relation('versions', {
      description: 'Every version, newest first.',
      query: { orderBy: { version: 'desc' } },
    }),
    caseJson: t.string({
      description:
        'The latest version as CASE 1.0 CFRubric JSON (1EdTech Competencies and Academic Standards Exchange); `rubricCaseJson` exports any version.',
      select: { versions: { orderBy: { version: 'desc' } } },
      resolve: (rubric) => {
        const [latest] = rubric.versions;
        return latest ? JSON.stringify(rubricToCase(rubric, latest)) : '{}';
      },
    }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When its latest version was made.' }),
    history: historyField('Rubric')(t),
  }),
});
