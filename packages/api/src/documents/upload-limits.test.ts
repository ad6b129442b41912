import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { BlobStore } from "@consortia/storage";
import { describe, expect, vi } from "vitest";
import type { ApiDeps } from "../context";
import { it, test } from "../testing/fixture";
import type { Harness } from "../testing/harness";
import { request, serveHandler } from "../testing/http-server";
import { handleUpload } from "./http";
import { cleanUpAtStart } from "./reservations";

let deps: ApiDeps;
let storeRoot: string;
test.beforeAll(async ({ h }) => {
  // In the web server the store is made at start-up (instrumentation) from its own bundled
  // copy of @consortia/storage, not the copy the route handlers import: so here too.
  vi.resetModules();
  const storage = await import("@consortia/storage");
  storeRoot = await mkdtemp(path.join(tmpdir(), "consortia-upload-limits-"));
  deps = { ...h.deps, store: storage.createLocalStore(storeRoot) as BlobStore };
});

const base = "http://consortia.test";
const MiB = 1024 * 1024;

/** `total` bytes of text in 64 KiB chunks, produced as the client sends them. */
async function* textBytes(total: number) {
  for (let sent = 0; sent < total; sent += 64 * 1024) {
    yield Buffer.alloc(Math.min(64 * 1024, total - sent), "a");
  }
}

function uploadHeaders(h: Harness, title: string) {
  const q = new URLSearchParams({ title, category: "meeting_material", visibility: "partnership" });
  return {
    path: `/api/projects/${h.f.projectA.id}/documents?${q}`,
    headers: {
      origin: base,
      host: "consortia.test",
      "x-consortia-upload": "1",
      "x-file-name": "minutes.txt",
    },
  };
}

async function nothingStored(h: Harness, title: string) {
  const rows = await h.db.selectFrom("documents").select("id").where("title", "=", title).execute();
  expect(rows).toEqual([]);
  // Every blob belongs to a recorded version: none was left behind.
  const recorded = await h.db.selectFrom("document_versions").select("blob_key").execute();
  const known = new Set(recorded.map((r) => r.blob_key));
  const blobs: string[] = [];
  for await (const b of deps.store.list("projects/")) blobs.push(b.key);
  expect(blobs.filter((k) => !known.has(k))).toEqual([]);
  expect(await readdir(path.join(storeRoot, "tmp")).catch(() => [])).toEqual([]);
}

describe("upload limits over real HTTP", () => {
  it("answers 413 for a streamed upload over the limit without Content-Length, and stores nothing", async ({
    h,
  }) => {
    const ctx = await h.contextFor(await h.sessionFor(h.f.users.partner_editor.id), deps);
    const server = await serveHandler((req) => handleUpload(ctx, h.f.projectA.id, req));
    try {
      const { path: url, headers } = uploadHeaders(h, "Chunked and too large");
      const res = await request(`${server.url}${url}`, {
        method: "POST",
        headers: { ...headers, "transfer-encoding": "chunked" },
        body: textBytes(h.deps.config.uploadMaxBytes + MiB),
        timeoutMs: 20_000,
      });
      expect(res.status).toBe(413);
      expect(JSON.parse(res.bytes.toString()).error.code).toBe("PAYLOAD_TOO_LARGE");
      await nothingStored(h, "Chunked and too large");
    } finally {
      await server.close();
    }
  });
});

/** A body that never ends: `fill` bytes in 64 KiB chunks, as long as they are read. */
function endlessBody(fill: number) {
  const seen = { chunks: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      seen.chunks++;
      controller.enqueue(new Uint8Array(64 * 1024).fill(fill));
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  return { body, seen };
}

describe("a refused upload", () => {
  it("stops reading the request's body, for its type or its size", async ({ h }) => {
    const ctx = await h.contextFor(await h.sessionFor(h.f.users.partner_editor.id), deps);
    const send = (body: ReadableStream<Uint8Array>, title: string) => {
      const { path: url, headers } = uploadHeaders(h, title);
      const init = { method: "POST", headers, body, duplex: "half" } as RequestInit;
      return handleUpload(ctx, h.f.projectA.id, new Request(`${base}${url}`, init));
    };
    // Zero bytes: no known type, and not text.
    const binary = endlessBody(0);
    expect((await send(binary.body, "Not a text file")).status).toBe(415);
    await vi.waitFor(() => expect(binary.seen.cancelled).toBe(true));
    expect(binary.seen.chunks).toBeLessThan(8);

    const text = endlessBody(0x61);
    expect((await send(text.body, "Endless text")).status).toBe(413);
    await vi.waitFor(() => expect(text.seen.cancelled).toBe(true));
    const limitChunks = h.deps.config.uploadMaxBytes / (64 * 1024);
    expect(text.seen.chunks).toBeLessThan(limitChunks + 8);
    await nothingStored(h, "Endless text");
  });
});

/** An upload sent as a stream without Content-Length that stops after `bytes` and waits. */
function stalledUpload(
  h: Harness,
  ctx: Awaited<ReturnType<typeof h.contextFor>>,
  title: string,
  bytes: number,
) {
  let sent = 0;
  let go: (ending: "finish" | "fail") => void = () => undefined;
  const gate = new Promise<"finish" | "fail">((resolve) => {
    go = resolve;
  });
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (sent >= bytes) {
        if ((await gate) === "fail") controller.error(new Error("connection reset"));
        else controller.close();
        return;
      }
      const n = Math.min(64 * 1024, bytes - sent);
      sent += n;
      controller.enqueue(new Uint8Array(n).fill(0x61));
    },
  });
  const { path: url, headers } = uploadHeaders(h, title);
  const response = handleUpload(
    ctx,
    h.f.projectA.id,
    new Request(`${base}${url}`, { method: "POST", headers, body, duplex: "half" } as RequestInit),
  );
  return { response, finish: () => go("finish"), fail: () => go("fail") };
}

const reservedBytes = async (h: Harness) =>
  (await h.db.selectFrom("upload_reservations").select("bytes").execute()).map((r) => r.bytes);

/** Waits until the stalled upload's bytes are being written (reserved, temporary file). */
async function whenWriting(h: Harness, atLeast: number) {
  await vi.waitFor(
    async () => {
      expect((await reservedBytes(h))[0]).toBeGreaterThanOrEqual(atLeast);
      expect(await readdir(path.join(storeRoot, "tmp"))).toHaveLength(1);
    },
    { timeout: 15_000, interval: 50 },
  );
}

describe("uploads in progress", () => {
  it("count against the project's quota, with or without a declared size", async ({ h }) => {
    const usedRow = await h.db
      .selectFrom((eb) =>
        eb
          .selectFrom("document_versions")
          .select(["blob_key", (e) => e.fn.max("size").as("size")])
          .where("project_id", "=", h.f.projectA.id)
          .groupBy("blob_key")
          .as("blobs"),
      )
      .select((eb) => eb.fn.coalesce(eb.fn.sum<number>("blobs.size"), eb.lit(0)).as("used"))
      .executeTakeFirstOrThrow();
    await h.db
      .updateTable("projects")
      .set({ storage_quota_bytes: Number(usedRow.used) + 8 * MiB })
      .where("id", "=", h.f.projectA.id)
      .execute();
    const ctx = await h.contextFor(await h.sessionFor(h.f.users.partner_editor.id), deps);
    const first = stalledUpload(h, ctx, "Still arriving", 4 * MiB);
    await whenWriting(h, 4 * MiB);

    // 8 MiB free, 4 MiB of it being written: a 4.5 MiB file no longer fits.
    const { path: url, headers } = uploadHeaders(h, "Does not fit");
    const declared = await handleUpload(
      ctx,
      h.f.projectA.id,
      new Request(`${base}${url}`, {
        method: "POST",
        headers: { ...headers, "content-length": String(4.5 * MiB) },
        body: Buffer.alloc(4.5 * MiB, "b"),
      }),
    );
    expect(declared.status).toBe(507);
    const streamed = stalledUpload(h, ctx, "Does not fit either", 4.5 * MiB);
    streamed.finish();
    expect((await streamed.response).status).toBe(507);

    first.finish();
    expect((await first.response).status).toBe(201);
    expect(await reservedBytes(h)).toEqual([]);
    for (const title of ["Does not fit", "Does not fit either"]) {
      const rows = await h.db.selectFrom("documents").select("id").where("title", "=", title);
      expect(await rows.execute()).toEqual([]);
    }
    await h.db
      .updateTable("projects")
      .set({ storage_quota_bytes: null })
      .where("id", "=", h.f.projectA.id)
      .execute();
  });

  it("interrupted by a crash are cleared at start-up: reservation and temporary file", async ({
    h,
  }) => {
    const ctx = await h.contextFor(await h.sessionFor(h.f.users.partner_editor.id), deps);
    // Stands for the upload a crashed process was writing: its bytes are on disk, reserved.
    const crashed = stalledUpload(h, ctx, "Cut off by a crash", 2 * MiB);
    await whenWriting(h, 2 * MiB);

    await cleanUpAtStart(h.db, deps.store, { soleServer: true });
    expect(await reservedBytes(h)).toEqual([]);
    expect(await readdir(path.join(storeRoot, "tmp"))).toEqual([]);

    // Were that upload still running somewhere, it must not record bytes now removed.
    crashed.finish();
    expect((await crashed.response).status).toBe(500);
    await nothingStored(h, "Cut off by a crash");
    expect(await reservedBytes(h)).toEqual([]);
  });
});
