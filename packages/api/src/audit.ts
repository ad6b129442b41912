import type { Db } from "@consortia/db";

export type AuditInput = {
  projectId: string | null;
  actorId: string | null;
  entity: string;
  entityId: string | null;
  action: string;
  summary: string;
  data?: Record<string, unknown>;
};

/** Every mutation writes one of these, in the same transaction as the change it records. */
export async function recordAudit(db: Db, entry: AuditInput): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      project_id: entry.projectId,
      actor_id: entry.actorId,
      entity: entry.entity,
      entity_id: entry.entityId,
      action: entry.action,
      summary: entry.summary.slice(0, 500),
      data: JSON.stringify(entry.data ?? {}),
    })
    .execute();
}
