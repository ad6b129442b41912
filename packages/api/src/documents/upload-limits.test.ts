import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { BlobStore } from "@consortia/storage";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ApiDeps } from "../context";
import { createHarness, type Harness } from "../testing/harness";
import { request, serveHandler } from "../testing/http-server";
import { handleUpload } from "./http";

let h: Harness;
let deps: ApiDeps;
let storeRoot: string;
beforeAll(async () => {
  h = await createHarness();
  // In the web server the store is made at start-up (instrumentation) from its own bundled
  // copy of @consortia/storage, not the copy the route handlers import: so here too.
  vi.resetModules();
  const storage = await import("@consortia/storage");
  storeRoot = await mkdtemp(path.join(tmpdir(), "consortia-upload-limits-"));
  deps = { ...h.deps, store: storage.createLocalStore(storeRoot) as BlobStore };
});
afterAll(async () => h?.close());

const base = "http://consortia.test";
const MiB = 1024 * 1024;

/** `total` bytes of text in 64 KiB chunks, produced as the client sends them. */
async function* textBytes(total: number) {
  for (let sent = 0; sent < total; sent += 64 * 1024) {
    yield Buffer.alloc(Math.min(64 * 1024, total - sent), "a");
  }
}

function uploadHeaders(title: string) {
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

async function nothingStored(title: string) {
  const rows = await h.db.selectFrom("documents").select("id").where("title", "=", title).execute();
  expect(rows).toEqual([]);
  const blobs: string[] = [];
  for await (const b of deps.store.list("projects/")) blobs.push(b.key);
  expect(blobs).toEqual([]);
  expect(await readdir(path.join(storeRoot, "tmp")).catch(() => [])).toEqual([]);
}

describe("upload limits over real HTTP", () => {
  it("answers 413 for a streamed upload over the limit without Content-Length, and stores nothing", async () => {
    const ctx = await h.contextFor(await h.sessionFor(h.f.users.partner_editor.id), deps);
    const server = await serveHandler((req) => handleUpload(ctx, h.f.projectA.id, req));
    try {
      const { path: url, headers } = uploadHeaders("Chunked and too large");
      const res = await request(`${server.url}${url}`, {
        method: "POST",
        headers: { ...headers, "transfer-encoding": "chunked" },
        body: textBytes(h.deps.config.uploadMaxBytes + MiB),
        timeoutMs: 20_000,
      });
      expect(res.status).toBe(413);
      expect(JSON.parse(res.bytes.toString()).error.code).toBe("PAYLOAD_TOO_LARGE");
      await nothingStored("Chunked and too large");
    } finally {
      await server.close();
    }
  });
});
