/**
 * What a batch accepts: pure rules, unit-tested. A batch's stages restrict its schools; its total
 * quota (Xinbei: secondary schools 2,000 teachers, primary schools and kindergartens 4,000) bounds
 * the sum of its schools' quotas.
 */
import type { SchoolStage } from '../../api/db/generated/prisma/enums.js';

/**
 * True when a batch may take a school: they share a stage. A school that records no stages (its
 * stages are not known yet) is accepted, and so is any school by a batch without stages: the
 * district decides.
 */
export function batchAcceptsSchool(batchStages: readonly SchoolStage[], schoolStages: readonly SchoolStage[]): boolean {
  if (batchStages.length === 0 || schoolStages.length === 0) return true;
  return schoolStages.some((stage) => batchStages.includes(stage));
}

/** True when a total quota (null: none) allows the schools' quotas to add up to `allocated`. */
export function withinTotalQuota(totalQuota: number | null, allocated: number): boolean {
  return totalQuota === null || allocated <= totalQuota;
}
