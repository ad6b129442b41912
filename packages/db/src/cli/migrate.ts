import { createDb } from "../client";
import { readDbConfig } from "../config";
import { migrateToLatest } from "../migrate";

const config = readDbConfig();
const handle = createDb(config);
const result = await migrateToLatest(handle.db);
const applied =
  result.results?.filter((r) => r.status === "Success").map((r) => r.migrationName) ?? [];
console.log(
  `Database ${handle.kind === "postgres" ? "(PostgreSQL)" : `(embedded, ${config.dataDir})`}: ` +
    (applied.length ? `applied ${applied.join(", ")}` : "already up to date"),
);
await handle.close();
