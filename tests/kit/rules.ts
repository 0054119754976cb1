/** Selection rules of the source documents' programmes, as `d.programme({ rules: { selection: TIANCHANG } })` takes them. */

/** Tianchang: at least 20 credits, not all in one dimension, reviewed by the school. */
export const TIANCHANG = { minCredits: 20, dimensionRule: { kind: 'NOT_ALL_SAME' }, requireSchoolReview: true };

/** Yiyuan: at least 3 points, no review. */
export const YIYUAN = { minPoints: 3 };

/** Xinbei (Jiangsu): a 7-day window, then the school admin selects; 90% plan gate. */
export const XINBEI = { selectionWindowDays: 7, adminSelectsAfterDeadline: true, schoolPlanGateRate: 0.9 };

/** Tianchang's example range (学校框定能力点范围示例), in catalogue order. */
export const TIANCHANG_RANGE = ['A1', 'A2', 'A3', 'A5', 'A6', 'A7', 'B1', 'B3', 'B6', 'C5'];
