import { hashPassword } from "@consortia/auth";
import {
  createDb,
  DEMO_LEAD_EMAIL,
  migrateToLatest,
  readDbConfig,
  seedDemoPartnership,
} from "@consortia/db";
import { readApiConfig } from "../config";
import { demoMoney } from "../finance/demo-money";

// `pnpm db:seed`: loads the demo partnership into the configured database (PostgreSQL included).
const handle = createDb(readDbConfig());
await migrateToLatest(handle.db);
const password = readApiConfig().demoPassword;
const result = await seedDemoPartnership(handle.db, await hashPassword(password), demoMoney);
console.log(
  result.seeded
    ? `Demo partnership loaded. Sign in as ${DEMO_LEAD_EMAIL} / ${password}`
    : "The database already holds projects; nothing was seeded.",
);
await handle.close();
