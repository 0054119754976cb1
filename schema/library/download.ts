/**
 * Downloading a library resource: a signed download link for its file (the project's `/files/<token>` links, bound to
 * the viewer, checked again when followed) and one LibraryDownload row per person, so `downloads` counts people.
 */
import { z } from 'zod';
import { DEFAULT_LINK_TTL_SECONDS, DOWNLOAD_PATH_PREFIX, signDownloadToken } from '../../api/storage/download-link.js';
import { builder } from '../builder.js';
import { actingUserId, globalIdSchema, NotFoundError, parseInput, scopeOf } from '../shared/index.js';
import { resourceErrors } from './errors.js';
import { LibraryResource, publishedFoundWhere } from './resource.js';

interface DownloadShape {
  resourceId: string;
  url: string | null;
  expiresAt: Date | null;
  counted: boolean;
}

const LibraryDownloadLink = builder.objectRef<DownloadShape>('LibraryDownloadLink').implement({
  description: 'A download of a library resource: the link to its file (when it has one) and whether it counted.',
  fields: (t) => ({
    url: t.exposeString('url', {
      nullable: true,
      description:
        `A link downloading the file, as a path on this API ("/files/<token>"), valid for ${DEFAULT_LINK_TTL_SECONDS} seconds and only for ` +
        'the viewer; null when the resource has no file (its body is the content).',
    }),
    expiresAt: t.expose('expiresAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the link stops working; null without a link.',
    }),
    counted: t.exposeBoolean('counted', {
      description: 'True when this was the viewer’s first download of the resource (it added one to `downloads`).',
    }),
    resource: t.prismaField({
      type: LibraryResource,
      description: 'The resource, with its `downloads` after this one.',
      resolve: (query, download, _args, context) =>
        context.db.prisma.libraryResource.findUniqueOrThrow({ ...query, where: { id: download.resourceId } }),
    }),
  }),
});

const DownloadLibraryResourceInput = builder.inputType('DownloadLibraryResourceInput', {
  description: 'A published resource to download.',
  fields: (t) => ({
    resourceId: t.globalID({
      required: true,
      for: LibraryResource,
      description: 'A PUBLISHED resource of a library the viewer reads.',
    }),
  }),
});

const downloadSchema = z.object({ resourceId: globalIdSchema });

builder.mutationField('downloadLibraryResource', (t) =>
  t.field({
    type: LibraryDownloadLink,
    description:
      'Downloads a PUBLISHED resource of a library the viewer reads (action library:read): a short-lived signed link to its file, or no ' +
      'link when the resource has no file (its body is the content). Either way the viewer counts once in `downloads` (LibraryDownload, ' +
      'one row per person): downloading again gives a new link and counts nothing. Anything else (unpublished, another district’s) is ' +
      'NOT_FOUND.',
    authorize: {
      action: 'library:read',
      // Who reads which library is the `finds` rule (members below a library read it, which a subtree grant cannot say): the
      // action admits readers anywhere, the resolver loads the resource through `finds` and reports anything else missing.
      resource: (_root, _args, context) => ({ paths: scopeOf(context.viewer, 'library:read'), ownerId: null }),
    },
    errors: {
      types: resourceErrors,
      result: { description: 'The link, and whether the download counted.' },
      dataField: { name: 'download', description: 'The download.' },
    },
    args: { input: t.arg({ type: DownloadLibraryResourceInput, required: true, description: 'The resource.' }) },
    resolve: async (_root, args, context) => {
      const input = parseInput(downloadSchema, args.input);
      const userId = actingUserId(context);
      const id = input.resourceId.id;
      const prisma = context.db.prisma;
      const resource = await prisma.libraryResource.findFirst({
        where: { AND: [{ id }, publishedFoundWhere(context)] },
        select: { id: true, fileId: true },
      });
      if (!resource) throw new NotFoundError('LibraryResource');
      const counted = await prisma.$transaction(async (tx) => {
        const inserted = await tx.$executeRaw`
          INSERT INTO "LibraryDownload" ("resourceId", "userId") VALUES (${id}, ${userId}) ON CONFLICT DO NOTHING`;
        if (inserted === 0) return false;
        await tx.$executeRaw`UPDATE "LibraryResource" SET downloads = downloads + 1 WHERE id = ${id}`;
        return true;
      });
      if (!resource.fileId) return { resourceId: id, url: null, expiresAt: null, counted };
      const token = await signDownloadToken(
        context.files.linkSecret,
        { fileId: resource.fileId, userId },
        DEFAULT_LINK_TTL_SECONDS,
      );
      return {
        resourceId: id,
        url: `${DOWNLOAD_PATH_PREFIX}${token}`,
        expiresAt: new Date(Date.now() + DEFAULT_LINK_TTL_SECONDS * 1000),
        counted,
      };
    },
  }),
);
