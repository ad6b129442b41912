import { pipeline, Readable } from "node:stream";
import { ChunkVerifier, Digester } from "./meter";
import { BlobCorruptError, type BlobDigest, type BlobStore, type ByteRange } from "./types";

/** A blob as its database row records it. Chunk hashes are absent for blobs stored before
 * they existed (until the back-fill job has hashed them). */
export type RecordedBlob = {
  key: string;
  size: number;
  sha256: string;
  chunkSize: number | null;
  chunkHashes: Uint8Array | null;
};

/** Reads a whole blob once and hashes it as `put` does. */
export async function digestBlob(store: BlobStore, key: string): Promise<BlobDigest> {
  const digester = new Digester();
  for await (const chunk of await store.get(key)) digester.update(chunk as Buffer);
  return digester.digest();
}

/** Resolves once the stream has bytes to read, has ended, or has failed (then rejects). */
function firstBytes(stream: Readable): Promise<void> {
  return new Promise((resolve, reject) => {
    const settle = (err?: Error) => {
      stream.off("readable", onReady);
      stream.off("end", onReady);
      stream.off("error", settle);
      if (err) reject(err);
      else resolve();
    };
    const onReady = () => settle();
    stream.once("readable", onReady);
    stream.once("end", onReady);
    stream.once("error", settle);
  });
}

/**
 * The bytes of `range` (default: all) of a recorded blob, every one checked before it is
 * released: the chunks holding the range are read and each is compared with its recorded
 * hash (see ChunkVerifier). Resolves only once the first chunk has passed, so a caller can
 * still answer with an error status when the start is corrupt; corruption found later fails
 * the stream. `onCorrupt` hears of every mismatch (to log it with the caller's context).
 *
 * A blob without chunk hashes is first read whole and checked against its sha256, which
 * also yields the chunk hashes the served bytes are then checked against: no byte is
 * served on trust, at the price of a second read until the back-fill has run.
 */
export async function readVerified(
  store: BlobStore,
  blob: RecordedBlob,
  range?: ByteRange,
  onCorrupt?: (err: BlobCorruptError) => void,
): Promise<Readable> {
  if (blob.size === 0) return Readable.from([]);
  let chunkSize = blob.chunkSize;
  let hashes: Buffer | null = blob.chunkHashes ? Buffer.from(blob.chunkHashes) : null;
  if (!chunkSize || !hashes) {
    const digest = await digestBlob(store, blob.key);
    if (digest.sha256 !== blob.sha256 || digest.size !== blob.size) {
      const err = new BlobCorruptError(blob.key, blob.sha256, digest.sha256);
      onCorrupt?.(err);
      throw err;
    }
    chunkSize = digest.chunkSize;
    hashes = digest.chunkHashes;
  }
  if (hashes.length !== Math.ceil(blob.size / chunkSize) * 32)
    throw new Error(`The chunk hashes of ${blob.key} do not fit its size`);
  const { start, end } = range ?? { start: 0, end: blob.size - 1 };
  const first = Math.floor(start / chunkSize);
  const last = Math.floor(end / chunkSize);
  const from = first * chunkSize;
  const to = Math.min(blob.size, (last + 1) * chunkSize) - 1;
  const source = await store.get(blob.key, { start: from, end: to });
  const verifier = new ChunkVerifier({
    key: blob.key,
    chunkSize,
    hashes: hashes.subarray(first * 32, (last + 1) * 32),
    firstChunk: first,
    total: to - from + 1,
    skip: start - from,
    take: end - start + 1,
    onCorrupt,
  });
  // The callback form destroys the source when the verifier fails (and the other way
  // round); the failure still reaches whoever reads the verifier.
  const out = pipeline(source, verifier, () => undefined);
  await firstBytes(out);
  return out;
}
