import type { Transaction } from '../../api/db/client.js';

// Filled in by issue 15's surveys work (lead's placeholder while the module is written).
export async function seedSurveyTemplates(_tx: Transaction): Promise<void> {}

// Filled in by issue 15's surveys work (lead's placeholder while the module is written).
export async function seedDemoSurveys(_tx: Transaction): Promise<void> {}

