export { createDb, createPgliteDb, createPostgresDb, type Db, type DbHandle } from "./client";
export { type DbConfig, readDbConfig } from "./config";
export { migrateToLatest } from "./migrate";
export * from "./schema";
export { demoFinance } from "./seed/demo-finance";
export { DEMO_LEAD_EMAIL, demoPartners, demoProject, demoUsers } from "./seed/demo-partnership";
export { seedDemoPartnership } from "./seed/seed-demo";
export type { DemoMoney } from "./seed/seed-finance";
export { insertStandardCatalogue, STANDARD_INDICATORS } from "./seed/seed-indicators";
