import { GOOD_PRACTICE_STATUSES } from "@consortia/db/schema";
import { z } from "zod";
import { recordAudit } from "../audit";
import type { Context } from "../context";
import { errorResponse, listParam, projectCtx, safeDisposition } from "../documents/http-shared";
import {
  registerCsv,
  registerRows,
  registerTable,
  registerWarnings,
  registerXlsx,
} from "./register";

const exportQuery = z.strictObject({
  format: z.enum(["xlsx", "csv"], "Choose xlsx or csv"),
  status: z.array(z.enum(GOOD_PRACTICE_STATUSES, "Unknown status")).default([]),
});

const TYPES = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
} as const;

/**
 * GET /api/projects/:projectId/good-practices/export?format=xlsx|csv&status=approved,validated
 * — the good-practice register in the programme's field order, as the caller may see it.
 */
export async function handleGoodPracticeExport(ctx: Context, projectId: string, req: Request) {
  try {
    const pctx = await projectCtx(ctx, projectId);
    const q = new URL(req.url).searchParams;
    const input = exportQuery.parse({
      format: q.get("format") ?? "xlsx",
      status: listParam(q.get("status")),
    });
    const project = await pctx.db
      .selectFrom("projects")
      .select("acronym")
      .where("id", "=", projectId)
      .executeTakeFirstOrThrow();
    const rows = await registerRows(pctx, input.status);
    const warnings = registerWarnings(rows);
    const table = registerTable(rows, warnings);
    const bytes =
      input.format === "xlsx"
        ? await registerXlsx(table, `${project.acronym} good practices`)
        : await registerCsv(table);
    await recordAudit(pctx.db, {
      projectId,
      actorId: pctx.actor.userId,
      entity: "good_practice_register",
      entityId: null,
      action: "export",
      summary: `Good-practice register exported as ${input.format.toUpperCase()} (${rows.length} practices)`,
      data: { format: input.format, status: input.status, warnings: warnings.length },
    });
    const day = new Date().toISOString().slice(0, 10);
    return new Response(new Uint8Array(bytes), {
      status: 200,
      headers: {
        "Content-Type": TYPES[input.format],
        "Content-Disposition": safeDisposition(
          "attachment",
          `${project.acronym}-good-practices-${day}.${input.format}`,
        ),
        "Content-Length": String(bytes.length),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (err) {
    return errorResponse(ctx, err);
  }
}
