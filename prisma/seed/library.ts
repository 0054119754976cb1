import type { Transaction } from '../../api/db/client.js';

// Filled in by issue 15's library work (lead's placeholder while the module is written).
export async function seedLibrary(_tx: Transaction): Promise<void> {}

