import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { describe, expect } from "vitest";
import { it } from "../testing/fixture";
import type { Harness } from "../testing/harness";
import { handleDownload, handleUpload } from "./http";
import { handleZip } from "./zip";

const base = "http://consortia.test";
const sha = (b: Buffer | string) => createHash("sha256").update(b).digest("hex");
const ctxOf = async (h: Harness, userId: string | null) =>
  h.contextFor(userId ? await h.sessionFor(userId) : null);

function uploadRequest(
  projectId: string,
  fileName: string,
  body: string,
  headers: Record<string, string> = {},
) {
  const q = new URLSearchParams({
    title: "Agenda of the kick-off",
    category: "meeting_material",
    visibility: "partnership",
  });
  return new Request(`${base}/api/projects/${projectId}/documents?${q}`, {
    method: "POST",
    body,
    headers: {
      origin: base,
      host: "consortia.test",
      "x-consortia-upload": "1",
      "x-file-name": encodeURIComponent(fileName),
      "content-length": String(Buffer.byteLength(body)),
      ...headers,
    },
  });
}

describe("upload route", () => {
  it("stores a file, refuses cross-site and anonymous uploads", async ({ h }) => {
    const projectId = h.f.projectA.id;
    const editor = await ctxOf(h, h.f.users.partner_editor.id);
    const ok = await handleUpload(
      editor,
      projectId,
      uploadRequest(projectId, "agenda.txt", "Kick-off agenda"),
    );
    expect(ok.status).toBe(201);
    const { document } = (await ok.json()) as { document: { sha256: string } };
    expect(document.sha256).toBe(sha("Kick-off agenda"));

    const cross = await handleUpload(
      editor,
      projectId,
      uploadRequest(projectId, "a.txt", "x", { origin: "https://evil.example" }),
    );
    expect(cross.status).toBe(403);
    // X-Forwarded-Host counts only when a trusted proxy wrote it (TRUSTED_PROXY_HOPS unset here).
    const forgedHost = await handleUpload(
      editor,
      projectId,
      uploadRequest(projectId, "a.txt", "x", {
        origin: "https://evil.example",
        "x-forwarded-host": "evil.example",
      }),
    );
    expect(forgedHost.status).toBe(403);
    const anonymous = await handleUpload(
      await ctxOf(h, null),
      projectId,
      uploadRequest(projectId, "a.txt", "x"),
    );
    expect(anonymous.status).toBe(401);
    const viewer = await handleUpload(
      await ctxOf(h, h.f.users.partner_viewer.id),
      projectId,
      uploadRequest(projectId, "a.txt", "x"),
    );
    expect(viewer.status).toBe(403);
    const tooBig = await handleUpload(
      editor,
      projectId,
      uploadRequest(projectId, "big.txt", "a".repeat(h.deps.config.uploadMaxBytes + 1)),
    );
    expect(tooBig.status).toBe(413);
    const html = await handleUpload(
      editor,
      projectId,
      uploadRequest(projectId, "x.html", "<!doctype html><script>1</script>"),
    );
    expect(html.status).toBe(415);
    const badMeta = await handleUpload(
      editor,
      projectId,
      new Request(
        uploadRequest(projectId, "a.txt", "x").url.replace("meeting_material", "nonsense"),
        { method: "POST", body: "x", headers: uploadRequest(projectId, "a.txt", "x").headers },
      ),
    );
    expect(badMeta.status).toBe(400);
    expect(
      ((await badMeta.json()) as { error: { fieldErrors: Record<string, unknown> } }).error
        .fieldErrors,
    ).toHaveProperty("category");
  });
});

describe("download route", () => {
  it("serves whole files and ranges with the checksum as ETag and a safe disposition", async ({
    docs,
    h,
  }) => {
    const text = "Findings of the peer review in Lombardy";
    const doc = await docs.newDocument({ fileName: 'Résumé "final".txt', bytes: text });
    const ctx = await ctxOf(h, h.f.users.observer.id);
    const url = `${base}/api/projects/${h.f.projectA.id}/documents/${doc.id}/file`;
    const whole = await handleDownload(ctx, h.f.projectA.id, doc.id, new Request(url));
    expect(whole.status).toBe(200);
    expect(await whole.text()).toBe(text);
    expect(whole.headers.get("etag")).toBe(`"${sha(text)}"`);
    expect(whole.headers.get("x-content-type-options")).toBe("nosniff");
    expect(whole.headers.get("content-disposition")).toMatch(
      /^attachment; filename=".*"; filename\*=UTF-8''R%C3%A9sum%C3%A9%20%22final%22.txt$/,
    );
    expect(whole.headers.get("content-security-policy")).toContain("default-src 'none'");

    const part = await handleDownload(
      ctx,
      h.f.projectA.id,
      doc.id,
      new Request(url, { headers: { range: "bytes=0-7" } }),
    );
    expect(part.status).toBe(206);
    expect(await part.text()).toBe("Findings");
    expect(part.headers.get("content-range")).toBe(`bytes 0-7/${text.length}`);
    const beyond = await handleDownload(
      ctx,
      h.f.projectA.id,
      doc.id,
      new Request(url, { headers: { range: "bytes=9999-" } }),
    );
    expect(beyond.status).toBe(416);
    const cached = await handleDownload(
      ctx,
      h.f.projectA.id,
      doc.id,
      new Request(url, { headers: { "if-none-match": `"${sha(text)}"` } }),
    );
    expect(cached.status).toBe(304);
    const inline = await handleDownload(
      ctx,
      h.f.projectA.id,
      doc.id,
      new Request(`${url}?inline=1`),
    );
    expect(inline.headers.get("content-disposition")).toMatch(/^inline;/);
  });

  it("answers NOT_FOUND for a document the caller may not see, exactly as for none", async ({
    docs,
    h,
  }) => {
    const hidden = await docs.newDocument({ visibility: "partner" });
    const observer = await ctxOf(h, h.f.users.observer.id);
    const res = await handleDownload(
      observer,
      h.f.projectA.id,
      hidden.id,
      new Request(`${base}/x`),
    );
    expect(res.status).toBe(404);
    const none = await handleDownload(
      observer,
      h.f.projectA.id,
      crypto.randomUUID(),
      new Request(`${base}/x`),
    );
    expect(none.status).toBe(404);
    expect(await res.json()).toEqual(await none.json());
  });

  it("fails loudly instead of serving bytes that no longer match their checksum", async ({
    docs,
    h,
  }) => {
    const doc = await docs.newDocument({ bytes: "original bytes" });
    const { blob_key } = await h.db
      .selectFrom("document_versions")
      .select("blob_key")
      .where("document_id", "=", doc.id)
      .executeTakeFirstOrThrow();
    await h.deps.store.put(blob_key, Readable.from([Buffer.from("tampered bytes")]));
    const res = await handleDownload(
      await ctxOf(h, h.f.users.lead_coordinator.id),
      h.f.projectA.id,
      doc.id,
      new Request(`${base}/x`),
    );
    // The first chunk is checked before the answer begins: an error status, not the bytes.
    expect(res.status).toBe(500);
    expect(await res.text()).not.toContain("tampered");
  });
});

describe("zip route", () => {
  it("streams the visible documents of a selection, skipping the hidden ones", async ({
    docs,
    h,
  }) => {
    const a = await docs.newDocument({ fileName: "a.txt", bytes: "alpha" });
    const b = await docs.newDocument({ fileName: "a.txt", bytes: "beta" });
    const hidden = await docs.newDocument({
      fileName: "secret.txt",
      bytes: "secret",
      visibility: "partner",
    });
    const ctx = await ctxOf(h, h.f.users.observer.id);
    const res = await handleZip(
      ctx,
      h.f.projectA.id,
      new Request(`${base}/zip?ids=${[a.id, b.id, hidden.id].join(",")}`),
    );
    expect(res.status).toBe(200);
    const zip = Buffer.from(await res.arrayBuffer());
    expect(zip.subarray(0, 2).toString()).toBe("PK");
    const names = zip.toString("latin1");
    expect(names).toContain("a.txt");
    expect(names).toContain("a (2).txt");
    expect(names).not.toContain("secret.txt");
  });
});
