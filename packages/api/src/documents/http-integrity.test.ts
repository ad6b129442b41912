import { Readable } from "node:stream";
import { type BlobStore, CHUNK_SIZE } from "@consortia/storage";
import { afterEach, describe, expect, vi } from "vitest";
import { logger } from "../logger";
import { it } from "../testing/fixture";
import type { Harness } from "../testing/harness";
import { request, serveHandler } from "../testing/http-server";
import { handleDownload } from "./http";
import { handleZip } from "./zip";

afterEach(() => vi.restoreAllMocks());

const base = "http://consortia.test";
const ctxOf = async (h: Harness, userId: string) => h.contextFor(await h.sessionFor(userId));

/** Text long enough for several chunks, different at every position. */
const longText = (bytes: number) => {
  let s = "";
  for (let i = 0; s.length < bytes; i++) s += `line ${i} of the partnership minutes\n`;
  return s.slice(0, bytes);
};

async function versionOf(h: Harness, documentId: string) {
  return h.db
    .selectFrom("document_versions")
    .select(["id", "blob_key"])
    .where("document_id", "=", documentId)
    .executeTakeFirstOrThrow();
}

/** Rewrites a stored blob with one byte changed at `at` (bit rot, or tampering on disk). */
async function corrupt(h: Harness, documentId: string, original: string, at: number) {
  const { blob_key } = await versionOf(h, documentId);
  const bytes = Buffer.from(original);
  bytes[at] = (bytes[at] ?? 0) ^ 0x20;
  await h.deps.store.put(blob_key, Readable.from([bytes]));
}

/** The logger's reports of corruption, as the structured objects passed to it. */
function corruptionReports() {
  const spy = vi.spyOn(logger, "error");
  return () =>
    spy.mock.calls
      .map((call) => call[0] as unknown as Record<string, unknown>)
      .filter((o) => typeof o === "object" && o !== null && "documentId" in o);
}

describe("range requests serve only verified bytes", () => {
  it("refuses a range in a corrupt part, logs it with its ids, and still serves intact ranges", async ({
    docs,
    h,
  }) => {
    const text = longText(2 * CHUNK_SIZE + 500);
    const doc = await docs.newDocument({ fileName: "minutes.txt", bytes: text });
    await corrupt(h, doc.id, text, CHUNK_SIZE + 40);
    const reports = corruptionReports();
    const ctx = await ctxOf(h, h.f.users.observer.id);
    const url = `${base}/api/projects/${h.f.projectA.id}/documents/${doc.id}/file`;
    const get = (range?: string) =>
      handleDownload(
        ctx,
        h.f.projectA.id,
        doc.id,
        new Request(url, { headers: range ? { range } : {} }),
      );

    const bad = await get(`bytes=${CHUNK_SIZE + 30}-${CHUNK_SIZE + 50}`);
    expect(bad.status).toBe(500);
    expect(await bad.text()).not.toContain(text.slice(CHUNK_SIZE + 30, CHUNK_SIZE + 40));

    const good = await get("bytes=0-99");
    expect(good.status).toBe(206);
    expect(await good.text()).toBe(text.slice(0, 100));

    // A range that starts intact fails before it reaches the corrupt chunk's bytes.
    const spanning = await get(`bytes=${CHUNK_SIZE - 10}-${CHUNK_SIZE + 100}`);
    expect(spanning.status).toBe(206);
    const received: Uint8Array[] = [];
    const reader = (spanning.body as ReadableStream<Uint8Array>).getReader();
    await expect(
      (async () => {
        for (let r = await reader.read(); !r.done; r = await reader.read()) received.push(r.value);
      })(),
    ).rejects.toThrow(/corrupt/);
    expect(Buffer.concat(received).toString()).toBe(text.slice(CHUNK_SIZE - 10, CHUNK_SIZE));

    const { id: versionId } = await versionOf(h, doc.id);
    expect(reports()).toContainEqual(
      expect.objectContaining({
        projectId: h.f.projectA.id,
        documentId: doc.id,
        versionId,
        versionNumber: 1,
        chunk: 1,
      }),
    );
  });

  it("refuses a corrupt one-chunk file for any range, as for the whole file", async ({
    docs,
    h,
  }) => {
    const doc = await docs.newDocument({ bytes: "original bytes" });
    await corrupt(h, doc.id, "original bytes", 2);
    const ctx = await ctxOf(h, h.f.users.lead_coordinator.id);
    const url = `${base}/x`;
    const cases: Record<string, string>[] = [{ range: "bytes=0-7" }, { range: "bytes=9-" }, {}];
    for (const headers of cases) {
      const res = await handleDownload(ctx, h.f.projectA.id, doc.id, new Request(url, { headers }));
      expect(res.status).toBe(500);
    }
  });

  it("checks a version stored before chunk hashes existed against its whole checksum", async ({
    docs,
    h,
  }) => {
    const text = longText(CHUNK_SIZE + 10);
    const doc = await docs.newDocument({ bytes: text });
    await h.db
      .updateTable("document_versions")
      .set({ chunk_size: null, chunk_hashes: null })
      .where("document_id", "=", doc.id)
      .execute();
    const ctx = await ctxOf(h, h.f.users.lead_coordinator.id);
    const get = () =>
      handleDownload(
        ctx,
        h.f.projectA.id,
        doc.id,
        new Request(`${base}/x`, { headers: { range: "bytes=5-9" } }),
      );
    const intact = await get();
    expect(intact.status).toBe(206);
    expect(await intact.text()).toBe(text.slice(5, 10));
    await corrupt(h, doc.id, text, CHUNK_SIZE + 5);
    expect((await get()).status).toBe(500);
  });
});

describe("a zip with a corrupt document", () => {
  it("fails the download promptly instead of stalling, and logs the document", async ({
    docs,
    h,
  }) => {
    const a = await docs.newDocument({ fileName: "a.txt", bytes: longText(300_000) });
    const bText = longText(200_000);
    const b = await docs.newDocument({ fileName: "b.txt", bytes: bText });
    const c = await docs.newDocument({ fileName: "c.txt", bytes: "gamma" });
    await corrupt(h, b.id, bText, 150_000);
    const reports = corruptionReports();
    const ctx = await ctxOf(h, h.f.users.lead_coordinator.id);
    const server = await serveHandler((req) => handleZip(ctx, h.f.projectA.id, req));
    try {
      const res = await request(`${server.url}/zip?ids=${[a.id, b.id, c.id].join(",")}`, {
        timeoutMs: 10_000,
      });
      expect(res.status).toBe(200);
      expect(res.complete).toBe(false);
      expect(res.ms).toBeLessThan(2_000);
      expect(res.bytes.subarray(0, 2).toString()).toBe("PK");
      expect(reports()).toContainEqual(
        expect.objectContaining({ projectId: h.f.projectA.id, documentId: b.id }),
      );
    } finally {
      await server.close();
    }
  });
});

describe("a whole-file download", () => {
  it("releases the first verified chunk whole, and once abandoned stops reading the blob", async ({
    docs,
    h,
  }) => {
    const text = longText(2 * CHUNK_SIZE + 10);
    const doc = await docs.newDocument({ bytes: text });
    const opened: Readable[] = [];
    const store: BlobStore = {
      ...h.deps.store,
      get: async (key, range) => {
        const stream = await h.deps.store.get(key, range);
        opened.push(stream);
        return stream;
      },
    };
    const session = await h.sessionFor(h.f.users.lead_coordinator.id);
    const ctx = await h.contextFor(session, { ...h.deps, store });
    const res = await handleDownload(ctx, h.f.projectA.id, doc.id, new Request(`${base}/x`));
    expect(res.status).toBe(200);
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const first = await reader.read();
    expect(Buffer.from(first.value ?? []).toString()).toBe(text.slice(0, CHUNK_SIZE));
    await reader.cancel();
    await vi.waitFor(() => expect(opened.map((s) => s.destroyed)).toEqual([true]));
  });
});
