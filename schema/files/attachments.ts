/**
 * Files attached to records (posts, notices, group activities …): several uploads stored in one go, their
 * Attachment rows written in the owner's transaction, and a per-request loader of a record's files in order.
 */
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { Context } from '../../api/context.js';
import type { PrismaClient } from '../../api/db/client.js';
import type { StoredFile } from '../../api/db/generated/prisma/client.js';
import type { FileStorage } from '../../api/storage/file-storage.js';
import { fileReachable } from '../shared/index.js';
import { type StagedFile, stageUpload, type Transaction, type UploadLimits, type UploadOwner } from './store-upload.js';
import type { UploadedFile } from './upload-scalar.js';

/**
 * Checks and stores every upload (all or none), creates their StoredFile rows and runs `work` in the same
 * transaction. If any upload is refused or the transaction fails, every stored byte is deleted again.
 */
export async function storeUploads<T>(
  prisma: PrismaClient,
  storage: FileStorage,
  files: readonly UploadedFile[],
  options: UploadLimits & UploadOwner,
  work: (tx: Transaction, stored: StoredFile[]) => Promise<T>,
): Promise<T> {
  const staged: StagedFile[] = [];
  try {
    for (const file of files) staged.push(await stageUpload(storage, file, options));
    return await prisma.$transaction(async (tx) => {
      const stored: StoredFile[] = [];
      for (const file of staged) {
        stored.push(
          await tx.storedFile.create({
            data: { ...file, orgPath: options.orgPath, uploadedById: options.uploadedById },
          }),
        );
      }
      return work(tx, stored);
    });
  } catch (error) {
    await Promise.all(staged.map((file) => storage.delete(file.storageKey)));
    throw error;
  }
}

/** Attaches stored files to a record (`ownerType` is its GraphQL type name), in the order given. */
export async function attach(
  tx: Transaction,
  ownerType: string,
  ownerId: string,
  files: readonly { id: string }[],
): Promise<void> {
  if (files.length === 0) return;
  await tx.attachment.createMany({
    data: files.map((file, position) => ({ ownerType, ownerId, fileId: file.id, position })),
  });
}

const attachmentLoaders = createContextCache(
  (context: Context) =>
    new DataLoader(
      async (keys: readonly string[]) => {
        const owners = keys.map((key) => JSON.parse(key) as [string, string]);
        const rows = await context.db.prisma.attachment.findMany({
          where: { OR: owners.map(([ownerType, ownerId]) => ({ ownerType, ownerId })) },
          orderBy: [{ position: 'asc' }],
          select: { ownerType: true, ownerId: true, file: true },
        });
        const byOwner = new Map<string, StoredFile[]>();
        for (const row of rows) {
          const key = JSON.stringify([row.ownerType, row.ownerId]);
          byOwner.set(key, [...(byOwner.get(key) ?? []), row.file]);
        }
        return keys.map((key) => byOwner.get(key) ?? []);
      },
      { maxBatchSize: 500 },
    ),
);

/**
 * The files attached to a record that the viewer may download, in order (one statement per request for all records
 * asked about, and one reachability check for all their files): a file the viewer cannot reach is left out, never an
 * error in the list.
 */
export async function attachmentsOf(context: Context, ownerType: string, ownerId: string): Promise<StoredFile[]> {
  const files = await attachmentLoaders(context).load(JSON.stringify([ownerType, ownerId]));
  const reachable = await fileReachable(context).loadMany(files);
  return files.filter((_, i) => reachable[i] === true);
}
