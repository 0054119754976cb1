import { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { assertStorageKey, type FileStorage, type StorableBytes } from './file-storage.js';

/** Where and how to reach an S3-compatible object store (config S3_*). */
export interface S3StorageSettings {
  /** The bucket holding the files (S3_BUCKET); it must exist. */
  bucket: string;
  /** The service's address (S3_ENDPOINT), e.g. `https://oss-cn-hangzhou.aliyuncs.com` or a MinIO URL; AWS when absent. */
  endpoint?: string | undefined;
  /** The region the requests are signed for (S3_REGION). */
  region: string;
  /** Access key pair (S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY); the AWS SDK's default chain (role, profile) when absent. */
  credentials?: { accessKeyId: string; secretAccessKey: string } | undefined;
  /** `endpoint/bucket/key` instead of `bucket.endpoint/key` (S3_FORCE_PATH_STYLE: MinIO and most self-hosted stores). */
  forcePathStyle: boolean;
  /** Size of each part of a multipart upload, in bytes (S3_PART_SIZE_MB; S3's minimum is 5 MiB). */
  partSizeBytes: number;
  /** Parts uploaded at once; an upload buffers at most `queueSize × partSizeBytes` (S3_UPLOAD_QUEUE). */
  queueSize: number;
}

/** The client for `settings`, speaking only what S3-compatible stores all understand. */
export function s3ClientFor(settings: S3StorageSettings): S3Client {
  return new S3Client({
    region: settings.region,
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
    ...(settings.credentials ? { credentials: settings.credentials } : {}),
    forcePathStyle: settings.forcePathStyle,
    // Checksums only where the S3 API requires them: the SDK's default (a CRC32 trailer on every upload, checked on
    // every download) is refused or ignored by many S3-compatible stores (OSS, COS, older MinIO).
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

/** True for the store's answer to a key it does not hold. */
function isMissing(error: unknown): boolean {
  return error instanceof S3ServiceException && (error.name === 'NoSuchKey' || error.$metadata.httpStatusCode === 404);
}

/**
 * Files in an S3-compatible bucket, one object per key (the key as it is: `newStorageKey()` makes 32 hex digits, which
 * S3 spreads over its partitions itself). Uploads stream through `@aws-sdk/lib-storage` (one PutObject for a small
 * file, a multipart upload in `partSizeBytes` parts for a large one); S3 makes an object visible only once it is whole,
 * and a failed multipart upload is aborted, so no reader ever sees part of a file.
 */
export class S3Storage implements FileStorage {
  readonly bucket: string;
  private readonly client: S3Client;
  private readonly partSizeBytes: number;
  private readonly queueSize: number;

  constructor(settings: S3StorageSettings, client: S3Client = s3ClientFor(settings)) {
    this.bucket = settings.bucket;
    this.client = client;
    this.partSizeBytes = settings.partSizeBytes;
    this.queueSize = settings.queueSize;
  }

  async put(key: string, bytes: StorableBytes, contentType: string): Promise<void> {
    assertStorageKey(key);
    const body = bytes instanceof Uint8Array ? bytes : Readable.from(bytes as AsyncIterable<Uint8Array>);
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: key, Body: body, ContentType: contentType },
      partSize: this.partSizeBytes,
      queueSize: this.queueSize,
      leavePartsOnError: false,
    });
    try {
      await upload.done();
    } catch (error) {
      // The source failed (or the store refused a part): stop reading it.
      if (body instanceof Readable) body.destroy();
      throw error;
    }
  }

  async get(key: string): Promise<ReadableStream<Uint8Array> | null> {
    assertStorageKey(key);
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (!object.Body) return null;
      return object.Body.transformToWebStream() as ReadableStream<Uint8Array>;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertStorageKey(key);
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
  }

  /** Closes the client's connections (at shutdown). */
  close(): void {
    this.client.destroy();
  }
}
