/**
 * Demo courses of two seed programmes:
 * - tianchang-2022 (seed 000): the package of each national-catalogue point, five VIDEO courses (概述 OVERVIEW, 理论 THEORY,
 *   实践 PRACTICE, 案例 CASE, 规范 SPECIFICATION), REQUIRED and bound to the point: on the study list of the teachers
 *   who selected it. Durations are a demo assumption (10, 30, 40, 30 and 15 minutes).
 * - huaibei-2022 (seed 004): the 初中语文/初中数学 module list of the seed, copied to prisma/seed/data/courses-huaibei-2022.tsv:
 *   the 通识 modules are REQUIRED (everyone), the 语文/数学 subject modules ELECTIVE (teachers add them); titles in 《》 are
 *   documents with a stated reading time, the rest videos. Kinds and durations are a demo assumption.
 * Idempotent: a programme that already has courses (or does not exist) is left alone.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import type { PrismaClient } from '../../api/db/client.js';
import { projectRoot } from '../../api/paths.js';

type Transaction = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

const TIANCHANG_PACKAGE = [
  { kind: 'OVERVIEW', suffix: 'overview', label: '概述', minutes: 10 },
  { kind: 'THEORY', suffix: 'theory', label: '理论', minutes: 30 },
  { kind: 'PRACTICE', suffix: 'practice', label: '实践', minutes: 40 },
  { kind: 'CASE', suffix: 'case', label: '案例', minutes: 30 },
  { kind: 'SPECIFICATION', suffix: 'specification', label: '规范', minutes: 15 },
] as const;

const huaibeiRow = z.object({
  code: z.string().min(1),
  stage: z.enum(['JUNIOR_SECONDARY']),
  subject: z.string(),
  module: z.string().min(1),
  title: z.string().min(1).max(200),
  kind: z.enum(['OVERVIEW', 'THEORY', 'PRACTICE', 'CASE', 'SPECIFICATION']),
  media: z.enum(['VIDEO', 'DOCUMENT']),
  minutes: z.coerce.number().int().min(1).max(1440),
  requirement: z.enum(['REQUIRED', 'ELECTIVE']),
});

/** The Huaibei module list (prisma/seed/data/courses-huaibei-2022.tsv). */
export function huaibeiCourses() {
  const text = readFileSync(path.join(projectRoot, 'prisma', 'seed', 'data', 'courses-huaibei-2022.tsv'), 'utf8');
  const records: unknown[] = parse(text, { columns: true, delimiter: '\t', trim: true, skip_empty_lines: true });
  return records.map((record) => huaibeiRow.parse(record));
}

/** The programme (id, district path, catalogue) when it exists and has no course yet; else null. */
async function emptyProgramme(tx: Transaction, code: string) {
  const programme = await tx.programme.findUnique({
    where: { code },
    select: { id: true, orgPath: true, catalogueId: true, _count: { select: { courses: true } } },
  });
  return programme && programme._count.courses === 0 ? programme : null;
}

export async function seedCourses(tx: Transaction): Promise<void> {
  const tianchang = await emptyProgramme(tx, 'tianchang-2022');
  if (tianchang) {
    const points = await tx.competency.findMany({
      where: { catalogueId: tianchang.catalogueId },
      orderBy: { position: 'asc' },
      select: { id: true, code: true, nameZh: true },
    });
    await tx.course.createMany({
      data: points.flatMap((point, p) =>
        TIANCHANG_PACKAGE.map((item, i) => ({
          programmeId: tianchang.id,
          orgPath: tianchang.orgPath,
          code: `tc-${point.code}-${item.suffix}`,
          title: `${point.code} ${point.nameZh}：${item.label}`,
          kind: item.kind,
          media: 'VIDEO' as const,
          durationSeconds: item.minutes * 60,
          requirement: 'REQUIRED' as const,
          competencyId: point.id,
          position: p * TIANCHANG_PACKAGE.length + i,
        })),
      ),
    });
  }
  const huaibei = await emptyProgramme(tx, 'huaibei-2022');
  if (huaibei) {
    await tx.course.createMany({
      data: huaibeiCourses().map((row, i) => ({
        programmeId: huaibei.id,
        orgPath: huaibei.orgPath,
        code: row.code,
        title: row.title,
        kind: row.kind,
        media: row.media,
        durationSeconds: row.minutes * 60,
        requirement: row.requirement,
        module: row.module,
        stage: row.stage,
        subject: row.subject || null,
        position: i,
      })),
    });
  }
}
