import { hashPassword } from "@consortia/auth";
import {
  createDb,
  DEMO_LEAD_EMAIL,
  migrateToLatest,
  readDbConfig,
  seedDemoPartnership,
} from "@consortia/db";
import { createBlobStore, readStorageConfig } from "@consortia/storage";
import { readApiConfig } from "../config";
import { seedDemoWork } from "../demo-work";
import { demoMoney } from "../finance/demo-money";
import { createMailer } from "../mail/mailer";

// `pnpm db:seed`: loads the demo partnership into the configured database (PostgreSQL included),
// with its evidence documents in the configured storage.
const dbConfig = readDbConfig();
const handle = createDb(dbConfig);
await migrateToLatest(handle.db);
const config = readApiConfig();
const password = config.demoPassword;
const result = await seedDemoPartnership(handle.db, await hashPassword(password), demoMoney);
if (result.projectId) {
  const deps = {
    db: handle.db,
    config,
    mailer: createMailer(handle.db, { smtpUrl: config.smtpUrl, from: config.mailFrom }),
    store: createBlobStore(readStorageConfig(), dbConfig.dataDir),
  };
  await seedDemoWork(deps, result.projectId);
}
console.log(
  result.seeded
    ? `Demo partnership loaded. Sign in as ${DEMO_LEAD_EMAIL} / ${password}`
    : "The database already holds projects; nothing was seeded.",
);
await handle.close();
