/** Rows of the OneRoster bundle import: only the district's admins; not open to sync clients. */
import { expect } from 'vitest';
import { RosterImportOneRosterDocument } from '../../../sdk/src/generated/graphql.js';
import { DISTRICT_ADMIN_ACTION, matrix, mutationOutcome, type Row } from './kit.js';

export const rows: Record<string, Row> = {
  'Mutation.importOneRoster': {
    // An empty file, as a dry run: refused as a whole (INVALID_ROSTER_FILE, not a zip) after the check; nothing written.
    run: async (x, as) => {
      const res = await matrix.t.upload(
        RosterImportOneRosterDocument,
        { input: { districtId: x.d.district.gid, dryRun: true, file: null as never } },
        { 'variables.input.file': { bytes: '', filename: 'roster.zip', contentType: 'application/zip' } },
        { as },
      );
      expect(res.errors).toBeUndefined();
      return mutationOutcome(res.data!.importOneRoster);
    },
    own: DISTRICT_ADMIN_ACTION,
  },
};
