import { describe, expect, it } from 'vitest';
import { C1_SPEC, DEFAULT_SPEC } from '../../prisma/seed/assessment-specs-data.js';
import {
  ARTEFACT_KINDS,
  artefactSlotSchema,
  parseSpecArtefacts,
  specArtefactsSchema,
} from '../../schema/assessment-specs/rules.js';

const issues = (schema: typeof artefactSlotSchema | typeof specArtefactsSchema, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

const [plan, studentWork, reflection] = C1_SPEC.artefacts;
if (!plan || !studentWork || !reflection) throw new Error('C1 spec has three slots');

describe('artefact slots', () => {
  it('Guangdong’s C1 example: 1 plan (doc/docx/pdf) + 2 student works with comments + 1 reflection video ≤ 5 min', () => {
    const slots = specArtefactsSchema.parse(C1_SPEC.artefacts);
    expect(slots.map((slot) => [slot.kind, slot.count])).toEqual([
      ['PLAN', 1],
      ['STUDENT_WORK', 2],
      ['REFLECTION_VIDEO', 1],
    ]);
    expect(plan.formats).toEqual(['doc', 'docx', 'pdf']);
    expect(studentWork.commentRequired).toBe(true);
    expect(reflection).toMatchObject({ formats: ['mp4'], maxVideoSeconds: 300, teacherVisible: true });
  });

  it('the default spec: one plan and one video of at most 10 minutes', () => {
    const slots = specArtefactsSchema.parse(DEFAULT_SPEC.artefacts);
    expect(slots.map((slot) => slot.kind)).toEqual(['PLAN', 'LESSON_VIDEO']);
    expect(slots[1]?.maxVideoSeconds).toBe(600);
  });

  it('knows the artefact kinds', () => {
    expect(ARTEFACT_KINDS).toEqual(['PLAN', 'STUDENT_WORK', 'REFLECTION_VIDEO', 'LESSON_VIDEO', 'DOCUMENT', 'OTHER']);
  });

  it('refuses maxCount below count, count 0, unknown formats, repeated formats', () => {
    expect(issues(artefactSlotSchema, { ...studentWork, maxCount: 1 })).toEqual([
      'maxCount: VALIDATION.slotMaxCountBelowCount',
    ]);
    expect(issues(artefactSlotSchema, { ...plan, count: 0 })).toEqual(['count: Too small: expected number to be >=1']);
    expect(issues(artefactSlotSchema, { ...plan, formats: ['exe'] })).toHaveLength(1);
    expect(issues(artefactSlotSchema, { ...plan, formats: ['pdf', 'pdf'] })).toEqual(['formats: VALIDATION.repeats']);
    expect(issues(artefactSlotSchema, { ...plan, formats: [] })).toHaveLength(1);
  });

  it('video limits only with mp4', () => {
    expect(issues(artefactSlotSchema, { ...plan, maxVideoSeconds: 300 })).toEqual([
      'maxVideoSeconds: VALIDATION.slotVideoNeedsMp4',
    ]);
    expect(issues(artefactSlotSchema, { ...plan, teacherVisible: true })).toEqual([
      'teacherVisible: VALIDATION.slotVideoNeedsMp4',
    ]);
    expect(issues(artefactSlotSchema, { ...reflection, maxVideoSeconds: null })).toEqual([]);
  });

  it('a spec has 1 to 10 slots with distinct keys', () => {
    expect(issues(specArtefactsSchema, [])).toHaveLength(1);
    expect(issues(specArtefactsSchema, [plan, plan])).toEqual(['1.key: VALIDATION.repeats']);
    const eleven = Array.from({ length: 11 }, (_, i) => ({ ...plan, key: `s${i}` }));
    expect(issues(specArtefactsSchema, eleven)).toHaveLength(1);
  });

  it('a stored row that no longer parses reads as no slots', () => {
    expect(parseSpecArtefacts([{ key: 'x' }])).toEqual([]);
    expect(parseSpecArtefacts(C1_SPEC.artefacts)).toHaveLength(3);
  });
});
