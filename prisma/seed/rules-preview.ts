import type { Transaction } from '../../api/db/client.js';

// Filled in by issue 15's rules-preview work (lead's placeholder while the module is written).
export async function seedRulesPreviewDemo(_tx: Transaction): Promise<void> {}

