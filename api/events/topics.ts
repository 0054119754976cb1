/** What changed for a teacher in a class: the kind of record their progress counts. */
export const PROGRESS_KINDS = ['VIEWING', 'POST', 'SHARE', 'ASSIGNMENT', 'GROUP_ACTIVITY'] as const;
export type ProgressKind = (typeof PROGRESS_KINDS)[number];

/**
 * One change to a teacher's progress in a class, as it travels between API instances (JSON through Redis, so `at` is
 * an ISO timestamp). Ids only: no names or other personal data.
 */
export interface ClassProgressEvent {
  enrolmentId: string;
  teacherId: string;
  kind: ProgressKind;
  /** When the change was committed (ISO 8601). */
  at: string;
}

/**
 * The topics of the event bus and their publish arguments. `classProgress` is keyed by `<classId>:<programmeId>`,
 * so its channel is `classProgress:<classId>:<programmeId>`.
 */
export type Topics = {
  classProgress: [key: string, event: ClassProgressEvent];
};

/** The key of a class's progress channel within a programme. */
export const classProgressKey = (classId: string, programmeId: string) => `${classId}:${programmeId}`;
