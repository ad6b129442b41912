import { createDb, migrateToLatest, readDbConfig } from "@consortia/db";
import { grantPlatformAdmin } from "../admin/bootstrap";
import { readApiConfig } from "../config";

// `pnpm admin:create <e-mail> "<name>"`: the first platform administrator of an installation.
const [email, ...nameParts] = process.argv.slice(2).filter((a) => a !== "--");
const name = nameParts.join(" ");
if (!email || !name) {
  console.error('Usage: pnpm admin:create <e-mail> "<full name>"');
  process.exit(2);
}
const handle = createDb(readDbConfig());
try {
  await migrateToLatest(handle.db);
  const result = await grantPlatformAdmin(handle.db, readApiConfig(), { email, name });
  console.log(
    `${email} is ${result.created ? "now" : "again"} a platform administrator.\n` +
      `Open this link before ${result.expiresAt.toISOString()} to choose a password:\n  ${result.link}`,
  );
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
} finally {
  await handle.close();
}
