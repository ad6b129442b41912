import { randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, open, readdir, rename, rm, stat, unlink } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { CHUNK_SIZE, Meter } from "./meter";
import {
  assertKey,
  type BlobInfo,
  BlobNotFoundError,
  type BlobStore,
  type ByteRange,
  type IncompleteWrite,
  isKey,
  type PutResult,
} from "./types";

/**
 * A temporary file is named after the key it is written for (`/` becomes `.`, which keys
 * never contain), so a clean-up can tell whose upload a leftover belongs to. Names that
 * would be too long for a file system carry no key.
 */
function tempName(key: string): string {
  const named = key.split("/").join(".");
  return named.length <= 180 ? `${named}.${randomUUID()}.part` : `${randomUUID()}.part`;
}

function keyOfTemp(name: string): string | null {
  const m = /^(.+)\.[0-9a-f-]{36}\.part$/.exec(name);
  const key = m?.[1]?.split(".").join("/");
  return key && isKey(key) ? key : null;
}

/**
 * Blobs as files under `root/blobs`. A write goes to `root/tmp` first, is fsynced, then
 * renamed into place (atomic on one file system), so a half-written file is never visible.
 */
export function createLocalStore(root: string): BlobStore {
  const blobs = path.join(root, "blobs");
  const tmp = path.join(root, "tmp");
  const fileOf = (key: string) => {
    assertKey(key);
    return path.join(blobs, ...key.split("/"));
  };

  return {
    driver: "local",

    async put(key: string, body: AsyncIterable<Uint8Array>, opts = {}): Promise<PutResult> {
      const target = fileOf(key);
      await mkdir(tmp, { recursive: true });
      await mkdir(path.dirname(target), { recursive: true });
      const temp = path.join(tmp, tempName(key));
      const meter = new Meter(opts.maxBytes);
      try {
        // `flush` fsyncs before close: the bytes are on disk before the rename makes them visible.
        // A 1 MiB buffer lets the socket's 64 KiB reads gather while a write is under way, to
        // go to disk together (one system call for many reads: half the CPU time per byte).
        const file = createWriteStream(temp, {
          flags: "wx",
          flush: true,
          highWaterMark: CHUNK_SIZE,
        });
        await pipeline(body, meter, file);
        await rename(temp, target);
        const dir = await open(path.dirname(target), "r");
        await dir.sync().finally(() => dir.close());
        return meter.result();
      } catch (err) {
        await rm(temp, { force: true });
        throw err;
      }
    },

    async get(key: string, range?: ByteRange): Promise<Readable> {
      const file = fileOf(key);
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) throw new BlobNotFoundError(key);
      // One chunk per read: a verified read (which starts on a chunk boundary) checks and
      // passes on each chunk as it was read, in one piece.
      return createReadStream(file, { ...range, highWaterMark: CHUNK_SIZE });
    },

    async stat(key: string) {
      const info = await stat(fileOf(key)).catch(() => null);
      return info?.isFile() ? { size: info.size } : null;
    },

    async delete(key: string) {
      await unlink(fileOf(key)).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== "ENOENT") throw err;
      });
    },

    async *list(prefix = ""): AsyncIterable<BlobInfo> {
      const entries = await readdir(blobs, { recursive: true, withFileTypes: true }).catch(
        (err: NodeJS.ErrnoException) => {
          if (err.code === "ENOENT") return [];
          throw err;
        },
      );
      for (const entry of entries) {
        if (!entry.isFile()) continue;
        const full = path.join(entry.parentPath, entry.name);
        const key = path.relative(blobs, full).split(path.sep).join("/");
        if (!key.startsWith(prefix)) continue;
        const info = await stat(full);
        yield { key, size: info.size, lastModified: info.mtime };
      }
    },

    async *listIncomplete(): AsyncIterable<IncompleteWrite> {
      const names = await readdir(tmp).catch(() => [] as string[]);
      for (const name of names) {
        const info = await stat(path.join(tmp, name)).catch(() => null);
        if (info?.isFile()) yield { key: keyOfTemp(name), since: info.mtime, ref: name };
      }
    },

    async discardIncomplete(write: IncompleteWrite) {
      if (path.basename(write.ref) !== write.ref) throw new Error(`Invalid leftover ${write.ref}`);
      await rm(path.join(tmp, write.ref), { force: true });
    },
  };
}
