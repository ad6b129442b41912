import type { Db } from "@consortia/db";

/** The period's consolidated report row, if a lead coordinator has started it. */
export function findPeriodReport(db: Db, projectId: string, periodNumber: number) {
  return db
    .selectFrom("period_reports")
    .selectAll()
    .where("project_id", "=", projectId)
    .where("period_number", "=", periodNumber)
    .executeTakeFirst();
}

/** The same row, locked until the transaction ends: a submission is serialised with every
 * write that checks the lock (assertPeriodOpen takes a share lock on it). */
export function lockPeriodReport(db: Db, projectId: string, periodNumber: number) {
  return db
    .selectFrom("period_reports")
    .selectAll()
    .where("project_id", "=", projectId)
    .where("period_number", "=", periodNumber)
    .forUpdate()
    .executeTakeFirst();
}
