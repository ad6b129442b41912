import { createHash } from "node:crypto";
import { Transform, type TransformCallback } from "node:stream";
import { BlobCorruptError, BlobTooLargeError } from "./types";

/** Counts and hashes bytes passing through; fails as soon as `maxBytes` is exceeded. */
export class Meter extends Transform {
  private readonly hash = createHash("sha256");
  size = 0;

  constructor(private readonly maxBytes = Number.POSITIVE_INFINITY) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.maxBytes) {
      done(new BlobTooLargeError(this.maxBytes));
      return;
    }
    this.hash.update(chunk);
    done(null, chunk);
  }

  digest(): string {
    return this.hash.digest("hex");
  }
}

/**
 * Passes a blob's bytes through while hashing them and holds back the last chunk until the
 * checksum is confirmed: a reader never receives a complete copy of corrupt bytes, the
 * stream fails instead.
 */
export class Verifier extends Transform {
  private readonly hash = createHash("sha256");
  private held: Buffer | null = null;

  constructor(
    private readonly key: string,
    private readonly expected: string,
    private readonly onCorrupt?: (err: BlobCorruptError) => void,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.hash.update(chunk);
    const previous = this.held;
    this.held = chunk;
    done(null, previous ?? undefined);
  }

  override _flush(done: TransformCallback): void {
    const actual = this.hash.digest("hex");
    if (actual !== this.expected) {
      const err = new BlobCorruptError(this.key, this.expected, actual);
      this.onCorrupt?.(err);
      done(err);
      return;
    }
    done(null, this.held ?? undefined);
  }
}
