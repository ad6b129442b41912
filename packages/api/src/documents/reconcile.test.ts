import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { describe, expect } from "vitest";
import { it } from "../testing/fixture";
import type { Harness } from "../testing/harness";
import { reconcileStorage } from "./reconcile";

const HOUR = 3_600_000;
const inTwoHours = () => new Date(Date.now() + 2 * HOUR);

/** A blob as an upload leaves it when its database row never gets committed. */
async function strayBlob(h: Harness, prefix = `projects/${h.f.projectA.id}/`) {
  const key = `${prefix}${randomUUID()}`;
  await h.deps.store.put(key, Readable.from([Buffer.from("bytes nobody points to")]));
  return key;
}

describe("storage reconciler", () => {
  it("passes sound documents and counts every blob and row once", async ({ docs, h }) => {
    const sound = [await docs.newDocument(), await docs.trashedDocument()];
    const keys = await Promise.all(sound.map((d) => docs.blobKeyOf(d.id)));
    const report = await reconcileStorage(h.db, h.deps.store, { now: inTwoHours() });
    const reported = [...report.orphans, ...report.missing].map((x) => x.key);
    for (const key of keys) expect(reported).not.toContain(key);
    const missingKeys = new Set(report.missing.map((m) => m.key)).size;
    expect(report.blobs).toBe(report.referencedKeys - missingKeys + report.orphans.length);
    expect(report.rows).toBeGreaterThanOrEqual(2);
  });

  it("reports orphans in a dry run and changes nothing", async ({ h }) => {
    const key = await strayBlob(h);
    const report = await reconcileStorage(h.db, h.deps.store, { now: inTwoHours() });
    expect(report.applied).toBe(false);
    expect(report.orphans).toContainEqual(
      expect.objectContaining({ key, size: 22, deleted: false }),
    );
    expect(await h.deps.store.stat(key)).not.toBeNull();
  });

  it("with --apply deletes orphans older than an hour and keeps younger ones", async ({ h }) => {
    const key = await strayBlob(h);
    const now = await reconcileStorage(h.db, h.deps.store, { apply: true });
    expect(now.orphans).toContainEqual(expect.objectContaining({ key, deleted: false }));
    expect(await h.deps.store.stat(key)).not.toBeNull();

    const later = await reconcileStorage(h.db, h.deps.store, { apply: true, now: inTwoHours() });
    expect(later.orphans).toContainEqual(expect.objectContaining({ key, deleted: true }));
    expect(later.deleted).toBe(later.orphans.length);
    expect(await h.deps.store.stat(key)).toBeNull();
    const after = await reconcileStorage(h.db, h.deps.store, { now: inTwoHours() });
    expect(after.orphans.map((o) => o.key)).not.toContain(key);
  });

  it("reports rows whose blob is gone, with document and project, and never touches rows", async ({
    docs,
    h,
  }) => {
    const doc = await docs.newDocument({ title: "Peer review findings, Lombardy" });
    const key = await docs.blobKeyOf(doc.id);
    await h.deps.store.delete(key);
    const report = await reconcileStorage(h.db, h.deps.store, { apply: true, now: inTwoHours() });
    expect(report.missing).toEqual([
      {
        key,
        documentId: doc.id,
        title: "Peer review findings, Lombardy",
        versionNumber: 1,
        trashed: false,
        projectId: h.f.projectA.id,
        projectAcronym: h.f.projectA.acronym,
      },
    ]);
    expect(await docs.blobKeyOf(doc.id)).toBe(key);
  });

  it("leaves blobs outside the document prefix alone", async ({ h }) => {
    const key = await strayBlob(h, "exports/");
    const report = await reconcileStorage(h.db, h.deps.store, { apply: true, now: inTwoHours() });
    expect(report.orphans.map((o) => o.key)).not.toContain(key);
    expect(await h.deps.store.stat(key)).not.toBeNull();
  });
});
