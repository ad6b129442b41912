import { createHash, webcrypto } from "node:crypto";
import type { FileHandle } from "node:fs/promises";
import { CHUNK_SIZE } from "./meter";
import { type BlobDigest, BlobTooLargeError } from "./types";

/**
 * Blocks written and hashed at once, while the next one fills: enough to keep the disk and
 * the hashing busy side by side, and few enough that memory stays at a few MiB whatever the
 * size of the file.
 */
const IN_FLIGHT = 3;

/** The sha256 of one block, in the libuv thread pool (WebCrypto copies the bytes first). */
async function chunkHash(block: Buffer): Promise<Buffer> {
  return Buffer.from(await webcrypto.subtle.digest("SHA-256", block));
}

async function writeAll(file: FileHandle, block: Buffer, position: number): Promise<void> {
  for (let done = 0; done < block.length; ) {
    const { bytesWritten } = await file.write(block, done, block.length - done, position + done);
    done += bytesWritten;
  }
}

/**
 * Writes a stream of bytes to `file` in CHUNK_SIZE blocks (one system call per MiB, not per
 * socket read) and hashes it on the way, reading each byte once: the whole blob's sha256 on
 * this thread, each block's own sha256 (its chunk hash, see Digester) in the thread pool at
 * the same time as the block's write. Pulls the next bytes only once a block is free again,
 * so a fast sender waits for the disk. Fails with BlobTooLargeError as soon as more than
 * `maxBytes` arrive, before those bytes are written. The caller syncs and closes `file`.
 */
export async function writeBlocks(
  body: AsyncIterable<Uint8Array>,
  file: FileHandle,
  maxBytes = Number.POSITIVE_INFINITY,
): Promise<BlobDigest> {
  const whole = createHash("sha256");
  const hashes: Buffer[] = [];
  const inFlight: Promise<void>[] = [];
  const free: Buffer[] = [];
  let block: Buffer = Buffer.allocUnsafeSlow(CHUNK_SIZE);
  let fill = 0;
  let size = 0;
  let index = 0;

  async function submit(): Promise<void> {
    const full = block;
    const bytes = fill === CHUNK_SIZE ? full : full.subarray(0, fill);
    const i = index++;
    whole.update(bytes);
    const job = Promise.all([chunkHash(bytes), writeAll(file, bytes, i * CHUNK_SIZE)]).then(
      ([hash]) => {
        hashes[i] = hash;
        free.push(full);
      },
    );
    // Awaited below or in `finally`; this only keeps a failure from going unhandled meanwhile.
    job.catch(() => undefined);
    inFlight.push(job);
    block = free.pop() ?? Buffer.allocUnsafeSlow(CHUNK_SIZE);
    fill = 0;
    if (inFlight.length >= IN_FLIGHT) await inFlight.shift();
  }

  try {
    for await (const data of body) {
      if (size + data.length > maxBytes) throw new BlobTooLargeError(maxBytes);
      size += data.length;
      for (let at = 0; at < data.length; ) {
        const take = Math.min(CHUNK_SIZE - fill, data.length - at);
        block.set(data.subarray(at, at + take), fill);
        fill += take;
        at += take;
        if (fill === CHUNK_SIZE) await submit();
      }
    }
    if (fill > 0) await submit();
    while (inFlight.length) await inFlight.shift();
  } finally {
    // On a failure, no write may still be running when the caller closes the file.
    await Promise.allSettled(inFlight);
  }
  return {
    size,
    sha256: whole.digest("hex"),
    chunkSize: CHUNK_SIZE,
    chunkHashes: Buffer.concat(hashes),
  };
}
