/**
 * Downloads of evidence files beyond the school that owns them: whoever sees an evidence (the leader of the teacher's
 * group, peers in other schools it is allocated to, the district's experts for sampled pieces, anyone in the
 * province once it is published) may download the artefacts of its submitted versions; the author also those of
 * their draft. The StoredFile type and the download route ask this rule (one statement for a page of files).
 */
import { registerFileAccess } from '../../api/storage/file-access.js';
import { visibleVersionsWhere } from './versions.js';
import { evidenceVisibleWhere } from './visibility.js';

registerFileAccess(async (db, viewer, fileIds) => {
  if (!viewer.user) return [];
  const context = { viewer };
  const rows = await db.prisma.evidenceArtefact.findMany({
    where: {
      fileId: { in: [...fileIds] },
      version: { ...visibleVersionsWhere(context), evidence: evidenceVisibleWhere(context) },
    },
    select: { fileId: true },
    distinct: ['fileId'],
  });
  return rows.map((row) => row.fileId);
});
