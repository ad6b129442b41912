import { z } from "zod";
import { recordAudit } from "../audit";
import type { Context } from "../context";
import { errorResponse, projectCtx, safeDisposition } from "../documents/http-shared";
import { notFound } from "../errors";
import { loadActionPlanExport } from "./load";
import type { ActionPlanExportModel } from "./model";
import { renderActionPlanDocx } from "./render-docx";
import { renderActionPlanPdf } from "./render-pdf";
import { renderActionPlanXlsx } from "./render-xlsx";
import { loadSnapshotExport } from "./snapshot";

const exportQuery = z.strictObject({
  format: z.enum(["pdf", "docx", "xlsx"], "Choose pdf, docx or xlsx"),
  snapshot: z.coerce
    .number("Give the snapshot's number")
    .int("Give the snapshot's number")
    .min(1, "Give the snapshot's number")
    .optional(),
});

export const EXPORT_TYPES = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

const RENDER: Record<keyof typeof EXPORT_TYPES, (m: ActionPlanExportModel) => Promise<Buffer>> = {
  pdf: renderActionPlanPdf,
  docx: renderActionPlanDocx,
  xlsx: renderActionPlanXlsx,
};

/** Characters that do not belong in a file name, and runs of spaces, become one hyphen. */
export const fileSafe = (s: string) =>
  s
    .replace(/[\\/:*?"<>|\s]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60) || "partner";

/**
 * GET /api/projects/:projectId/action-plans/:planId/export?format=pdf|docx|xlsx&snapshot=N
 * — the action plan in the programme's template (the live plan, or snapshot N), for callers
 * who may read it. A draft of another partner answers 404, like a plan that does not exist.
 */
export async function handleActionPlanExport(
  ctx: Context,
  projectId: string,
  planId: string,
  req: Request,
) {
  try {
    const pctx = await projectCtx(ctx, projectId);
    if (!z.uuid().safeParse(planId).success) throw notFound("Action plan");
    const q = new URL(req.url).searchParams;
    const input = exportQuery.parse({
      format: q.get("format") ?? "pdf",
      snapshot: q.get("snapshot") || undefined,
    });
    const model =
      input.snapshot === undefined
        ? await loadActionPlanExport(pctx, planId)
        : await loadSnapshotExport(pctx, planId, input.snapshot);
    const bytes = await RENDER[input.format](model);
    const format = input.format.toUpperCase();
    await recordAudit(pctx.db, {
      projectId,
      actorId: pctx.actor.userId,
      entity: "action_plan",
      entityId: planId,
      action: "export",
      summary: `Action plan "${model.plan.title}" exported as ${format}${
        input.snapshot === undefined ? "" : ` (snapshot ${input.snapshot})`
      }`,
      data: {
        format: input.format,
        snapshot: input.snapshot ?? null,
        actions: model.actions.length,
      },
    });
    const day = model.generatedAt.toISOString().slice(0, 10);
    const edition = input.snapshot === undefined ? "" : `-snapshot${input.snapshot}`;
    const fileName = `ActionPlan-${fileSafe(model.partner.shortName)}${edition}-${day}.${input.format}`;
    return new Response(new Uint8Array(bytes), {
      status: 200,
      headers: {
        "Content-Type": EXPORT_TYPES[input.format],
        "Content-Disposition": safeDisposition("attachment", fileName),
        "Content-Length": String(bytes.length),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (err) {
    return errorResponse(ctx, err);
  }
}
