import { z } from 'zod';
import {
  DEFAULT_LINK_TTL_SECONDS,
  DOWNLOAD_PATH_PREFIX,
  MAX_LINK_TTL_SECONDS,
  signDownloadToken,
} from '../../api/storage/download-link.js';
import { builder } from '../builder.js';

/**
 * An uploaded file's metadata. Visible to viewers who can see the organisation owning it, or who reach it through a
 * record sharing it beyond that organisation (api/storage/file-access.ts: a workshop post's attachments); its
 * bytes are only reachable through `downloadUrl`, a short-lived link bound to the viewer.
 */
export const StoredFile = builder.prismaObject('StoredFile', {
  description: 'An uploaded file: its name, type, size and sha256. Download it through `downloadUrl`.',
  authScopes: (file) => ({ fileReachable: { id: file.id, orgPath: file.orgPath } }),
  fields: (t) => ({
    filename: t.exposeString('filename', {
      description: 'The name it was uploaded under (folder parts removed; at most 200 characters).',
    }),
    contentType: t.exposeString('contentType', {
      description: 'Media type, as recognised from the content (e.g. "application/pdf").',
    }),
    size: t.exposeInt('size', { description: 'Size in bytes.' }),
    sha256: t.exposeString('sha256', { description: 'SHA-256 of the bytes, as 64 lower-case hex digits.' }),
    uploadedAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was uploaded.' }),
    downloadUrl: t.string({
      description:
        'A link downloading the file, as a path on this API ("/files/<token>"): valid for `ttlSeconds` and only for the viewer it was made for, ' +
        'who must still be able to see the file when using it. No Authorization header is needed to follow it.',
      args: {
        ttlSeconds: t.arg.int({
          required: false,
          defaultValue: DEFAULT_LINK_TTL_SECONDS,
          description: `How long the link works, in seconds: 1 to ${MAX_LINK_TTL_SECONDS} (default ${DEFAULT_LINK_TTL_SECONDS}).`,
          validate: z.number().refine((ttl) => Number.isInteger(ttl) && ttl >= 1 && ttl <= MAX_LINK_TTL_SECONDS, {
            message: 'BAD_USER_INPUT.linkTtl',
            params: { max: MAX_LINK_TTL_SECONDS },
          }),
        }),
      },
      select: { id: true },
      resolve: async (file, args, context) => {
        const userId = context.viewer.user?.id;
        // The type's own scope admits only viewers who can see the file, and anonymous viewers see none.
        if (!userId) throw new Error('a stored file reached an anonymous viewer');
        const token = await signDownloadToken(
          context.files.linkSecret,
          { fileId: file.id, userId },
          args.ttlSeconds ?? DEFAULT_LINK_TTL_SECONDS,
        );
        return `${DOWNLOAD_PATH_PREFIX}${token}`;
      },
    }),
  }),
});
