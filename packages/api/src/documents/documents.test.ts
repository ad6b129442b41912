import { TRPCError } from "@trpc/server";
import { describe, expect } from "vitest";
import { it, outcome } from "../testing/fixture";
import { trpcError } from "../testing/harness";
import { minimalPdf } from "../testing/pdf";
import { purgeExpired } from "./trash";
import { bytesUpload, uploadDocument } from "./upload";

const meta = {
  title: "Agenda",
  description: "",
  category: "meeting_material" as const,
  language: null,
  tags: [],
  visibility: "partnership" as const,
  folderId: null,
  ownerPartnerId: null,
};

describe("visibility", () => {
  it("applies to lists, counts, search and single reads alike", async ({ docs, h }) => {
    const { f } = h;
    const word = f.unique("zebrafinch");
    const shared = await docs.newDocument({ bytes: `${word} shared`, visibility: "partnership" });
    const own = await docs.newDocument({ bytes: `${word} private`, visibility: "partner" });
    const lead = await docs.newDocument({ bytes: `${word} for lead`, visibility: "lead" });
    const expectations: [string, string[]][] = [
      [f.users.lead_coordinator.id, [shared.id, own.id, lead.id]],
      [f.users.partner_editor.id, [shared.id, own.id, lead.id]], // Stockholm owns all three
      [f.users.partner_viewer.id, [shared.id]], // Lombardy: neither Stockholm's nor lead partner
      [f.users.observer.id, [shared.id]],
    ];
    for (const [userId, visible] of expectations) {
      const caller = await h.callerFor(userId);
      const found = await caller.documents.search({ projectId: f.projectA.id, q: word });
      expect(found.results.map((r) => r.id).sort()).toEqual([...visible].sort());
      expect(found.total).toBe(visible.length);
      for (const d of [shared, own, lead]) {
        const read = caller.documents.get({ projectId: f.projectA.id, documentId: d.id });
        if (visible.includes(d.id)) await expect(read).resolves.toMatchObject({ id: d.id });
        else expect((await trpcError(read)).code).toBe("NOT_FOUND");
      }
    }
    const memberB = await h.callerFor(f.users.memberB.id);
    expect(
      (await trpcError(memberB.documents.get({ projectId: f.projectA.id, documentId: shared.id })))
        .code,
    ).toBe("NOT_FOUND");
  });

  it("shows lead-only documents to the lead partner's people", async ({ docs, h }) => {
    const { f } = h;
    const leadDoc = await docs.newDocument({ visibility: "lead", ownerPartnerId: f.partnersA.it });
    const leadPartnerPerson = await f.newMember({
      role: "partner_viewer",
      partnerId: f.partnersA.lead,
    });
    const caller = await h.callerFor(leadPartnerPerson.id);
    await expect(
      caller.documents.get({ projectId: f.projectA.id, documentId: leadDoc.id }),
    ).resolves.toMatchObject({ visibility: "lead" });
  });
});

describe("uploads", () => {
  it("indexes the words inside a PDF and finds them with a highlighted snippet", async ({
    docs,
    h,
  }) => {
    const doc = await docs.newDocument({
      fileName: "strategy.pdf",
      bytes: minimalPdf("Regional innovation strategy for medical technology clusters"),
    });
    const caller = await h.callerFor(h.f.users.observer.id);
    const found = await caller.documents.search({ projectId: h.f.projectA.id, q: "clusters" });
    const hit = found.results.find((r) => r.id === doc.id);
    expect(hit?.mimeType).toBe("application/pdf");
    expect(hit?.snippet).toContain("\u27E6clusters\u27E7");
  });

  it("refuses bad files with a clear error and stores nothing", async ({ docs, h }) => {
    const ctx = await docs.projectCtxFor(h.f.users.partner_editor.id);
    const before = await h.db
      .selectFrom("documents")
      .select(h.db.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    const cases: [string, ReturnType<typeof bytesUpload>][] = [
      ["BAD_REQUEST", bytesUpload("empty.txt", "")],
      [
        "UNSUPPORTED_MEDIA_TYPE",
        bytesUpload("page.html", "<html><script>alert(1)</script></html>"),
      ],
      ["UNSUPPORTED_MEDIA_TYPE", bytesUpload("disguised.pdf", "MZ\u0090\u0000 not a pdf at all")],
      ["BAD_REQUEST", bytesUpload("../../etc/passwd.txt", "x")],
      ["BAD_REQUEST", bytesUpload("a/b.txt", "x")],
      ["BAD_REQUEST", bytesUpload("evil\u202Etxt.exe", "x")],
      ["BAD_REQUEST", bytesUpload(`${"é".repeat(130)}.txt`, "x")],
      ["PAYLOAD_TOO_LARGE", bytesUpload("big.txt", "a".repeat(h.deps.config.uploadMaxBytes + 1))],
    ];
    for (const [code, upload] of cases) {
      expect(`${upload.fileName}: ${await outcome(uploadDocument(ctx, meta, upload))}`).toBe(
        `${upload.fileName}: ${code}`,
      );
    }
    // The declared size may lie: the limit is also enforced while streaming.
    const lying = {
      ...bytesUpload("lie.txt", "b".repeat(h.deps.config.uploadMaxBytes + 10)),
      declaredSize: 10,
    };
    expect(await outcome(uploadDocument(ctx, meta, lying))).toBe("PAYLOAD_TOO_LARGE");
    const after = await h.db
      .selectFrom("documents")
      .select(h.db.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    expect(after.n).toEqual(before.n);
    const blobs: string[] = [];
    for await (const b of h.deps.store.list(`projects/${h.f.projectA.id}/`)) blobs.push(b.key);
    const rows = await h.db.selectFrom("document_versions").select("blob_key").execute();
    expect(blobs.sort()).toEqual([...new Set(rows.map((r) => r.blob_key))].sort());
  });

  it("answers 507 when the project's storage quota is full", async ({ docs, h }) => {
    await h.db
      .updateTable("projects")
      .set({ storage_quota_bytes: 1024 * 1024 })
      .where("id", "=", h.f.projectA.id)
      .execute();
    try {
      const ctx = await docs.projectCtxFor(h.f.users.lead_coordinator.id);
      const upload = bytesUpload("minutes.txt", "c".repeat(1024 * 1024));
      expect(await outcome(uploadDocument(ctx, meta, upload))).toBe("INSUFFICIENT_STORAGE");
    } finally {
      await h.db
        .updateTable("projects")
        .set({ storage_quota_bytes: null })
        .where("id", "=", h.f.projectA.id)
        .execute();
    }
  });

  it("lets editors upload only for their own partner", async ({ docs, h }) => {
    const ctx = await docs.projectCtxFor(h.f.users.partner_editor.id);
    const other = { ...meta, ownerPartnerId: h.f.partnersA.it };
    expect(await outcome(uploadDocument(ctx, other, bytesUpload("x.txt", "x")))).toBe("FORBIDDEN");
  });
});

describe("versions and trash", () => {
  it("restores an old version as a new one and keeps the history", async ({ docs, h }) => {
    const doc = await docs.newDocument({ bytes: "first draft" });
    const { uploadVersion } = await import("./upload");
    const ctx = await docs.projectCtxFor(h.f.users.partner_editor.id);
    await uploadVersion(
      ctx,
      { documentId: doc.id, version: 1, note: "after comments" },
      bytesUpload("notes.txt", "second draft"),
    );
    const caller = await h.callerFor(h.f.users.partner_editor.id);
    const stale = await trpcError(
      caller.documents.restoreVersion({
        projectId: h.f.projectA.id,
        documentId: doc.id,
        number: 1,
        version: 1,
      }),
    );
    expect(stale.code).toBe("CONFLICT");
    await caller.documents.restoreVersion({
      projectId: h.f.projectA.id,
      documentId: doc.id,
      number: 1,
      version: 2,
    });
    const got = await caller.documents.get({ projectId: h.f.projectA.id, documentId: doc.id });
    expect(got.versions.map((v) => [v.number, v.note])).toEqual([
      [3, "Restored version 1"],
      [2, "after comments"],
      [1, ""],
    ]);
    expect(got.sha256).toBe(doc.sha256);
  });

  it("keeps trashed documents out of every list until a lead restores them; purges after 30 days", async ({
    docs,
    h,
  }) => {
    const doc = await docs.trashedDocument();
    const editor = await h.callerFor(h.f.users.partner_editor.id);
    expect(
      (await trpcError(editor.documents.get({ projectId: h.f.projectA.id, documentId: doc.id })))
        .code,
    ).toBe("NOT_FOUND");
    const lead = await h.callerFor(h.f.users.lead_coordinator.id);
    expect(
      (await lead.documents.trashList({ projectId: h.f.projectA.id })).map((d) => d.id),
    ).toContain(doc.id);
    await lead.documents.restore({ projectId: h.f.projectA.id, documentId: doc.id });
    await expect(
      editor.documents.get({ projectId: h.f.projectA.id, documentId: doc.id }),
    ).resolves.toBeTruthy();

    const old = await docs.trashedDocument();
    const key = (
      await h.db
        .selectFrom("document_versions")
        .select("blob_key")
        .where("document_id", "=", old.id)
        .executeTakeFirstOrThrow()
    ).blob_key;
    expect(await purgeExpired(h.db, h.deps.store, new Date(Date.now() + 29 * 86_400_000))).toBe(0);
    expect(
      await purgeExpired(h.db, h.deps.store, new Date(Date.now() + 31 * 86_400_000)),
    ).toBeGreaterThanOrEqual(1);
    expect(
      await h.db.selectFrom("documents").select("id").where("id", "=", old.id).executeTakeFirst(),
    ).toBeUndefined();
    expect(await h.deps.store.stat(key)).toBeNull();
  });

  it("gives a clear conflict to the second of two people saving the same details", async ({
    docs,
    h,
  }) => {
    const doc = await docs.newDocument();
    const caller = await h.callerFor(h.f.users.lead_coordinator.id);
    const base = {
      projectId: h.f.projectA.id,
      documentId: doc.id,
      description: "",
      category: "other" as const,
      language: null,
      tags: [],
      visibility: "partnership" as const,
      folderId: null,
    };
    await caller.documents.update({ ...base, version: 1, title: "First save" });
    const second = await trpcError(
      caller.documents.update({ ...base, version: 1, title: "Second save" }),
    );
    expect(second).toBeInstanceOf(TRPCError);
    expect(second.code).toBe("CONFLICT");
    expect(
      (await caller.documents.get({ projectId: h.f.projectA.id, documentId: doc.id })).title,
    ).toBe("First save");
  });

  it("names who changed the document last, from its audit trail", async ({ docs, h }) => {
    const { f } = h;
    const doc = await docs.newDocument();
    const nameOf = async (id: string) =>
      (await h.db.selectFrom("users").select("name").where("id", "=", id).executeTakeFirstOrThrow())
        .name;
    const editor = await h.callerFor(f.users.partner_editor.id);
    const read = () => editor.documents.get({ projectId: f.projectA.id, documentId: doc.id });
    expect((await read()).updatedByName).toBe(await nameOf(f.users.lead_coordinator.id));
    await editor.documents.update({
      projectId: f.projectA.id,
      documentId: doc.id,
      version: 1,
      title: "Renamed by the editor",
      category: "other",
      visibility: "partnership",
    });
    expect((await read()).updatedByName).toBe(await nameOf(f.users.partner_editor.id));
  });
});
