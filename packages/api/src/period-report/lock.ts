import type { Db } from "@consortia/db";
import { conflict } from "../errors";

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

/**
 * A submitted progress report locks its period: the partners' contributions and the
 * indicator values it reports stay as they were submitted until a lead coordinator reopens
 * it. `what` completes the message ("contributions", "indicator values"). Call it with the
 * transaction that writes: its share lock makes a concurrent submission wait for the write,
 * or the write wait for the submission and then see the period locked.
 */
export async function assertPeriodOpen(
  db: Db,
  projectId: string,
  periodNumber: number,
  what: string,
): Promise<void> {
  const report = await db
    .selectFrom("period_reports")
    .select("status")
    .where("project_id", "=", projectId)
    .where("period_number", "=", periodNumber)
    .forShare()
    .executeTakeFirst();
  if (report?.status === "submitted")
    throw conflict(
      `The progress report of period ${periodNumber} is submitted, so its ${what} are locked; a lead coordinator must reopen the report first`,
    );
}
