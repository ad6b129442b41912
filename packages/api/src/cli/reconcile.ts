import { createDb, readDbConfig } from "@consortia/db";
import { createBlobStore, readStorageConfig } from "@consortia/storage";
import { type ReconcileReport, reconcileStorage } from "../documents/reconcile";

// `pnpm storage:reconcile [--apply] [--json]`: blobs without rows and rows without blobs.
const args = process.argv.slice(2).filter((a) => a !== "--");
if (args.some((a) => a !== "--apply" && a !== "--json")) {
  console.error("Usage: pnpm storage:reconcile [--apply] [--json]");
  process.exit(2);
}
const apply = args.includes("--apply");
const json = args.includes("--json");

const MiB = 1024 * 1024;

function print(r: ReconcileReport) {
  const orphanBytes = r.orphans.reduce((sum, o) => sum + o.size, 0);
  console.log(
    `Document blobs in storage: ${r.blobs}\n` +
      `Version rows: ${r.rows} (${r.referencedKeys} distinct blobs)\n` +
      `Blobs without rows (orphans): ${r.orphans.length} (${(orphanBytes / MiB).toFixed(1)} MiB)\n` +
      `Rows without blobs (missing): ${r.missing.length}`,
  );
  for (const o of r.orphans) {
    const state = o.deleted ? "deleted" : apply ? "kept (younger than an hour)" : "orphan";
    console.log(`  ${state}: ${o.key} (${o.size} bytes, ${o.lastModified.toISOString()})`);
  }
  for (const m of r.missing) {
    console.error(
      `MISSING BLOB ${m.key}: project ${m.projectAcronym} (${m.projectId}), document ` +
        `"${m.title}" (${m.documentId}) version ${m.versionNumber}${m.trashed ? ", in the trash" : ""}`,
    );
  }
  if (!apply && r.orphans.length > 0) {
    console.log(
      "Dry run: nothing was changed. Run with --apply to delete orphans older than an hour.",
    );
  } else if (apply) {
    console.log(`Deleted ${r.deleted} orphan blob(s). Rows are never changed.`);
  }
}

const dbConfig = readDbConfig();
const handle = createDb(dbConfig);
if (handle.kind === "pglite") {
  console.error(
    `Embedded database in ${dbConfig.dataDir}: only one process may open it, stop the app first.`,
  );
}
try {
  const store = createBlobStore(readStorageConfig(), dbConfig.dataDir);
  const report = await reconcileStorage(handle.db, store, { apply });
  if (json) console.log(JSON.stringify(report, null, 2));
  else print(report);
  // Missing blobs mean broken downloads: make scripts and cron notice.
  if (report.missing.length > 0) process.exitCode = 1;
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 2;
} finally {
  await handle.close();
}
