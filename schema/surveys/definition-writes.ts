/** Writing a survey's sections and questions (createSurvey, updateSurvey, createSelfAssessment, the seed). */
import { v7 as uuidv7 } from 'uuid';
import type { Transaction } from '../../api/db/client.js';
import type { Prisma } from '../../api/db/generated/prisma/client.js';
import type { SectionRow } from './rules.js';

/** Per-question extras: a self-assessment's framework item and grouping, by question key. */
export type QuestionLinks = ReadonlyMap<string, { competencyId: string; dimensionId: string }>;

const json = (value: unknown) => (value === null ? undefined : (value as Prisma.InputJsonValue));

/** Stores the sections and their questions of a survey (two statements, whatever their number). */
export async function writeSections(
  tx: Transaction,
  surveyId: string,
  sections: readonly SectionRow[],
  links: QuestionLinks = new Map(),
): Promise<void> {
  if (sections.length === 0) return;
  const withIds = sections.map((section) => ({ ...section, id: uuidv7() }));
  await tx.surveySection.createMany({
    data: withIds.map((s) => ({
      id: s.id,
      surveyId,
      position: s.position,
      title: s.title,
      description: s.description,
    })),
  });
  const questions = withIds.flatMap((s) =>
    s.questions.map((q) => ({
      surveyId,
      sectionId: s.id,
      position: q.position,
      key: q.key,
      kind: q.kind,
      prompt: q.prompt,
      required: q.required,
      options: json(q.options),
      rows: json(q.rows),
      scaleMin: q.scaleMin,
      scaleMax: q.scaleMax,
      maxChoices: q.maxChoices,
      competencyId: links.get(q.key)?.competencyId ?? null,
      dimensionId: links.get(q.key)?.dimensionId ?? null,
    })),
  );
  if (questions.length) await tx.surveyQuestion.createMany({ data: questions });
}

/** Removes a draft's sections and questions (before writing new ones). */
export async function clearSections(tx: Transaction, surveyId: string): Promise<void> {
  await tx.surveyQuestion.deleteMany({ where: { surveyId } });
  await tx.surveySection.deleteMany({ where: { surveyId } });
}
