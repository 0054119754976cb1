import { InputValidationError } from '@pothos/plugin-validation';
import { defineMessages } from '../../api/i18n/messages.js';
import { builder } from '../builder.js';
import { FileTooLargeError, FileTypeNotAllowedError } from '../files/index.js';
import {
  AppError,
  ConflictError,
  defineErrorCodes,
  ErrorInterface,
  ForbiddenActionError,
  InvalidStateError,
  NotFoundError,
} from '../shared/index.js';

defineErrorCodes({
  SELF_REVIEW: {
    description:
      'Nobody reviews, assesses or peer-reviews their own work (their own evidence, plan or summary). Nothing was changed.',
    message: {
      en: 'You cannot review or assess your own work.',
      'zh-CN': '不能评审或测评自己的作品。',
    },
  },
  VIDEO_TOO_LONG: {
    description:
      'A video is longer than its artefact slot allows (the duration is read from the file itself, MP4 `mvhd`); see `maxSeconds` and `actualSeconds`. Nothing was stored.',
    message: {
      en: 'The video lasts {actual}; this artefact allows at most {max}.',
      'zh-CN': '视频时长为 {actual}，该材料最长允许 {max}。',
    },
  },
  VIDEO_DURATION_UNREADABLE: {
    description:
      'A video’s duration cannot be read from the file (no MP4 `mvhd` box, or a truncated file), so its length cannot be checked; see `maxSeconds`. Nothing was stored.',
    message: {
      en: 'The video’s duration cannot be read from the file, so it cannot be checked against the limit of {max}; export it again as a complete MP4.',
      'zh-CN': '无法从文件中读取视频时长，不能确认是否超过 {max} 的上限；请重新导出完整的 MP4 文件。',
    },
  },
  MISSING_ARTEFACTS: {
    description:
      'The evidence cannot be submitted: some artefact slots of the assessment specification hold fewer files than required; see `missing`. Nothing was changed.',
    message: {
      en: 'Some required artefacts are missing: {slots}.',
      'zh-CN': '缺少必需的材料：{slotsZh}。',
    },
  },
});

defineMessages({
  'CONFLICT.evidenceStale': {
    en: 'The evidence changed meanwhile (it is now at version {version}); reload it and try again.',
    'zh-CN': '实践证据刚刚发生了变化（当前为第 {version} 版），请刷新后重试。',
  },
  'CONFLICT.evidenceMeanwhile': {
    en: 'The evidence changed meanwhile; reload it and try again.',
    'zh-CN': '实践证据刚刚发生了变化，请刷新后重试。',
  },
  'INVALID_STATE.evidenceProgrammeNotOpen': {
    en: 'Evidence can change only while the programme is published or running (it is {status, select, DRAFT {draft} CLOSED {closed} other {{status}}}).',
    'zh-CN':
      '只有项目处于已发布或进行中时才能提交实践证据（项目当前为{status, select, DRAFT {草稿} CLOSED {已结项} other {{status}}}）。',
  },
  'INVALID_STATE.evidenceNotDraft': {
    en: 'The evidence is {status, select, SUBMITTED {submitted and waiting for review} GROUP_REVIEWED {with the school’s raters} ASSESSED {assessed} other {{status}}}: it can be changed only as a draft or once it is returned.',
    'zh-CN':
      '实践证据{status, select, SUBMITTED {已提交，正在等待评审} GROUP_REVIEWED {已由教研组长审核，正在等待学校测评} ASSESSED {已测评} other {{status}}}，只有草稿或被退回后才能修改。',
  },
  'INVALID_STATE.evidenceReturnedRevise': {
    en: 'The evidence was returned: replace or add the artefacts the reviewer asked for (this starts its next version), then submit it.',
    'zh-CN': '实践证据已被退回：请先按评审意见替换或补充材料（将生成新版本），再提交。',
  },
  'INVALID_STATE.evidenceVersionLimit': {
    en: 'The evidence already has {max} versions, the most the programme allows; it cannot be revised again.',
    'zh-CN': '实践证据已有 {max} 个版本，已达项目允许的上限，不能再修改。',
  },
  'INVALID_STATE.evidenceOnlineNotPassed': {
    en: 'Evidence can be submitted only once your online study has passed (only teachers who took part in the online study and passed may be assessed).',
    'zh-CN': '参与线上研修并且成绩合格的，方有资格参加测评：您的线上研修成绩尚未合格，暂不能提交实践证据。',
  },
  'INVALID_STATE.evidenceNoSpec': {
    en: 'This competency has no assessment specification yet, so no evidence can be uploaded for it.',
    'zh-CN': '该能力点尚无测评规范，暂不能上传实践证据。',
  },
  'INVALID_STATE.evidenceSlotFull': {
    en: 'The artefact “{slot}” already holds {max, plural, one {# file} other {# files}}, the most it takes; remove one first.',
    'zh-CN': '材料“{slotZh}”已有 {max} 个文件，已达上限；请先删除一个。',
  },
  'INVALID_STATE.evidenceArtefactNotDraft': {
    en: 'Only an artefact of the current draft can be removed.',
    'zh-CN': '只能删除当前草稿中的材料。',
  },
  'VALIDATION.evidenceUnknownSlot': {
    en: 'The assessment specification has no artefact “{slot}”; it asks for: {slots}',
    'zh-CN': '测评规范中没有材料“{slot}”，需要的材料为：{slots}',
  },
  'VALIDATION.evidenceCommentRequired': {
    en: 'This artefact needs your comment (e.g. on the student’s work)',
    'zh-CN': '该材料需要填写评语（例如对学生作品的点评）',
  },
});

/** "4:59", "1:02:03" */
export function formatDuration(seconds: number): string {
  const whole = Math.round(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** The evidence moved on since the viewer loaded it (code CONFLICT): reload and act on the current version. */
export class StaleEvidenceError extends AppError {
  constructor(readonly currentVersion: number) {
    super('CONFLICT', 'CONFLICT.evidenceStale', { version: currentVersion });
    this.name = 'StaleEvidenceError';
  }
}

builder.objectType(StaleEvidenceError, {
  name: 'StaleEvidenceError',
  interfaces: [ErrorInterface],
  description:
    'The evidence moved on since it was loaded (code CONFLICT): another decision or submission came first. Reload it and act on the current version.',
  fields: (t) => ({
    currentVersion: t.exposeInt('currentVersion', { description: 'The evidence’s current version.' }),
  }),
});

/** Nobody reviews or assesses their own work (code SELF_REVIEW). */
export class SelfReviewError extends AppError {
  constructor() {
    super('SELF_REVIEW', 'SELF_REVIEW');
    this.name = 'SelfReviewError';
  }
}

builder.objectType(SelfReviewError, {
  name: 'SelfReviewError',
  interfaces: [ErrorInterface],
  description: 'The viewer tried to review or assess their own work (code SELF_REVIEW); nothing was changed.',
});

/** A video longer than its slot allows (code VIDEO_TOO_LONG). */
export class VideoTooLongError extends AppError {
  constructor(
    readonly maxSeconds: number,
    readonly actualSeconds: number,
  ) {
    super('VIDEO_TOO_LONG', 'VIDEO_TOO_LONG', {
      max: formatDuration(maxSeconds),
      actual: formatDuration(actualSeconds),
    });
    this.name = 'VideoTooLongError';
  }
}

builder.objectType(VideoTooLongError, {
  name: 'VideoTooLongError',
  interfaces: [ErrorInterface],
  description: 'The video is longer than the artefact allows (code VIDEO_TOO_LONG); nothing was stored.',
  fields: (t) => ({
    maxSeconds: t.exposeFloat('maxSeconds', { description: 'Longest duration allowed, in seconds.' }),
    actualSeconds: t.exposeFloat('actualSeconds', {
      description: 'The video’s duration read from the file, in seconds.',
    }),
  }),
});

/** A video whose duration cannot be read from the file (code VIDEO_DURATION_UNREADABLE). */
export class VideoDurationUnreadableError extends AppError {
  constructor(readonly maxSeconds: number) {
    super('VIDEO_DURATION_UNREADABLE', 'VIDEO_DURATION_UNREADABLE', { max: formatDuration(maxSeconds) });
    this.name = 'VideoDurationUnreadableError';
  }
}

builder.objectType(VideoDurationUnreadableError, {
  name: 'VideoDurationUnreadableError',
  interfaces: [ErrorInterface],
  description:
    'The video’s duration cannot be read from the file (code VIDEO_DURATION_UNREADABLE), so its limit cannot be checked; nothing was stored.',
  fields: (t) => ({
    maxSeconds: t.exposeFloat('maxSeconds', { description: 'Longest duration allowed, in seconds.' }),
  }),
});

/** One artefact slot short of files at submission. */
export interface MissingSlot {
  slot: string;
  nameZh: string;
  nameEn: string;
  required: number;
  present: number;
}

/** Some slots hold fewer artefacts than the spec requires (code MISSING_ARTEFACTS). */
export class MissingArtefactsError extends AppError {
  constructor(readonly missing: readonly MissingSlot[]) {
    super('MISSING_ARTEFACTS', 'MISSING_ARTEFACTS', {
      slots: missing.map((slot) => `${slot.nameEn} (${slot.present}/${slot.required})`).join(', '),
      slotsZh: missing.map((slot) => `${slot.nameZh}（${slot.present}/${slot.required}）`).join('、'),
    });
    this.name = 'MissingArtefactsError';
  }
}

const MissingSlotRef = builder.objectRef<MissingSlot>('EvidenceMissingSlot').implement({
  description: 'An artefact slot holding fewer files than the assessment specification requires.',
  fields: (t) => ({
    slot: t.exposeString('slot', { description: 'The slot’s key in the specification.' }),
    nameZh: t.exposeString('nameZh', { description: 'The slot’s name in Chinese.' }),
    nameEn: t.exposeString('nameEn', { description: 'The slot’s name in English.' }),
    required: t.exposeInt('required', { description: 'Files the slot needs.' }),
    present: t.exposeInt('present', { description: 'Files it holds.' }),
  }),
});

builder.objectType(MissingArtefactsError, {
  name: 'MissingArtefactsError',
  interfaces: [ErrorInterface],
  description:
    'The evidence lacks required artefacts (code MISSING_ARTEFACTS); `missing` lists the slots. Nothing was changed.',
  fields: (t) => ({
    missing: t.field({
      type: [MissingSlotRef],
      description: 'The slots short of files.',
      resolve: (error) => [...error.missing],
    }),
  }),
});

/** What uploading an artefact can return besides the evidence. */
export const addArtefactErrors = [
  InputValidationError,
  NotFoundError,
  ForbiddenActionError,
  InvalidStateError,
  FileTooLargeError,
  FileTypeNotAllowedError,
  VideoTooLongError,
  VideoDurationUnreadableError,
];
/** What removing an artefact can return besides the evidence. */
export const removeArtefactErrors = [NotFoundError, ForbiddenActionError, InvalidStateError];
/** What submitting can return besides the evidence. */
export const submitEvidenceErrors = [
  InputValidationError,
  NotFoundError,
  ForbiddenActionError,
  InvalidStateError,
  MissingArtefactsError,
  StaleEvidenceError,
  ConflictError,
];
/** What setting the publication consent can return besides the evidence. */
export const consentErrors = [NotFoundError, ForbiddenActionError];
