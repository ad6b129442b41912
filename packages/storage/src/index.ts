export { createBlobStore, readStorageConfig, type StorageConfig } from "./config";
export { createLocalStore } from "./local";
export { CHUNK_SIZE, ChunkVerifier, Digester, Meter } from "./meter";
export { createS3Store, type S3Options } from "./s3";
export {
  assertKey,
  BlobCorruptError,
  type BlobDigest,
  type BlobInfo,
  BlobNotFoundError,
  type BlobStore,
  BlobTooLargeError,
  type ByteRange,
  type PutResult,
} from "./types";
export { digestBlob, type RecordedBlob, readVerified } from "./verified";
