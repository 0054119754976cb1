import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import type { PrismaClient } from '../../api/db/client.js';
import type { CatalogueKind } from '../../api/db/generated/prisma/enums.js';
import { projectRoot } from '../../api/paths.js';

type Transaction = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

/** The rows of a tab-separated file in prisma/seed/data, each checked against `row`. */
function readTsv<Row>(file: string, row: z.ZodType<Row>): Row[] {
  const text = readFileSync(path.join(projectRoot, 'prisma', 'seed', 'data', file), 'utf8');
  const records: unknown[] = parse(text, { columns: true, delimiter: '\t', trim: true, skip_empty_lines: true });
  return records.map((record) => row.parse(record));
}

const competencyRow = z.object({
  code: z.string(),
  name_zh: z.string(),
  name_en: z.string(),
  credits: z.coerce.number().int(),
  dimension: z.string(),
  dimension_en: z.string(),
  environment: z.string(),
  environment_en: z.string(),
});

const leadershipRow = z.object({
  item: z.string(),
  summary_zh: z.string(),
  summary_en: z.string(),
  duty: z.string(),
  duty_en: z.string(),
});

interface CatalogueItem {
  code: string;
  nameZh: string;
  nameEn: string;
  credits: number | null;
  dimension: { code: string; nameZh: string };
  environment: { code: string; nameZh: string } | null;
}

interface CatalogueSpec {
  code: string;
  version: string;
  kind: CatalogueKind;
  nameZh: string;
  nameEn: string;
  publishedAt: Date;
  items: CatalogueItem[];
}

const titleCase = (code: string) =>
  code
    .toLowerCase()
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');

/** The national 30-point catalogue (2019), from prisma/seed/data/competencies-national-2019.tsv. */
export function nationalCatalogue(): CatalogueSpec {
  return {
    code: 'national-2019',
    version: '2019',
    kind: 'TEACHER_COMPETENCY',
    nameZh: '中小学教师信息技术应用能力提升工程2.0 微能力点（2019）',
    nameEn: 'National ICT Capability 2.0 micro-competency catalogue (2019)',
    publishedAt: new Date('2019-11-01T00:00:00Z'),
    items: readTsv('competencies-national-2019.tsv', competencyRow).map((row) => ({
      code: row.code,
      nameZh: row.name_zh,
      nameEn: row.name_en,
      credits: row.credits,
      dimension: { code: row.dimension_en, nameZh: row.dimension },
      environment: { code: row.environment_en, nameZh: row.environment },
    })),
  };
}

/** The principals' ICT-leadership standard (3 duties, 15 items), from the Yiyuan seed's annex 2. */
export function principalLeadershipStandard(): CatalogueSpec {
  return {
    code: 'principal-ict-leadership',
    version: '2018',
    kind: 'PRINCIPAL_LEADERSHIP',
    nameZh: '中小学校长信息化领导力标准',
    nameEn: 'ICT leadership standard for school principals',
    publishedAt: new Date('2018-11-01T00:00:00Z'),
    items: readTsv('principal-ict-leadership-standard.tsv', leadershipRow).map((row) => ({
      code: row.item,
      nameZh: row.summary_zh,
      nameEn: row.summary_en,
      credits: null,
      dimension: { code: row.duty_en, nameZh: row.duty },
      environment: null,
    })),
  };
}

/** Writes a published catalogue version once; an existing version (same code and version) is left as it is. */
export async function seedCatalogue(tx: Transaction, spec: CatalogueSpec): Promise<void> {
  const existing = await tx.catalogue.findUnique({
    where: { code_version: { code: spec.code, version: spec.version } },
    select: { id: true },
  });
  if (existing) return;
  const catalogueId = randomUUID();
  const distinct = <T extends { code: string }>(values: T[]) => [...new Map(values.map((v) => [v.code, v])).values()];
  const dimensions = distinct(spec.items.map((item) => item.dimension)).map((d, i) => ({
    id: randomUUID(),
    catalogueId,
    code: d.code,
    nameZh: d.nameZh,
    nameEn: titleCase(d.code),
    position: i + 1,
  }));
  const environments = distinct(spec.items.flatMap((item) => (item.environment ? [item.environment] : []))).map(
    (e, i) => ({
      id: randomUUID(),
      catalogueId,
      code: e.code,
      nameZh: e.nameZh,
      nameEn: titleCase(e.code),
      position: i + 1,
    }),
  );
  const idOf = (groupings: ReadonlyArray<{ code: string; id: string }>, code: string) => {
    const found = groupings.find((grouping) => grouping.code === code);
    if (!found) throw new Error(`catalogue ${spec.code}: no grouping ${code}`);
    return found.id;
  };
  await tx.catalogue.create({
    data: {
      id: catalogueId,
      code: spec.code,
      version: spec.version,
      kind: spec.kind,
      status: 'PUBLISHED',
      nameZh: spec.nameZh,
      nameEn: spec.nameEn,
      publishedAt: spec.publishedAt,
    },
  });
  await tx.dimension.createMany({ data: dimensions });
  if (environments.length) await tx.environment.createMany({ data: environments });
  await tx.competency.createMany({
    data: spec.items.map((item, i) => ({
      catalogueId,
      code: item.code,
      nameZh: item.nameZh,
      nameEn: item.nameEn,
      credits: item.credits,
      dimensionId: idOf(dimensions, item.dimension.code),
      environmentId: item.environment ? idOf(environments, item.environment.code) : null,
      position: i + 1,
    })),
  });
}
