import type { FileHandle } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { writeBlocks } from "./blocks";
import { CHUNK_SIZE, Digester } from "./meter";
import { BlobTooLargeError } from "./types";

const PIECE = 64 * 1024;

/** A file whose writes complete only when the test lets them (a slow disk). */
function slowFile() {
  const written: Buffer[] = [];
  const waiting: (() => void)[] = [];
  const file = {
    write(block: Buffer, offset: number, length: number, position: number) {
      return new Promise((resolve) => {
        waiting.push(() => {
          written[position / CHUNK_SIZE] = Buffer.from(block.subarray(offset, offset + length));
          resolve({ bytesWritten: length, buffer: block });
        });
      });
    },
  } as unknown as FileHandle;
  const releaseAll = () => {
    for (const go of waiting.splice(0)) go();
  };
  return { file, written, waiting, releaseAll };
}

/** `total` bytes in 64 KiB pieces, counting how many the writer has pulled. */
function source(total: number) {
  const pulled = { bytes: 0 };
  async function* pieces() {
    for (let at = 0; at < total; at += PIECE) {
      const piece = Buffer.alloc(Math.min(PIECE, total - at), (at / PIECE) % 251);
      pulled.bytes += piece.length;
      yield piece;
    }
  }
  return { pieces: pieces(), pulled };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("writeBlocks", () => {
  it("pulls only a few MiB ahead of a slow disk, whatever the upload's size", async () => {
    const total = 64 * CHUNK_SIZE + 1000;
    const { file, written, waiting, releaseAll } = slowFile();
    const { pieces, pulled } = source(total);
    const done = writeBlocks(pieces, file);
    let mostAhead = 0;
    for (let round = 0; round < 10_000 && written.filter(Boolean).length < 65; round++) {
      await tick();
      const ahead = pulled.bytes - written.filter(Boolean).length * CHUNK_SIZE;
      mostAhead = Math.max(mostAhead, ahead);
      // One block at a time reaches the disk, and only once the writer has stopped pulling.
      if (waiting.length && round % 3 === 0) waiting.shift()?.();
    }
    releaseAll();
    const digest = await done;
    expect(digest.size).toBe(total);
    expect(mostAhead).toBeLessThanOrEqual(4 * CHUNK_SIZE);

    const expected = new Digester();
    for await (const piece of source(total).pieces) expected.update(piece);
    expect(digest).toEqual(expected.digest());
    expect(Buffer.concat(written).equals(Buffer.concat(await collect(source(total).pieces)))).toBe(
      true,
    );
  });

  it("fails past the limit before writing the bytes over it", async () => {
    const { file, written, releaseAll } = slowFile();
    const done = writeBlocks(source(3 * CHUNK_SIZE).pieces, file, CHUNK_SIZE + 10);
    const settled = done.catch((err: unknown) => err);
    while (!(await Promise.race([settled.then(() => true), tick().then(() => false)])))
      releaseAll();
    expect(await settled).toBeInstanceOf(BlobTooLargeError);
    expect(written.filter(Boolean).map((b) => b.length)).toEqual([CHUNK_SIZE]);
  });
});

async function collect(pieces: AsyncIterable<Buffer>) {
  const out: Buffer[] = [];
  for await (const p of pieces) out.push(p);
  return out;
}
