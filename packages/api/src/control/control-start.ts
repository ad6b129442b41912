import { randomBytes } from "node:crypto";
import { conflict, forbidden, invalid, notFound, staleVersion } from "../errors";
import { controlsPartner } from "../shared/roles";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange } from "../shared/versioned";
import { workableControl } from "./access";
import { countOfShare, drawSample } from "./rules";

/**
 * Taking a submitted report into control, and drawing the sample. A control checks the
 * report's latest submitted version; while a control exists the lead cannot return the
 * report (finance/report-workflow.ts), so the items under control never change.
 */

const STATUS_WORDS = { draft: "a draft", returned: "returned to the partner" } as const;

export async function startControl(ctx: ProjectCtx, input: { reportId: string }, now: Date) {
  const projectId = ctx.access.projectId;
  const report = await ctx.db
    .selectFrom("financial_reports")
    .select(["id", "partner_id", "period_number", "status", "latest_version"])
    .where("id", "=", input.reportId)
    .where("project_id", "=", projectId)
    .executeTakeFirst();
  if (!report) throw notFound("Financial report");
  if (!controlsPartner(ctx.access, report.partner_id))
    throw forbidden("Only the partner's controller takes its financial report into control");
  if (report.status !== "submitted") {
    const why = `Only a submitted financial report can be taken into control; this one is ${STATUS_WORDS[report.status]}`;
    throw invalid(why, { reportId: [why] });
  }
  return ctx.db.transaction().execute(async (trx) => {
    const control = await trx
      .insertInto("controls")
      .values({
        project_id: projectId,
        partner_id: report.partner_id,
        report_id: report.id,
        period_number: report.period_number,
        report_version: report.latest_version,
        started_at: now,
        started_by: ctx.actor.userId,
        created_by: ctx.actor.userId,
        updated_by: ctx.actor.userId,
      })
      .onConflict((oc) => oc.column("report_id").doNothing())
      .returning(["id", "version"])
      .executeTakeFirst();
    if (!control) throw conflict("This financial report is already in control");
    const items = await trx
      .insertInto("control_items")
      .columns(["control_id", "item_id", "updated_at"])
      .expression((eb) =>
        eb
          .selectFrom("expenditure_items")
          .select((s) => [
            s.val(control.id).as("control_id"),
            "id as item_id",
            s.val(now).as("updated_at"),
          ])
          .where("report_id", "=", report.id),
      )
      .returning("item_id")
      .execute();
    await auditChange(trx, ctx, {
      entity: "control",
      entityId: control.id,
      action: "start",
      summary: `Financial report of period ${report.period_number} taken into control (version ${report.latest_version}, ${items.length} items)`,
      data: { reportId: report.id, partnerId: report.partner_id, items: items.length },
    });
    return { id: control.id, version: control.version, items: items.length };
  });
}

type Sample =
  | { method: "manual"; itemIds: string[] }
  | { method: "random_share"; sharePercent: number; seed?: string }
  | { method: "random_count"; count: number; seed?: string }
  | { method: "all" };

/**
 * Marks the sample: picked by the controller (risk-based), drawn at random by share or count
 * with a recorded seed (the same seed over the same items gives the same sample), or all.
 * Drawing again replaces the sample; outcomes already decided stay.
 */
export async function sampleControl(
  ctx: ProjectCtx,
  input: { controlId: string; version: number; sample: Sample },
  now: Date,
) {
  const control = await workableControl(ctx, input.controlId);
  const rows = await ctx.db
    .selectFrom("control_items")
    .select("item_id")
    .where("control_id", "=", control.id)
    .execute();
  const ids = rows.map((r) => r.item_id);
  const s = input.sample;
  let chosen: string[];
  let seed: string | null = null;
  let size: string | null = null;
  if (s.method === "manual") {
    const known = new Set(ids);
    const unknown = s.itemIds.filter((id) => !known.has(id));
    if (unknown.length) {
      const why = `${unknown.length} of the picked items are not in this report`;
      throw invalid(why, { itemIds: [why] });
    }
    chosen = [...new Set(s.itemIds)];
  } else if (s.method === "all") chosen = ids;
  else {
    if (s.method === "random_count" && s.count > ids.length) {
      const why = `The report has ${ids.length} items: draw at most ${ids.length}`;
      throw invalid(why, { count: [why] });
    }
    seed = s.seed ?? randomBytes(6).toString("hex");
    const count = s.method === "random_count" ? s.count : countOfShare(ids.length, s.sharePercent);
    size = String(s.method === "random_count" ? s.count : s.sharePercent);
    chosen = drawSample(ids, count, seed);
  }
  return ctx.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable("controls")
      .set((eb) => ({
        sample_method: s.method,
        sample_seed: seed,
        sample_size: size,
        sampled_at: now,
        updated_at: now,
        updated_by: ctx.actor.userId,
        version: eb("version", "+", 1),
      }))
      .where("id", "=", control.id)
      .where("version", "=", input.version)
      .where("status", "=", "in_control")
      .returning(["id", "version"])
      .executeTakeFirst();
    if (!updated) throw staleVersion("This control");
    await trx
      .updateTable("control_items")
      .set({ in_sample: false })
      .where("control_id", "=", control.id)
      .execute();
    for (let i = 0; i < chosen.length; i += 5000)
      await trx
        .updateTable("control_items")
        .set({ in_sample: true })
        .where("control_id", "=", control.id)
        .where("item_id", "in", chosen.slice(i, i + 5000))
        .execute();
    await auditChange(trx, ctx, {
      entity: "control",
      entityId: control.id,
      action: "sample",
      summary: `Sample drawn (${s.method.replace("_", " ")}): ${chosen.length} of ${ids.length} items${seed ? `, seed ${seed}` : ""}`,
      data: { method: s.method, seed, size, items: chosen.length },
    });
    return { ...updated, method: s.method, seed, size, itemIds: chosen };
  });
}
