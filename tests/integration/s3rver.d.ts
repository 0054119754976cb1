/** The part of s3rver (a local S3-compatible server, dev dependency without type declarations) the tests use. */
declare module 's3rver' {
  interface S3rverOptions {
    address?: string;
    port?: number;
    silent?: boolean;
    /** Folder holding the buckets' objects. */
    directory: string;
    resetOnClose?: boolean;
    configureBuckets?: Array<{ name: string; configs: Array<string | Uint8Array> }>;
  }
  export default class S3rver {
    constructor(options: S3rverOptions);
    /** Creates the configured buckets and listens; resolves to the server's address. */
    run(): Promise<{ address: string; port: number; family: string }>;
    close(): Promise<void>;
  }
}
