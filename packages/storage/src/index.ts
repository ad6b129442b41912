export { createBlobStore, readStorageConfig, type StorageConfig } from "./config";
export { createLocalStore } from "./local";
export { Meter, Verifier } from "./meter";
export { createS3Store, type S3Options } from "./s3";
export {
  assertKey,
  BlobCorruptError,
  type BlobInfo,
  BlobNotFoundError,
  type BlobStore,
  BlobTooLargeError,
  type ByteRange,
  type PutResult,
} from "./types";
