import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { describe, expect, it } from "vitest";
import { ChunkVerifier, Digester } from "./meter";
import { BlobCorruptError } from "./types";

const data = Buffer.from("abcdefghijklmnopqrstuvwxyz0123456789");
/** The bytes cut into uneven pieces, as a socket or a file read would deliver them. */
const pieces = (b: Buffer, sizes = [1, 5, 2, 11, 3]) => {
  const out: Buffer[] = [];
  for (let at = 0, i = 0; at < b.length; i++) {
    const n = sizes[i % sizes.length] ?? 1;
    out.push(b.subarray(at, at + n));
    at += n;
  }
  return out;
};

function digestOf(b: Buffer, chunkSize: number) {
  const d = new Digester(chunkSize);
  for (const p of pieces(b)) d.update(p);
  return d.digest();
}

describe("Digester", () => {
  it("hashes the whole and each chunk, whatever the pieces", () => {
    const d = digestOf(data, 8);
    expect(d.size).toBe(36);
    expect(d.sha256).toBe(createHash("sha256").update(data).digest("hex"));
    const expected = [0, 8, 16, 24, 32].map((at) =>
      createHash("sha256")
        .update(data.subarray(at, at + 8))
        .digest(),
    );
    expect(d.chunkHashes.equals(Buffer.concat(expected))).toBe(true);
  });
});

describe("ChunkVerifier", () => {
  const { chunkHashes } = digestOf(data, 8);
  const verify = (input: Buffer, skip: number, take: number, seen: BlobCorruptError[] = []) =>
    buffer(
      Readable.from(pieces(input)).pipe(
        new ChunkVerifier({
          key: "k",
          chunkSize: 8,
          hashes: chunkHashes,
          total: data.length,
          skip,
          take,
          onCorrupt: (e) => seen.push(e),
        }),
      ),
    );

  it("passes exactly the wanted slice of intact chunks", async () => {
    expect((await verify(data, 0, 36)).toString()).toBe(data.toString());
    expect((await verify(data, 6, 13)).toString()).toBe("ghijklmnopqrs");
    expect((await verify(data, 35, 1)).toString()).toBe("9");
  });

  it("fails on a changed, missing or extra byte, and reports it", async () => {
    const seen: BlobCorruptError[] = [];
    const changed = Buffer.from(data);
    changed[20] = 0x21;
    await expect(verify(changed, 0, 36, seen)).rejects.toBeInstanceOf(BlobCorruptError);
    await expect(verify(data.subarray(0, 30), 0, 30, seen)).rejects.toBeInstanceOf(
      BlobCorruptError,
    );
    await expect(verify(Buffer.concat([data, Buffer.from("!")]), 0, 36, seen)).rejects.toThrow(
      /beyond the recorded size/,
    );
    expect(seen.map((e) => e.chunk)).toEqual([2, 3, 5]);
  });
});
