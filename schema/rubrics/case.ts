/**
 * Rubrics as CASE CFRubric JSON (1EdTech Competencies and Academic Standards Exchange 1.0/1.1):
 *
 *   CFRubric { identifier, uri, title, description, lastChangeDateTime, CFRubricCriteria: [
 *     CFRubricCriterion { identifier, uri, category, description, weight, position, rubricId, lastChangeDateTime,
 *       CFRubricCriterionLevels: [ CFRubricCriterionLevel { identifier, uri, description, quality, score, feedback,
 *         position, rubricCriterionId, lastChangeDateTime } ] } ] }
 *
 * Mapping: the rubric's id is the CFRubric identifier; criteria and levels get UUIDs derived deterministically from
 * it and their keys (name-based, SHA-1, RFC 4122 version 5), so an export imported elsewhere and exported again is the
 * same document. Criterion: category = nameZh, description = nameEn, weight = its most points. Level: quality = nameZh,
 * description = descriptorZh, feedback = descriptorEn, score = points. What CASE has no attribute for (keys, English
 * names, thresholds) travels in `extensions.tisheng` (CASE 1.1 extensions; 1.0 readers ignore it). Pure functions.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { criterionMaxPoints, type RubricContent, rubricContentSchema } from './rules.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A name-based UUID (version 5: SHA-1 of the namespace's bytes and the name). */
export function uuidV5(namespace: string, name: string): string {
  if (!UUID.test(namespace)) throw new Error(`namespace ${namespace} is not a UUID`);
  const bytes = Buffer.from(namespace.replaceAll('-', ''), 'hex');
  const hash = createHash('sha1').update(bytes).update(name, 'utf8').digest();
  const out = Buffer.from(hash.subarray(0, 16));
  out[6] = ((out[6] ?? 0) & 0x0f) | 0x50;
  out[8] = ((out[8] ?? 0) & 0x3f) | 0x80;
  const hex = out.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const caseUri = (identifier: string) => `urn:uuid:${identifier}`;
export const criterionIdentifier = (rubricId: string, criterionKey: string) =>
  uuidV5(rubricId, `criterion:${criterionKey}`);
export const levelIdentifier = (rubricId: string, criterionKey: string, levelKey: string) =>
  uuidV5(rubricId, `level:${criterionKey}:${levelKey}`);

export interface CaseRubricSource {
  id: string;
  key: string;
  titleZh: string;
  titleEn: string | null;
}

export interface CaseVersionSource {
  version: number;
  criteria: unknown;
  passPoints: number;
  excellentPoints: number;
  createdAt: Date;
}

export interface CFRubricCriterionLevel {
  identifier: string;
  uri: string;
  description: string;
  quality: string;
  score: number;
  feedback?: string;
  position: number;
  rubricCriterionId: string;
  lastChangeDateTime: string;
  extensions?: { tisheng?: { key: string; nameEn?: string } };
}

export interface CFRubricCriterion {
  identifier: string;
  uri: string;
  category: string;
  description?: string;
  weight: number;
  position: number;
  rubricId: string;
  lastChangeDateTime: string;
  CFRubricCriterionLevels: CFRubricCriterionLevel[];
  extensions?: { tisheng?: { key: string } };
}

export interface CFRubric {
  identifier: string;
  uri: string;
  title: string;
  description: string;
  lastChangeDateTime: string;
  CFRubricCriteria: CFRubricCriterion[];
  extensions?: {
    tisheng?: { key: string; titleEn?: string; passPoints: number; excellentPoints: number; version: number };
  };
}

/** CASE's date-time: ISO 8601 in UTC without milliseconds. */
const caseDateTime = (at: Date) => `${at.toISOString().slice(0, 19)}Z`;

/** One version of a rubric as a CFRubric. */
export function rubricToCase(rubric: CaseRubricSource, version: CaseVersionSource): CFRubric {
  const content = rubricContentSchema.parse({
    criteria: version.criteria,
    passPoints: version.passPoints,
    excellentPoints: version.excellentPoints,
  });
  const at = caseDateTime(version.createdAt);
  const max = content.criteria.reduce((sum, criterion) => sum + criterionMaxPoints(criterion), 0);
  return {
    identifier: rubric.id,
    uri: caseUri(rubric.id),
    title: rubric.titleZh,
    description: `${rubric.titleEn ? `${rubric.titleEn}. ` : ''}合格 ≥ ${content.passPoints}，优秀 ≥ ${content.excellentPoints}（满分 ${max}）`,
    lastChangeDateTime: at,
    CFRubricCriteria: content.criteria.map((criterion, index) => {
      const criterionId = criterionIdentifier(rubric.id, criterion.key);
      return {
        identifier: criterionId,
        uri: caseUri(criterionId),
        category: criterion.nameZh,
        ...(criterion.nameEn ? { description: criterion.nameEn } : {}),
        weight: criterionMaxPoints(criterion),
        position: index + 1,
        rubricId: rubric.id,
        lastChangeDateTime: at,
        CFRubricCriterionLevels: criterion.levels.map((level, levelIndex) => {
          const levelId = levelIdentifier(rubric.id, criterion.key, level.key);
          return {
            identifier: levelId,
            uri: caseUri(levelId),
            description: level.descriptorZh,
            quality: level.nameZh,
            score: level.points,
            ...(level.descriptorEn ? { feedback: level.descriptorEn } : {}),
            position: levelIndex + 1,
            rubricCriterionId: criterionId,
            lastChangeDateTime: at,
            extensions: { tisheng: { key: level.key, ...(level.nameEn ? { nameEn: level.nameEn } : {}) } },
          };
        }),
        extensions: { tisheng: { key: criterion.key } },
      };
    }),
    extensions: {
      tisheng: {
        key: rubric.key,
        ...(rubric.titleEn ? { titleEn: rubric.titleEn } : {}),
        passPoints: content.passPoints,
        excellentPoints: content.excellentPoints,
        version: version.version,
      },
    },
  };
}

const text = z.string().trim().min(1);
const caseLevelSchema = z.looseObject({
  identifier: z.string().regex(UUID).optional(),
  description: z.string().nullish(),
  quality: z.string().nullish(),
  score: z.number().finite(),
  feedback: z.string().nullish(),
  position: z.number().nullish(),
  extensions: z.looseObject({ tisheng: z.looseObject({ key: text, nameEn: text.optional() }).optional() }).nullish(),
});
const caseCriterionSchema = z.looseObject({
  identifier: z.string().regex(UUID).optional(),
  category: z.string().nullish(),
  description: z.string().nullish(),
  position: z.number().nullish(),
  CFRubricCriterionLevels: z.array(caseLevelSchema).min(1),
  extensions: z.looseObject({ tisheng: z.looseObject({ key: text }).optional() }).nullish(),
});
/** The part of a CFRubric an import reads (other attributes are ignored). */
export const caseRubricSchema = z.looseObject({
  identifier: z.string().regex(UUID),
  title: text,
  description: z.string().nullish(),
  lastChangeDateTime: z.iso.datetime({ offset: true }).nullish(),
  CFRubricCriteria: z.array(caseCriterionSchema).min(1),
  extensions: z
    .looseObject({
      tisheng: z
        .looseObject({
          key: text,
          titleEn: text.optional(),
          passPoints: z.number().finite(),
          excellentPoints: z.number().finite(),
        })
        .optional(),
    })
    .nullish(),
});

export interface ImportedRubric {
  identifier: string;
  key: string | null;
  titleZh: string;
  titleEn: string | null;
  lastChangeDateTime: Date | null;
  /** The content before validation against rubricContentSchema (thresholds may be missing: null). */
  content: {
    criteria: RubricContent['criteria'];
    passPoints: number | null;
    excellentPoints: number | null;
  };
}

const byPosition = <T extends { position?: number | null | undefined }>(items: readonly T[]) =>
  items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => (a.item.position ?? a.index + 1) - (b.item.position ?? b.index + 1) || a.index - b.index)
    .map(({ item }) => item);

const nonEmpty = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

/**
 * A parsed CFRubric as our rubric (not yet validated as content). Keys come from `extensions.tisheng` when present,
 * else from positions ("c1", "c1-l2"); names from category/quality, descriptors from description/feedback.
 */
export function caseToRubric(json: z.infer<typeof caseRubricSchema>): ImportedRubric {
  const ours = json.extensions?.tisheng;
  const criteria = byPosition(json.CFRubricCriteria).map((criterion, index) => {
    const key = criterion.extensions?.tisheng?.key ?? `c${index + 1}`;
    const nameZh = nonEmpty(criterion.category) ?? nonEmpty(criterion.description) ?? key;
    const nameEn = nonEmpty(criterion.category) ? nonEmpty(criterion.description) : null;
    return {
      key,
      nameZh,
      nameEn,
      levels: byPosition(criterion.CFRubricCriterionLevels).map((level, levelIndex) => {
        const levelKey = level.extensions?.tisheng?.key ?? `l${levelIndex + 1}`;
        const quality = nonEmpty(level.quality);
        const description = nonEmpty(level.description);
        return {
          key: levelKey,
          nameZh: quality ?? levelKey,
          nameEn: level.extensions?.tisheng?.nameEn ?? null,
          points: level.score,
          descriptorZh: description ?? quality ?? levelKey,
          descriptorEn: nonEmpty(level.feedback),
        };
      }),
    };
  });
  return {
    identifier: json.identifier.toLowerCase(),
    key: ours?.key ?? null,
    titleZh: json.title.trim(),
    titleEn: ours?.titleEn ?? null,
    lastChangeDateTime: json.lastChangeDateTime ? new Date(json.lastChangeDateTime) : null,
    content: { criteria, passPoints: ours?.passPoints ?? null, excellentPoints: ours?.excellentPoints ?? null },
  };
}
