import { builder } from '../builder.js';
import { Rubric } from '../rubrics/index.js';
import type { EffectiveSpec } from './effective-spec.js';
import { ARTEFACT_KINDS, type ArtefactSlot as ArtefactSlotShape } from './rules.js';

export const ArtefactKind = builder.enumType('ArtefactKind', {
  description:
    'What a slot holds: PLAN (活动方案 / 教学设计), STUDENT_WORK (学生作品), REFLECTION_VIDEO (反思视频), LESSON_VIDEO (课堂实录), ' +
    'DOCUMENT (other document), OTHER.',
  values: ARTEFACT_KINDS,
});

export const ArtefactSlot = builder.objectRef<ArtefactSlotShape>('ArtefactSlot').implement({
  description:
    'One artefact a teacher submits for the competency (e.g. one activity plan; two student works each with the teacher’s comment; ' +
    'one reflection video of at most 5 minutes with the teacher on screen), with its formats and limits.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable key within the spec; evidence artefacts name it.' }),
    kind: t.field({ type: ArtefactKind, resolve: (slot) => slot.kind }),
    nameZh: t.exposeString('nameZh', { description: 'Name in Chinese.' }),
    nameEn: t.exposeString('nameEn', { description: 'Name in English.' }),
    descriptionZh: t.string({
      nullable: true,
      description: 'What it must contain, in Chinese (e.g. 主题、目标、流程、资源、工具、评价).',
      resolve: (slot) => slot.descriptionZh ?? null,
    }),
    count: t.exposeInt('count', { description: 'Files required.' }),
    maxCount: t.exposeInt('maxCount', { description: 'Files allowed at most (≥ count).' }),
    formats: t.stringList({
      description: 'Accepted file kinds: pdf, doc, docx, xlsx, pptx, jpg, png, mp4.',
      resolve: (slot) => slot.formats,
    }),
    maxBytes: t.float({ description: 'Largest file, in bytes.', resolve: (slot) => slot.maxBytes }),
    maxVideoSeconds: t.int({
      nullable: true,
      description: 'Longest video, in seconds (read from the MP4 itself); null for no limit or no video.',
      resolve: (slot) => slot.maxVideoSeconds ?? null,
    }),
    teacherVisible: t.exposeBoolean('teacherVisible', {
      description: 'The teacher must appear in the video (教师本人出镜): raters check it.',
    }),
    commentRequired: t.exposeBoolean('commentRequired', {
      description: 'Each file needs the teacher’s comment (e.g. 学生作品附教师点评).',
    }),
  }),
});

/**
 * The effective assessment specification (测评规范) of a competency: the catalogue's, or a district's override for one
 * programme. A plain object type: resolve it with `effectiveSpec()` or `specLoader(context)` (an EffectiveSpec).
 */
export const AssessmentSpec = builder.objectRef<EffectiveSpec>('AssessmentSpec').implement({
  description:
    'The assessment specification (测评规范) of a competency: the artefacts to submit, guidance, and the rubric (评价量规) raters use. ' +
    'A district may override the catalogue’s spec for one of its programmes.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The spec’s own id (the catalogue’s, or the programme override’s).' }),
    overridden: t.exposeBoolean('overridden', {
      description: 'True when it is the programme’s override; false for the catalogue’s own spec.',
    }),
    artefacts: t.field({
      type: [ArtefactSlot],
      description: 'The artefacts to submit, in order.',
      resolve: (spec) => spec.artefacts,
    }),
    guidanceZh: t.exposeString('guidanceZh', { description: 'Guidance for teachers and raters, in Chinese.' }),
    guidanceEn: t.exposeString('guidanceEn', { nullable: true, description: 'Guidance in English.' }),
    competency: t.prismaField({
      type: 'Competency',
      description: 'The competency it specifies.',
      resolve: (query, spec, _args, context) =>
        context.db.prisma.competency.findUniqueOrThrow({ ...query, where: { id: spec.competencyId } }),
    }),
    rubric: t.prismaField({
      type: Rubric,
      nullable: true,
      description:
        'The rubric raters score with (its latest version applies to new assessments); null if hidden from the viewer.',
      resolve: (query, spec, _args, context) =>
        context.db.prisma.rubric.findUnique({ ...query, where: { id: spec.rubricId } }),
    }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
  }),
});
