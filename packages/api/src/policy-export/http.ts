import { z } from "zod";
import type { Context } from "../context";
import { notFound } from "../errors";
import { exportAudit, exportRoute, inProject } from "../shared/export-route";
import { CONTENT_TYPES, fileSafe } from "../shared/http-kit";
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
type Format = z.output<typeof exportQuery>["format"];

const RENDER: Record<Format, (m: ActionPlanExportModel) => Promise<Buffer>> = {
  pdf: renderActionPlanPdf,
  docx: renderActionPlanDocx,
  xlsx: renderActionPlanXlsx,
};

/**
 * GET /api/projects/:projectId/action-plans/:planId/export?format=pdf|docx|xlsx&snapshot=N
 * — the action plan in the programme's template (the live plan, or snapshot N), for callers
 * who may read it. A draft of another partner answers 404, like a plan that does not exist.
 */
export function handleActionPlanExport(
  ctx: Context,
  projectId: string,
  planId: string,
  req: Request,
) {
  return exportRoute(ctx, req, {
    access: inProject(projectId),
    parse: (q) => {
      if (!z.uuid().safeParse(planId).success) throw notFound("Action plan");
      return exportQuery.parse({
        format: q.get("format") ?? "pdf",
        snapshot: q.get("snapshot") || undefined,
      });
    },
    load: (pctx, input) =>
      input.snapshot === undefined
        ? loadActionPlanExport(pctx, planId)
        : loadSnapshotExport(pctx, planId, input.snapshot),
    render: (model, input) => RENDER[input.format](model),
    head: (model, input) => {
      const day = model.generatedAt.toISOString().slice(0, 10);
      const edition = input.snapshot === undefined ? "" : `-snapshot${input.snapshot}`;
      return {
        type: CONTENT_TYPES[input.format],
        fileName: `ActionPlan-${fileSafe(model.partner.shortName, "partner")}${edition}-${day}.${input.format}`,
      };
    },
    audit: (pctx, model, input) =>
      exportAudit(pctx, {
        entity: "action_plan",
        entityId: planId,
        summary: `Action plan "${model.plan.title}" exported as ${input.format.toUpperCase()}${
          input.snapshot === undefined ? "" : ` (snapshot ${input.snapshot})`
        }`,
        data: {
          format: input.format,
          snapshot: input.snapshot ?? null,
          actions: model.actions.length,
        },
      }),
  });
}
