/**
 * `exportSurveyResults`: a survey's results as an XLSX workbook, streamed into the file storage (exceljs's streaming
 * WorkbookWriter) and returned as a StoredFile with its `downloadUrl`, as the school result sheet and the district
 * console are exported. Sheets: the results of the group asked about, the classes and schools the viewer may read,
 * and (for those who may read free text over the survey's audience) the texts. Every text from people (prompts,
 * option labels, names, answers) passes through `safeRow`, so no cell a spreadsheet would run as a formula is written.
 */
import { PassThrough } from 'node:stream';
import { InputValidationError } from '@pothos/plugin-validation';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import { type CellValue, safeRow } from '../../api/spreadsheet/safe-cell.js';
import { builder } from '../builder.js';
import { storeGenerated } from '../files/index.js';
import {
  actingUserId,
  ForbiddenActionError,
  globalIdSchema,
  NotFoundError,
  parseInput,
  payloadQuery,
} from '../shared/index.js';
import { anyScope, mayReadText, resultRoots, resultsTarget, surveyOf } from './access.js';
import {
  loadGroupCounts,
  loadGroupPage,
  loadQuestions,
  loadTargetCounts,
  loadTexts,
  type TextRow,
} from './aggregate.js';
import { emptyCounts, type GroupResult, groupResult, type QuestionResult, type QuestionSpec } from './rules.js';
import { suppressionOf } from './suppression.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const RESULT_HEADER = [
  '题号 Key',
  '题目 Question',
  '题型 Kind',
  '选项/行 Option/row',
  '评分 Rating',
  '人数 Count',
  '占比 Share',
  '均值 Mean',
  '作答人数 Answered',
];

/** One question's rows: one per option, per rating (per matrix row), or one for a text question. */
export function questionCells(result: QuestionResult): CellValue[][] {
  const q = result.question;
  const head = [q.key, q.prompt, q.kind];
  switch (q.kind) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE':
      return result.options.map((option) =>
        safeRow([...head, option.label, null, option.count, option.share, null, result.answered]),
      );
    case 'SCALE':
      return (result.rating?.distribution ?? []).map((entry) =>
        safeRow([...head, null, entry.value, entry.count, entry.share, result.rating?.mean ?? null, result.answered]),
      );
    case 'MATRIX':
      return result.rows.flatMap((row) =>
        row.distribution.map((entry) =>
          safeRow([...head, row.label, entry.value, entry.count, entry.share, row.mean, row.answered]),
        ),
      );
    case 'TEXT':
      return [safeRow([...head, null, null, null, null, null, result.answered])];
  }
}

interface GroupSheetRow {
  level: 'CLASS' | 'SCHOOL';
  name: string | null;
  result: GroupResult;
}

interface Workbook {
  title: string;
  targetName: string;
  result: GroupResult;
  groups: GroupSheetRow[];
  questions: QuestionSpec[];
  texts: TextRow[] | null;
}

const LEVEL_CELL = { CLASS: '班级 Class', SCHOOL: '学校 School' } as const;

function xlsxStream(book: Workbook): AsyncIterable<Uint8Array> {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  void (async () => {
    try {
      const results = workbook.addWorksheet('Results');
      results.addRow(safeRow(['问卷 Survey', book.title])).commit();
      results.addRow(safeRow(['范围 Scope', book.targetName])).commit();
      results
        .addRow(
          safeRow([
            '答卷人数 Respondents',
            book.result.suppressed ? '人数过少未显示 suppressed' : book.result.respondents,
          ]),
        )
        .commit();
      results.addRow([]).commit();
      results.addRow(RESULT_HEADER).commit();
      for (const question of book.result.questions)
        for (const cells of questionCells(question)) results.addRow(cells).commit();
      results.commit();

      const groups = workbook.addWorksheet('Groups');
      groups.addRow(['层级 Level', '名称 Name', '答卷人数 Respondents', ...RESULT_HEADER]).commit();
      for (const group of book.groups) {
        const head = safeRow([LEVEL_CELL[group.level], group.name ?? '']);
        if (group.result.suppressed) {
          groups.addRow([...head, '人数过少未显示 suppressed']).commit();
          continue;
        }
        for (const question of group.result.questions)
          for (const cells of questionCells(question))
            groups.addRow([...head, group.result.respondents, ...cells]).commit();
      }
      groups.commit();

      if (book.texts) {
        const texts = workbook.addWorksheet('Texts');
        const prompts = new Map(book.questions.map((question) => [question.id, question]));
        texts
          .addRow(['题号 Key', '题目 Question', '回答 Answer', '作答人 Respondent', '提交时间 Submitted at'])
          .commit();
        for (const text of book.texts) {
          const question = prompts.get(text.questionId);
          texts
            .addRow(
              safeRow([
                question?.key ?? '',
                question?.prompt ?? '',
                text.text,
                text.respondentName ?? '',
                text.submittedAt ? text.submittedAt.toISOString() : '',
              ]),
            )
            .commit();
        }
        texts.commit();
      }
      await workbook.commit();
    } catch (error) {
      out.destroy(error as Error);
    }
  })();
  return out;
}

const ExportInput = builder.inputType('ExportSurveyResultsInput', {
  description: 'The survey and, optionally, the class, school or district within it.',
  fields: (t) => ({
    surveyId: t.globalID({ required: true, description: 'The survey (`Survey` global ID).' }),
    organisationId: t.globalID({
      required: false,
      description: 'A class, school or district within the survey’s audience; omitted: the whole survey.',
    }),
  }),
});

const exportSchema = z.object({ surveyId: globalIdSchema, organisationId: globalIdSchema.nullish() });

builder.mutationField('exportSurveyResults', (t) =>
  t.prismaField({
    type: 'StoredFile',
    description:
      'A survey’s results as an XLSX workbook streamed into the file storage (download it through `downloadUrl`): sheet Results ' +
      '(the group asked about: every question, option, rating and matrix row with counts, shares and means), sheet Groups (every ' +
      'class and school the viewer may read results of, small groups of anonymous surveys suppressed) and, for those who may read ' +
      'free text over the survey’s audience (survey:readText), sheet Texts (the group’s free text; anonymous surveys without ' +
      'respondent or time). Text a spreadsheet would run as a formula is written with a leading apostrophe. For those who may ' +
      'read results over the group (action survey:readResults); NOT_FOUND otherwise, exactly like a missing survey.',
    authorize: {
      action: 'survey:readResults',
      resource: anyScope('survey:readResults'),
      afterClosing: 'allowed',
      afterClosingReason: 'an export reads the survey and writes only the exported file, no school’s programme record',
    },
    errors: {
      types: [InputValidationError, NotFoundError, ForbiddenActionError],
      result: { description: 'The file is stored.' },
      dataField: { name: 'file', description: 'The exported workbook.' },
    },
    args: { input: t.arg({ type: ExportInput, required: true, description: 'The survey and the group.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(exportSchema, args.input);
      const survey = await surveyOf(context, args.input.surveyId);
      if (!survey) throw new NotFoundError('Survey');
      const target = await resultsTarget(context, survey, input.organisationId ? args.input.organisationId : null);
      const roots = resultRoots(context, survey);
      if (!target || !roots) throw new NotFoundError('Survey');
      const prisma = context.db.prisma;
      const questions = await loadQuestions(prisma, survey.id);
      const suppressed = await suppressionOf(context, survey);
      const counts = await loadTargetCounts(prisma, survey.id, target.path);
      // The groups within both the viewer's scope and the group asked about.
      const groupRoots = roots.flatMap((root) =>
        root.startsWith(target.path) ? [root] : target.path.startsWith(root) ? [target.path] : [],
      );
      const groups: GroupSheetRow[] = [];
      for (const level of ['SCHOOL', 'CLASS'] as const) {
        const page = await loadGroupPage(prisma, survey.id, level, groupRoots);
        const byGroup = await loadGroupCounts(prisma, survey.id, {
          level,
          paths: page.groups.map((group) => group.path),
        });
        for (const group of page.groups)
          groups.push({
            level,
            name: group.name,
            result: groupResult(
              suppressed(group.path, group.respondents),
              questions,
              byGroup.get(group.path) ?? emptyCounts(),
            ),
          });
      }
      const result = groupResult(suppressed(target.path, counts.respondents), questions, counts);
      const texts =
        mayReadText(context, survey) && !result.suppressed
          ? (await loadTexts(prisma, survey, null, target.path)).texts
          : null;
      const fileId = await storeGenerated(
        prisma,
        context.files.storage,
        xlsxStream({ title: survey.title, targetName: target.name, result, groups, questions, texts }),
        {
          filename: `survey-results-${survey.id}.xlsx`,
          contentType: XLSX_TYPE,
          orgPath: target.path,
          uploadedById: actingUserId(context),
        },
      );
      return prisma.storedFile.findUniqueOrThrow({ ...payloadQuery(query, {}), where: { id: fileId } });
    },
  }),
);
